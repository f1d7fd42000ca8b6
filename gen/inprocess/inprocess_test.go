package inprocess

import (
	"context"
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/sketchdeck/sketchdeck/internal/graphviz"
	"github.com/sketchdeck/sketchdeck/internal/proctest"
)

// TestMain lets the test binary serve as its own layout worker, as a
// program using Workers does.
func TestMain(m *testing.M) {
	ServeWorker()
	os.Exit(m.Run())
}

func pair() graphviz.Graph {
	return graphviz.Graph{Name: "pair", Nodes: []graphviz.Node{{ID: "a", Width: 40, Height: 20}, {ID: "b", Width: 40, Height: 20}},
		Edges: []graphviz.Edge{{From: "a", To: "b"}}}
}

// TestFallback: once Graphviz has stopped in this process (here, DOT whose
// weight dot cannot hold), a Placer without Fallback fails every layout,
// and one with it lays out in a worker running this program, at once.
func TestFallback(t *testing.T) {
	if !proctest.Alone(t) {
		return
	}
	plain, fallback := New(Options{}), New(Options{Fallback: true})
	defer plain.Close()
	defer fallback.Close()
	killer := "digraph {\nn0 [label=\" \"]; n1 [label=\" \"];\nn0 -> n1 [weight=10000000000];\n}\n"
	if _, err := plain.runner.Render(context.Background(), graphviz.Dot, killer); !errors.Is(err, graphviz.ErrStopped) {
		t.Fatalf("the killer DOT did not stop Graphviz: %v", err)
	}
	if _, err := plain.Layout(context.Background(), pair()); !errors.Is(err, graphviz.ErrStopped) {
		t.Errorf("without Fallback: got %v, want graphviz.ErrStopped", err)
	}
	for i := range 2 {
		if res, err := fallback.Layout(context.Background(), pair()); err != nil || len(res.Nodes) != 2 {
			t.Errorf("with Fallback, layout %d: %v", i, err)
		}
	}
}

// TestFallbackAfterFailure: a user's graph that Graphviz fails stops
// Graphviz in this process (it may be left half-changed): a Placer without
// Fallback fails every later layout, and one with it gives the graph's own
// error and lays the following graphs and files out in a worker.
func TestFallbackAfterFailure(t *testing.T) {
	if !proctest.Alone(t) {
		return
	}
	ctx := context.Background()
	plain, fallback := New(Options{}), New(Options{Fallback: true})
	defer plain.Close()
	defer fallback.Close()
	bad := graphviz.UserJob("bad.gv", graphviz.Dot, "digraph {\n  a -> \n}\n")
	want := "graphviz: graph \"bad.gv\": Graphviz rejected the DOT: syntax error in line 3 near '}'\n"
	if _, err := fallback.RenderJob(ctx, bad); err == nil || err.Error() != want {
		t.Fatalf("the bad graph: got %q, want %q", err, want)
	}
	if _, err := plain.Layout(ctx, pair()); !errors.Is(err, graphviz.ErrStopped) {
		t.Errorf("without Fallback: got %v, want graphviz.ErrStopped", err)
	}
	if out, err := fallback.RenderJob(ctx, graphviz.UserJob("good.gv", graphviz.Dot, "digraph { a -> b }\n")); err != nil || !strings.Contains(out, `"directed": true`) {
		t.Errorf("with Fallback, a graph file: %v", err)
	}
	if res, err := fallback.Layout(ctx, pair()); err != nil || len(res.Nodes) != 2 {
		t.Errorf("with Fallback, a graph: %v", err)
	}
}

// TestWorkers: Workers runs this program as its worker (TestMain calls
// ServeWorker).
func TestWorkers(t *testing.T) {
	w := NewWorkers(WorkerOptions{})
	defer w.Close()
	if res, err := w.Layout(context.Background(), pair()); err != nil || len(res.Nodes) != 2 {
		t.Fatalf("%v", err)
	}
}
