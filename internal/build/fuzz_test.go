package build

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// FuzzBuild runs the whole pipeline on arbitrary sources, seeded from every
// diagram of the deck and every test case: TOML in, SVG out. A source may
// fail, with an error naming the diagram, but nothing may panic (Build turns
// a panic into an "internal error", which fails here), and every SVG made
// must parse as XML and be safe (safeSVG: no script, no event attribute, no
// external reference).
//
//	go test -run '^$' -fuzz=FuzzBuild -fuzztime=5m ./gen
func FuzzBuild(f *testing.F) {
	for _, glob := range []string{"../../diagrams/*.toml", "testdata/*.toml"} {
		files, _ := filepath.Glob(glob)
		for _, file := range files {
			data, err := os.ReadFile(file)
			if err != nil {
				f.Fatal(err)
			}
			f.Add(data)
		}
	}
	for _, s := range hostileSources {
		f.Add([]byte(s))
	}
	b := newTestBuilder(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		res := b.Build(context.Background(), Source{File: "fuzz.toml", Data: data})
		if res.Err != nil {
			msg := res.Err.Error()
			if strings.Contains(msg, "internal error") {
				t.Fatalf("panic inside the pipeline: %v", msg)
			}
			if !strings.Contains(msg, "fuzz.toml") {
				t.Fatalf("error does not name the diagram: %v", msg)
			}
			return
		}
		if err := safeSVG(res.SVG); err != nil {
			t.Fatalf("unsafe or broken SVG: %v", err)
		}
	})
}
