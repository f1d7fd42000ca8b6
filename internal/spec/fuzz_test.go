package spec

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// FuzzDecode feeds Decode arbitrary sources, seeded from every diagram of
// the deck and every test case. Decode must never panic; it gives either a
// diagram or an ErrorList whose every entry names the file, and a diagram it
// accepts must stay within the limits in validate.go.
//
//	go test -fuzz=FuzzDecode -fuzztime=5m ./internal/spec
func FuzzDecode(f *testing.F) {
	for _, glob := range []string{"../../diagrams/*.toml", "../../internal/build/testdata/*.toml", "testdata/*.toml"} {
		files, _ := filepath.Glob(glob)
		for _, file := range files {
			data, err := os.ReadFile(file)
			if err != nil {
				f.Fatal(err)
			}
			f.Add(data)
		}
	}
	f.Add([]byte("[[nodes]]\nid = \"a\"\n[[edges]]\nfrom = \"a\"\nto = \"a\"\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		// A large source is located while it is decoded, before the
		// decoder has accepted it: the locator must take any text.
		locate(string(data))
		d, err := Decode("fuzz.toml", data)
		if err != nil {
			var list ErrorList
			if !errors.As(err, &list) || len(list) == 0 {
				t.Fatalf("error is not a non-empty ErrorList: %T %v", err, err)
			}
			for _, e := range list {
				if !strings.HasPrefix(e.Error(), "fuzz.toml") {
					t.Fatalf("error does not name the file: %q", e.Error())
				}
			}
			return
		}
		if d == nil {
			t.Fatal("no diagram and no error")
		}
		if len(d.Nodes) > MaxNodes || len(d.Edges) > MaxEdges {
			t.Fatalf("accepted %d nodes, %d edges: over the limits", len(d.Nodes), len(d.Edges))
		}
	})
}
