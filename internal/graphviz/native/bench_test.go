package native

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/sketchdeck/sketchdeck/internal/graphviz"
)

// BenchmarkRender times one small layout with the installed dot from the
// moment its DOT text is ready to its answer, as a build waits for it:
// in a dot process of its own ("own"), or in a spare started 30 ms
// earlier, while the build decoded and measured the graph ("spare").
// Skipped without dot.
func BenchmarkRender(b *testing.B) {
	d := installed(b)
	g := graphviz.Graph{Name: "g"}
	for k := range 10 {
		g.Nodes = append(g.Nodes, graphviz.Node{ID: fmt.Sprint(k), Width: 80, Height: 40})
		if k > 0 {
			g.Edges = append(g.Edges, graphviz.Edge{From: fmt.Sprint(k / 2), To: fmt.Sprint(k)})
		}
	}
	job, err := graphviz.Prepare(g)
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	for _, spare := range []bool{false, true} {
		name := "own"
		if spare {
			name = "spare"
		}
		b.Run(name, func(b *testing.B) {
			s := d.NewSpares(graphviz.Dot, "dot", time.Minute, 1)
			defer s.Close()
			for range b.N {
				b.StopTimer()
				if spare {
					s.Prestart(ctx, 1)
				}
				time.Sleep(30 * time.Millisecond) // the build's own work
				b.StartTimer()
				if _, err := s.Render(ctx, job.Engine, job.DOT, "dot", time.Minute, time.Hour, over); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
