package layout

import (
	"slices"
	"testing"

	"github.com/sketchdeck/sketchdeck/internal/geom"
	"github.com/sketchdeck/sketchdeck/internal/scene"
	"github.com/sketchdeck/sketchdeck/internal/spec"
)

// TestLabelSides: a label goes on its edge's right-hand side only where
// its left-hand side faces another edge of one of its nodes, diverging
// from it within a right angle, and the right faces none.
func TestLabelSides(t *testing.T) {
	at := map[string]geom.Point{
		"a": geom.Pt(0, 0), "up": geom.Pt(200, -60), "down": geom.Pt(200, 60), "ahead": geom.Pt(200, 0),
		"back": geom.Pt(-200, 60), "x": geom.Pt(400, -60),
	}
	edge := func(from, to string) spec.Edge {
		return spec.Edge{From: from, To: to, Label: from + "-" + to}
	}
	placed := func(e spec.Edge, s spec.Side) spec.Edge { e.LabelPosition = s; return e }
	curved := func(e spec.Edge) spec.Edge { e.Curve = spec.CurveOver; return e }
	unlabelled := func(e spec.Edge) spec.Edge { e.Label = ""; return e }
	for _, tc := range []struct {
		name  string
		edges []spec.Edge
		want  []bool
	}{
		{"two leave: the lower one's left faces the upper", []spec.Edge{edge("a", "up"), edge("a", "down")}, []bool{false, true}},
		{"an unlabelled edge counts", []spec.Edge{unlabelled(edge("a", "up")), edge("a", "down")}, []bool{false, true}},
		{"three leave: the middle one has edges on both sides", []spec.Edge{edge("a", "up"), edge("a", "ahead"), edge("a", "down")}, []bool{false, false, true}},
		{"placed by label_position", []spec.Edge{edge("a", "up"), placed(edge("a", "down"), spec.Above)}, []bool{false, false}},
		{"an arc keeps its side; it leaves above the straight one", []spec.Edge{edge("a", "up"), curved(edge("a", "down"))}, []bool{true, false}},
		{"more than a right angle apart", []spec.Edge{edge("back", "a"), edge("a", "down")}, []bool{false, false}},
		{"two arrive: the rising one's left faces the level one", []spec.Edge{edge("up", "x"), edge("a", "x")}, []bool{false, true}},
		{"one arrives, one goes back", []spec.Edge{edge("a", "x"), edge("x", "up")}, []bool{true, false}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := &spec.Diagram{Edges: tc.edges}
			index := map[string]int{}
			var outlines []outline
			for _, e := range tc.edges {
				for _, id := range []string{e.From, e.To} {
					if _, ok := index[id]; !ok {
						index[id] = len(outlines)
						outlines = append(outlines, outline{Kind: scene.Rect, Box: geom.RectCenter(at[id], 80, 40)})
					}
				}
			}
			lanes := make([]lane, len(tc.edges))
			labelSides(d, lanes, outlines, index)
			got := make([]bool, len(lanes))
			for i, ln := range lanes {
				got[i] = ln.otherSide
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("other side %v, want %v", got, tc.want)
			}
		})
	}
}
