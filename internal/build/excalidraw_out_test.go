package build

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sketchdeck/sketchdeck/internal/excalout"
)

// exportSources are the deck's diagrams, the documentation's examples and
// the golden cases (every figure, head, fill, rotation and kind of
// diagram).
func exportSources(t *testing.T) []Source {
	t.Helper()
	var srcs []Source
	for _, dir := range []string{"../../diagrams", "../../docs/examples", "testdata"} {
		files, _ := filepath.Glob(dir + "/*.toml")
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			srcs = append(srcs, Source{File: f, Data: data})
		}
	}
	if len(srcs) < 34+13+40 {
		t.Fatalf("found %d diagrams, want the deck's 34, the examples and the golden cases", len(srcs))
	}
	return srcs
}

// TestExcalidrawExport writes every deck diagram, example and golden case as an
// Excalidraw scene, twice, and checks that the two are the same bytes and
// that the file has the structure Excalidraw's scene format defines
// (excalout.Validate).
func TestExcalidrawExport(t *testing.T) {
	b := newTestBuilder(t).As([]Format{Excalidraw})
	for _, src := range exportSources(t) {
		t.Run(strings.TrimPrefix(src.File, "../../"), func(t *testing.T) {
			one := b.Build(context.Background(), src)
			two := b.Build(context.Background(), src)
			if one.Err != nil {
				t.Fatal(one.Err)
			}
			data := one.Outputs[0].Data
			if !bytes.Equal(data, two.Outputs[0].Data) {
				t.Error("two exports differ")
			}
			if err := excalout.Validate(data); err != nil {
				t.Errorf("%s", strings.ReplaceAll(err.Error(), "\n", "\n\t"))
			}
		})
	}
}
