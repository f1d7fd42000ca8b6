package main

import (
	"context"
	"fmt"
	"os"
	"runtime/metrics"
	"testing"

	"github.com/sketchdeck/sketchdeck/internal/graphviz"
)

// workerEnv, set, makes this test binary the worker program itself
// (BenchmarkFreshWorker).
const workerEnv = "SKETCHDECK_TEST_LAYOUT_MAIN"

func TestMain(m *testing.M) {
	if os.Getenv(workerEnv) != "" {
		main()
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// TestFirstLayoutCollectsNothing: in a fresh worker, the first layout of a
// 200-node graph (about 33 MB of go-graphviz's garbage) runs no collection
// under the worker's pacing, and the second collects once, before it starts.
// A go-graphviz or wazero that made much more garbage would show here: the
// budget would then need another look.
func TestFirstLayoutCollectsNothing(t *testing.T) {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		t.Skip("GOGC or GOMEMLIMIT sets the pacing")
	}
	job, err := graphviz.Prepare(banded(200))
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	r := newRunner()
	if err := r.Start(ctx); err != nil {
		t.Fatal(err)
	}
	for i, want := range []struct{ all, forced uint64 }{{0, 0}, {1, 1}} {
		all, forced := cycles()
		if _, err := r.Render(ctx, job.Engine, job.DOT); err != nil {
			t.Fatal(err)
		}
		all2, forced2 := cycles()
		if all2-all != want.all || forced2-forced != want.forced {
			t.Errorf("layout %d: %d collections, %d of them before it; want %d, %d", i+1, all2-all, forced2-forced, want.all, want.forced)
		}
	}
}

// banded is a graph of n labelled nodes in a band, as scripts/bench-large.sh
// makes: edges from each node to the next, then to the one after.
func banded(n int) graphviz.Graph {
	g := graphviz.Graph{}
	for i := range n {
		g.Nodes = append(g.Nodes, graphviz.Node{ID: fmt.Sprint("n", i), Width: 80 + float64(i%5)*10, Height: 40})
	}
	for _, d := range []int{1, 2} {
		for i := 0; i+d < n; i++ {
			e := graphviz.Edge{From: fmt.Sprint("n", i), To: fmt.Sprint("n", i+d)}
			if i%10 == 0 {
				e.LabelWidth, e.LabelHeight = 30, 14
			}
			g.Edges = append(g.Edges, e)
		}
	}
	return g
}

// cycles is the number of collections so far, and of those asked for
// (runtime.GC).
func cycles() (all, forced uint64) {
	s := []metrics.Sample{{Name: "/gc/cycles/total:gc-cycles"}, {Name: "/gc/cycles/forced:gc-cycles"}}
	metrics.Read(s)
	return s[0].Value.Uint64(), s[1].Value.Uint64()
}
