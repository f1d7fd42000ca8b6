package build

import (
	"context"
	"errors"
	"sync/atomic"
	"testing"

	"github.com/sketchdeck/sketchdeck/internal/graphviz"
)

// countingPlacer counts the layouts asked of it and lays nothing out.
type countingPlacer struct{ n atomic.Int64 }

func (p *countingPlacer) Layout(context.Context, graphviz.Graph) (graphviz.Result, error) {
	p.n.Add(1)
	return graphviz.Result{}, errors.New("not laid out")
}

// TestMayLayOut: every test case, deck diagram and example that asks for
// a layout is one MayLayOut says may (workers are started ahead for
// those), and the look at the text tells some apart that do not.
func TestMayLayOut(t *testing.T) {
	placer := &countingPlacer{}
	b, err := New(Options{Placer: placer})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	layOut, none := 0, 0
	for _, src := range tomlSources(t) {
		before := placer.n.Load()
		b.Build(context.Background(), src)
		asked := placer.n.Load() > before
		may := MayLayOut(src)
		switch {
		case asked && !may:
			t.Errorf("%s asks for a layout, but MayLayOut says it does not", src.File)
		case asked:
			layOut++
		case !may:
			none++
		}
	}
	if layOut == 0 || none == 0 {
		t.Errorf("%d sources lay out, %d were told apart as laying nothing out: the test covers nothing", layOut, none)
	}
	if !MayLayOut(Source{File: "g.gv", Data: []byte("digraph { a -> b }")}) {
		t.Error("a Graphviz file may lay out")
	}
}
