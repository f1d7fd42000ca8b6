package wasm

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/sketchdeck/sketchdeck/internal/graphviz"
	"github.com/sketchdeck/sketchdeck/internal/proctest"
)

// TestFailureStops: a layout that Graphviz fails (or that panics) gives its
// own error, which is graphviz.ErrStopped too, and no Runner of the process
// lays out again: after some failures Graphviz's state inside WebAssembly
// is half-changed, and a fresh context does not reset it (a graph whose
// output Graphviz could not write, a pen width of 1e400, gave the next
// graph's output a setlinewidth(1) of its own). A syntax error names its
// line in the DOT text although a graph was read before, which made
// Graphviz count one line too many. Each case runs in a process of its own.
func TestFailureStops(t *testing.T) {
	cases := []struct {
		name, dot string
		before    int // layouts before it, besides the first
		panics    bool
		want      string // the failed layout's error, or "" and
		prefix    string // its start
	}{
		{name: "syntax error", dot: "digraph {\n  a -> \n}\n}\n",
			want: "Graphviz rejected the DOT: syntax error in line 3 near '}'\n"},
		{name: "unknown layout", dot: "digraph {\n  layout=squiggle\n  a -> b\n}\n",
			want: "dot layout: Layout type: \"squiggle\" not recognized. Use one of: circo dot fdp neato nop nop1 nop2 osage patchwork sfdp twopi\n"},
		{name: "infinity", dot: "digraph {\n  a -> b [style=\"setlinewidth(1e400)\"]\n}\n",
			prefix: "writing positions: "}, // what go-graphviz read where Graphviz wrote nothing
		// Here Graphviz's result was not written, and go-graphviz read
		// what its memory held: nothing, with no error.
		{name: "infinity, written as nothing", before: 1, dot: "digraph {\n  a -> b [style=\"setlinewidth(1e400)\"]\n}\n",
			want: "writing positions: Graphviz's json output is empty or cut short (0 bytes)"},
		{name: "panic", dot: "digraph { a }\n", panics: true, want: "Graphviz panicked: boom"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if proctest.Alone(t) {
				failure(t, tc.dot, tc.before, tc.panics, tc.want, tc.prefix)
			}
		})
	}
}

// failure lays out before+1 graphs, then dot in a Runner, which fails
// with want, or an error starting with prefix; then a layout in that
// Runner and in another fails, as Graphviz has stopped.
func failure(t *testing.T, dot string, before int, panics bool, want, prefix string) {
	ctx := context.Background()
	r, other := NewRunner(Options{}), NewRunner(Options{})
	for i := range 1 + before {
		g := square()
		g.Name = fmt.Sprint("square", i)
		if _, err := r.Layout(ctx, g); err != nil {
			t.Fatal(err)
		}
	}
	if panics {
		r.inLock = func() { panic("boom") }
	}
	_, err := r.RenderFormat(ctx, graphviz.Dot, dot, "json")
	if err == nil || !errors.Is(err, graphviz.ErrStopped) || (want != "" && err.Error() != want) || !strings.HasPrefix(err.Error(), prefix) {
		t.Fatalf("got %q, want %q%q… wrapping graphviz.ErrStopped", err, want, prefix)
	}
	for _, after := range []*Runner{r, other} {
		after.inLock = nil
		_, err = after.Layout(ctx, square())
		if next := `graphviz: graph "square": Graphviz stopped and cannot restart in this process (an earlier layout failed: ` +
			strings.TrimSpace(want+prefix); err == nil || !errors.Is(err, graphviz.ErrStopped) || !strings.HasPrefix(err.Error(), next) {
			t.Errorf("next layout: got %v, want %s…", err, next)
		}
	}
	if err := r.Close(); err != nil {
		t.Errorf("Close: %v", err)
	}
}
