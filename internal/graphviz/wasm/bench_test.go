package wasm

import (
	"context"
	"github.com/sketchdeck/sketchdeck/internal/graphviz"
	"strings"
	"testing"

	"github.com/goccy/go-graphviz/cgraph"
	"github.com/goccy/go-graphviz/gvc"
)

// Measured on the development machine (2 cores, go test -bench .):
//
//	BenchmarkLayoutSmall                     10 nodes, 12 edges:   1.5 ms/op
//	BenchmarkLayout200                      200 nodes, 300 edges: 102 ms/op
//	BenchmarkPhases200/parse                DOT text → cgraph:      6 ms
//	BenchmarkPhases200/parse+layout         + gvLayout (dot):      89 ms
//	BenchmarkPhases200/parse+layout+render  + "dot" output:       106 ms
//	BenchmarkPhases200/read                 our parse of it:      0.8 ms
//
// B/op is mostly wazero copying its linear memory as the leak grows it.
// A render is required: gvLayout sets only the graph's "bb"; node and edge
// "pos" are written by attach_attrs, which only a renderer calls and which
// go-graphviz does not export. "dot" is the cheapest format carrying them.

func BenchmarkLayoutSmall(b *testing.B) { benchLayout(b, bigGraph(10, 12)) }

func BenchmarkLayout200(b *testing.B) { benchLayout(b, bigGraph(200, 300)) }

func benchLayout(b *testing.B, g graphviz.Graph) {
	ctx := context.Background()
	if _, err := runner.Layout(ctx, g); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for range b.N {
		if _, err := runner.Layout(ctx, g); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkPhases200 splits a 200-node layout into its steps.
func BenchmarkPhases200(b *testing.B) {
	job, err := graphviz.Prepare(bigGraph(200, 300))
	if err != nil {
		b.Fatal(err)
	}
	src := []byte(job.DOT)
	ctx := context.Background()
	gvLock <- struct{}{}
	defer func() { <-gvLock }()
	gv, err := gvc.New(ctx)
	if err != nil {
		b.Fatal(err)
	}
	defer gv.Close()
	var text string
	step := func(name string, fn func(*cgraph.Graph)) {
		b.Run(name, func(b *testing.B) {
			for range b.N {
				cg, err := cgraph.ParseBytes(src)
				if err != nil {
					b.Fatal(err)
				}
				fn(cg)
				cg.Close()
			}
		})
	}
	step("parse", func(*cgraph.Graph) {})
	step("parse+layout", func(cg *cgraph.Graph) {
		if err := gv.Layout(ctx, cg, "dot"); err != nil {
			b.Fatal(err)
		}
		gv.FreeLayout(ctx, cg)
	})
	step("parse+layout+render", func(cg *cgraph.Graph) {
		if err := gv.Layout(ctx, cg, "dot"); err != nil {
			b.Fatal(err)
		}
		var sb strings.Builder
		if err := gv.RenderData(ctx, cg, "dot", &sb); err != nil {
			b.Fatal(err)
		}
		text = sb.String()
		gv.FreeLayout(ctx, cg)
	})
	b.Run("read", func(b *testing.B) {
		for range b.N {
			if _, err := job.Result(text); err != nil {
				b.Fatal(err)
			}
		}
	})
}
