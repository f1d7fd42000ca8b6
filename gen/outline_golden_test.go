package gen

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/sketchdeck/sketchdeck/gen/spec"
)

// TestGoldenOutline is TestGolden for the Markdown mind maps of testdata/
// (*.md): they go through the outline front end, then the same pipeline.
func TestGoldenOutline(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.md")
	if len(files) == 0 {
		t.Fatal("no Markdown test cases in testdata/")
	}
	b := newTestBuilder(t)
	for _, file := range files {
		name := spec.NameOf(file)
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			res := b.Build(context.Background(), Source{File: file, Data: data})
			if res.Err != nil {
				t.Fatal(res.Err)
			}
			js, err := json.MarshalIndent(res.Scene, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			golden(t, "testdata/"+name+".scene.json", append(js, '\n'))
			golden(t, "testdata/"+name+".svg", res.SVG)
			checkSVG(t, res.SVG)
			again := b.Build(context.Background(), Source{File: file, Data: data})
			if !bytes.Equal(again.SVG, res.SVG) {
				t.Error("a second build gave different bytes")
			}
		})
	}
}
