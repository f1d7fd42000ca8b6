package build

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sketchdeck/sketchdeck/internal/proctest"
)

// boxPart is a user part: one rectangle.
const boxPart = "description = \"a box\"\nwidth = 40\nheight = 40\n[[elements]]\nkind = \"rect\"\nwidth = 40\nheight = 40\n"

// TestDiagramParts: a diagram's parts = [...] names folders beside it, so
// that its own parts build with no --parts; their contents are in its
// build key; an unknown part says where parts were looked up.
func TestDiagramParts(t *testing.T) {
	dir := t.TempDir()
	proctest.WriteFiles(t, dir, map[string]string{
		"talk/parts/mybox.toml": boxPart,
		"talk/more/loop.toml":   "[[elements]]\nkind = \"part\"\npart = \"ring\"\n",
		"talk/more/ring.toml":   "[[elements]]\nkind = \"part\"\npart = \"loop\"\n",
		"talk/other/mybox.toml": boxPart,
		"talk/other/note.toml":  "not = toml = at all",
	})
	file := filepath.ToSlash(filepath.Join(dir, "talk", "x.toml"))
	b := newTestBuilder(t)
	build := func(src string) error {
		return b.Build(context.Background(), Source{File: file, Data: []byte(src)}).Err
	}
	good := "parts = [\"parts\"]\n[[nodes]]\nid = \"a\"\nicon = \"mybox\"\n"
	if err := build(good); err != nil {
		t.Fatalf("a part of the diagram's own folder: %v", err)
	}
	drawing := "kind = \"drawing\"\nparts = [\"parts\"]\n[[elements]]\nkind = \"part\"\npart = \"mybox\"\n"
	if err := build(drawing); err != nil {
		t.Fatalf("a drawing placing its own part: %v", err)
	}
	src := Source{File: file, Data: []byte(good)}
	before := b.Key("tool", src)
	svg := b.Build(context.Background(), src).SVG
	proctest.WriteFiles(t, dir, map[string]string{"talk/parts/mybox.toml": strings.ReplaceAll(boxPart, "rect", "ellipse")})
	if b.Key("tool", src) == before {
		t.Error("editing a part of the diagram's folder left its key unchanged")
	}
	if again := b.Build(context.Background(), src); again.Err != nil || string(again.SVG) == string(svg) {
		t.Errorf("the same Builder did not draw the edited part (%v)", again.Err)
	}

	d := filepath.ToSlash(filepath.Join(dir, "talk"))
	names, _ := partChoices(t, b)
	names2 := strings.Replace(names, "mug, ", "mug, mybox, ", 1)
	for _, tc := range []struct{ name, src, want string }{
		{"no folder", "[[nodes]]\nid = \"a\"\nicon = \"mybox\"\n",
			file + `:3:1: unknown part "mybox" (did you mean "box"?); the library has ` + names +
				`; icons are written tabler:NAME, logos logo:NAME ('sketchdeck icons WORD' searches them); parts were looked up in the shipped library only: ` +
				`a folder of NAME.toml parts is added with parts = ["FOLDER"] at the top of the diagram (relative to its file) or --parts FOLDER`},
		{"in a folder", "parts = [\"parts\"]\n[[nodes]]\nid = \"a\"\nicon = \"mybx\"\n",
			file + `:4:1: unknown part "mybx" (did you mean "mybox"?); the library has ` + names2 +
				`; icons are written tabler:NAME, logos logo:NAME ('sketchdeck icons WORD' searches them); parts were looked up in the shipped library and in ` + d + `/parts: ` +
				`a folder of NAME.toml parts is added with parts = ["FOLDER"] at the top of the diagram (relative to its file) or --parts FOLDER`},
		{"folder without it", "parts = [\"more\"]\n[[nodes]]\nid = \"a\"\nicon = \"mybox\"\n",
			file + `:1:1: ` + d + `/more/loop.toml: part "loop" → "ring" → "loop": a part cannot contain itself`},
		{"missing folder", "parts = [\"gone\"]\n[[nodes]]\nid = \"a\"\n",
			file + `:1:1: parts folder "gone": no folder ` + d + `/gone (a parts folder is relative to the diagram's file)`},
		{"bad part", "parts = [\"other\"]\n[[nodes]]\nid = \"a\"\n",
			file + `:1:1: ` + d + `/other/note.toml:1:7: not: expected value but found "toml" instead`},
		{"absolute", "parts = [\"/parts\"]\n[[nodes]]\nid = \"a\"\n",
			file + `:1:1: parts folder "/parts" is an absolute path; write it relative to the diagram's file, so that the diagram builds anywhere`},
		{"twice", "parts = [\"parts\", \"./parts\"]\n[[nodes]]\nid = \"a\"\n",
			file + `:1:1: parts folder "./parts" is named twice`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := build(tc.src)
			if err == nil {
				t.Fatal("no error")
			}
			if got := err.Error(); got != tc.want {
				t.Errorf("got\n%s\nwant\n%s", got, tc.want)
			}
		})
	}
}
