package build

import (
	"context"
	"math"
	"testing"

	"github.com/sketchdeck/sketchdeck/internal/geom"
	"github.com/sketchdeck/sketchdeck/internal/scene"
)

// TestLineEnds: a line (an edge with no head at either end) meets the
// outlines of the rectangles it joins, an arrow stops the theme's gap
// (14 px) short of both, and gap sets the blank of a line too.
func TestLineEnds(t *testing.T) {
	src := `[layout]
direction = "LR"
rank_gap = 120

[[nodes]]
id = "a"

[[nodes]]
id = "b"

[[nodes]]
id = "c"

[[nodes]]
id = "d"

[[edges]]
from = "a"
to = "b"

[[edges]]
from = "b"
to = "c"
arrow = "none"

[[edges]]
from = "c"
to = "d"
arrowhead = "none"
gap = 6
`
	res := newTestBuilder(t).Build(context.Background(), Source{File: "line-ends.toml", Data: []byte(src)})
	if res.Err != nil {
		t.Fatal(res.Err)
	}
	items := map[string]scene.Item{}
	for _, it := range res.Scene.Items {
		items[it.ID] = it
	}
	for _, tc := range []struct {
		edge string
		gap  float64
	}{
		{"edge:a->b#0", 14},
		{"edge:b->c#0", 0},
		{"edge:c->d#0", 6},
	} {
		e, ok := items[tc.edge]
		if !ok || len(e.Points) != 2 {
			t.Fatalf("%s: no straight line in the scene", tc.edge)
		}
		from, to := items[e.From].Box, items[e.To].Box
		p, q := e.Points[0], e.Points[1]
		// Left to right: the line leaves from's right side and reaches to's left side.
		got := [2]float64{p.X - (from.X + from.W), to.X - q.X}
		for k, g := range got {
			if math.Abs(g-tc.gap) > 0.01 || !within(e.Points[k], from, to) {
				t.Errorf("%s: end %d is %.2f px off its node (at %v), want %g", tc.edge, k, g, e.Points[k], tc.gap)
			}
		}
	}
}

// within reports whether p lies level with a node (between the top and
// the bottom of a and of b), so that its distance along x is the gap.
func within(p geom.Point, a, b geom.Rect) bool {
	return p.Y > a.Y && p.Y < a.Y+a.H && p.Y > b.Y && p.Y < b.Y+b.H
}
