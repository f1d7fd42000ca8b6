package build

import (
	"os"
	"path/filepath"
	"testing"
)

// TestMayReadBeside: a source the key skips decoding (mayReadBeside false)
// is one whose decoding finds no picture and no parts folder, for every
// test case and deck diagram; and the words that can name one are seen in
// any case and through escapes.
func TestMayReadBeside(t *testing.T) {
	b := newTestBuilder(t)
	skipped, read := 0, 0
	for _, src := range tomlSources(t) {
		file := src.File
		d, err := b.decode(src)
		if err != nil {
			continue
		}
		beside := len(d.Images()) > 0 || len(d.Parts) > 0
		if beside {
			read++
		}
		if !mayReadBeside(src) {
			skipped++
			if beside {
				t.Errorf("%s shows a picture or names a parts folder, but its key would skip them", file)
			}
		}
	}
	if skipped == 0 || read == 0 {
		t.Errorf("%d sources skipped, %d read pictures or parts: the test covers nothing", skipped, read)
	}
	for text, want := range map[string]bool{
		"[[nodes]]\nid = \"a\"\n":                    false,
		"[[nodes]]\nid = \"a\"\nimage = \"x.png\"\n": true,
		"[[nodes]]\nid = \"a\"\nIMAGE = \"x.png\"\n": true,
		"parts = [\"p\"]\n":                          true,
		"[[nodes]]\n\"\\u0069mage\" = \"x.png\"\n":   true,
		"[[nodes]]\n\"\\U00000069mage\" = \"x\"\n":   true,
	} {
		if got := mayReadBeside(Source{File: "d.toml", Data: []byte(text)}); got != want {
			t.Errorf("mayReadBeside(%q) = %v, want %v", text, got, want)
		}
	}
	if !mayReadBeside(Source{File: "m.md", Data: []byte("# root\n")}) {
		t.Error("a Markdown outline is skipped")
	}
}

// tomlSources are the TOML test cases, deck diagrams and examples.
func tomlSources(t *testing.T) []Source {
	t.Helper()
	var srcs []Source
	for _, glob := range []string{"testdata/*.toml", "../../diagrams/*.toml", "../../docs/examples/*.toml"} {
		files, _ := filepath.Glob(glob)
		for _, file := range files {
			data, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			srcs = append(srcs, Source{File: file, Data: data})
		}
	}
	return srcs
}
