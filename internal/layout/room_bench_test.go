package layout

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"testing"

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
			d, err := spec.Decode("banded.toml", banded(n))
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

// banded is bench-large.sh's bandedN: nodes in five shapes, each joined
// to the next three (2n edges in all), every tenth edge labelled.
func banded(n int) []byte {
	var s strings.Builder
	shapes := [...]string{"rectangle", "ellipse", "circle", "diamond", "cylinder"}
	s.WriteString("title = \"banded" + strconv.Itoa(n) + "\"\n")
	for i := range n {
		s.WriteString(fmt.Sprintf("[[nodes]]\nid = \"n%d\"\nlabel = \"node %d\"\nshape = \"%s\"\n", i, i, shapes[i%5]))
	}
	j := 0
	for step := 1; step <= 3 && j < 2*n; step++ {
		for i := 0; i+step < n && j < 2*n; i++ {
			s.WriteString(fmt.Sprintf("[[edges]]\nfrom = \"n%d\"\nto = \"n%d\"\n", i, i+step))
			if j%10 == 0 {
				s.WriteString(fmt.Sprintf("label = \"e%d\"\n", j))
			}
			j++
		}
	}
	return []byte(s.String())
}
