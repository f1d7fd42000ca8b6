package inprocess

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"strings"
	"testing"

	"github.com/sketchdeck/sketchdeck/internal/graphviz"
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

// stopEnv runs TestFallback's body in a process of its own: it stops
// Graphviz for the whole process.
const stopEnv = "SKETCHDECK_TEST_STOP_GRAPHVIZ"

// TestFallback: once Graphviz has stopped in this process (here, DOT whose
// weight dot cannot hold), a Placer without Fallback fails every layout,
// and one with it lays out in a worker running this program, at once.
func TestFallback(t *testing.T) {
	if os.Getenv(stopEnv) == "" {
		cmd := exec.Command(os.Args[0], "-test.run=^TestFallback$", "-test.v")
		cmd.Env = append(os.Environ(), stopEnv+"=1")
		out, err := cmd.CombinedOutput()
		if err != nil || !strings.Contains(string(out), "--- PASS: TestFallback") {
			t.Fatalf("%v\n%s", err, out)
		}
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

// TestWorkers: Workers runs this program as its worker (TestMain calls
// ServeWorker).
func TestWorkers(t *testing.T) {
	w := NewWorkers(WorkerOptions{})
	defer w.Close()
	if res, err := w.Layout(context.Background(), pair()); err != nil || len(res.Nodes) != 2 {
		t.Fatalf("%v", err)
	}
}
