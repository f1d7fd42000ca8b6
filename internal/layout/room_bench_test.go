package layout

import (
	"context"
	"strconv"
	"testing"

	"github.com/sketchdeck/sketchdeck/internal/benchgraph"
	"github.com/sketchdeck/sketchdeck/internal/graphviz/worker"
	"github.com/sketchdeck/sketchdeck/internal/scene"
	"github.com/sketchdeck/sketchdeck/internal/spec"
)

// BenchmarkMakeRoom makes room for the labels of scripts/bench-large.sh's
// banded graphs, laid out once by Graphviz: what the process does about
// labels after Graphviz answers, on the critical path of one large graph
// (issue 18's target 5).
func BenchmarkMakeRoom(b *testing.B) {
	for _, n := range []int{200, 400} {
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			d, err := spec.Decode("banded.toml", benchgraph.Banded(n))
			if err != nil {
				b.Fatal(err)
			}
			c := worker.New(worker.Options{})
			defer c.Close()
			env := testEnv(b)
			env.Placer = c
			env = env.bounded()
			var errs spec.ErrorList
			r := resolver{env: env, d: d, errs: &errs}
			pl, err := graphItems(context.Background(), d, r, "", nil)
			if err != nil {
				b.Fatal(err)
			}
			marks, movers := markItems(r, d.Marks, "", pl)
			laid := append(pl.items, marks...)
			items := make([]scene.Item, len(laid))
			for b.Loop() {
				copy(items, laid)
				makeRoom(d, env, items, movers)
			}
		})
	}
}
