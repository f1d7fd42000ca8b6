package main

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/sketchdeck/sketchdeck/internal/graphviz"
	"github.com/sketchdeck/sketchdeck/internal/graphviz/worker"
)

// drawn is a graph file whose "json" output carries drawing operations
// (an edge label, a cluster, a record), as a user's graph file does.
const drawn = "digraph G {\n  a -> b -> c\n  a -> c [label=\"x\"]\n  subgraph cluster_0 { d; e }\n  d -> a\n" +
	"  b [shape=record label=\"{<p>x|y}\"]\n}\n"

// TestFailedLayoutEndsWorker: a layout that Graphviz fails ends the
// worker, and the next layout, in a new worker, comes out byte for byte
// as in a fresh one. A worker that went on after a graph whose output
// Graphviz could not write (a pen width of 1e400, infinity) drew the next
// graph's pen from it: its "json" output gained a setlinewidth(1)
// operation.
func TestFailedLayoutEndsWorker(t *testing.T) {
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	t.Setenv(workerEnv, "1")
	ctx := context.Background()
	for _, tc := range []struct {
		name, dot string
		want      string // the failure, or "" and
		prefix    string // its start
	}{
		// The good graph read before made Graphviz count one line too
		// many: the error names line 3 all the same.
		{name: "syntax error", dot: "digraph G {\n  a -> \n}\n",
			want: "graphviz: graph \"bad.gv\": Graphviz rejected the DOT: syntax error in line 3 near '}'\n"},
		{name: "unknown layout", dot: "digraph G {\n  layout=squiggle\n  a -> b\n}\n",
			want: "graphviz: graph \"bad.gv\": dot layout: Layout type: \"squiggle\" not recognized. Use one of: " +
				"circo dot fdp neato nop nop1 nop2 osage patchwork sfdp twopi\n"},
		{name: "infinity", dot: "digraph G {\n  a -> b [style=\"setlinewidth(1e400)\"]\n}\n",
			prefix: "graphviz: graph \"bad.gv\": writing positions: "}, // what go-graphviz read where Graphviz wrote nothing
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := worker.New(worker.Options{Command: []string{exe}, Procs: 1})
			defer c.Close()
			fresh, err := c.RenderJob(ctx, graphviz.UserJob("good.gv", graphviz.Dot, drawn))
			if err != nil {
				t.Fatal(err)
			}
			_, err = c.RenderJob(ctx, graphviz.UserJob("bad.gv", graphviz.Dot, tc.dot))
			if err == nil || (tc.want != "" && err.Error() != tc.want) || !strings.HasPrefix(err.Error(), tc.prefix) {
				t.Fatalf("got %q, want %q%q…", err, tc.want, tc.prefix)
			}
			// The same graph as another request (a comment more), which
			// the Client does not remember.
			again, err := c.RenderJob(ctx, graphviz.UserJob("good.gv", graphviz.Dot, drawn+"// again\n"))
			if err != nil {
				t.Fatal(err)
			}
			if again != fresh {
				t.Errorf("after the failure the graph comes out otherwise (%d bytes, %d fresh)", len(again), len(fresh))
			}
			if n := c.Starts(); n != 2 {
				t.Errorf("%d workers started, want 2: a new one after the failure", n)
			}
		})
	}
}
