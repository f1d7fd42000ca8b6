package worker

import (
	"context"
	"testing"

	"github.com/sketchdeck/sketchdeck/internal/graphviz"
)

// TestIdleOnEachLayoutSent: Options.Idle is told the size of each graph
// handed to Graphviz, and not of one laid out before (the memo), whose
// answer comes at once.
func TestIdleOnEachLayoutSent(t *testing.T) {
	sizes := make(chan [2]int, 4)
	c := testClient(t, Options{Idle: func(nodes, edges int) { sizes <- [2]int{nodes, edges} }})
	for range 2 {
		if _, err := c.Layout(context.Background(), square(graphviz.Dot)); err != nil {
			t.Fatal(err)
		}
	}
	if got := <-sizes; got != [2]int{3, 3} {
		t.Errorf("Idle told %d nodes and %d edges, want 3 and 3", got[0], got[1])
	}
	if n := c.Sent(); n != 1 || len(sizes) != 0 {
		t.Errorf("%d layouts sent, Idle called %d more times; want 1 sent, Idle once", n, len(sizes))
	}
}
