package sketch

import (
	"testing"

	"github.com/sketchdeck/sketchdeck/internal/geom"
	"github.com/sketchdeck/sketchdeck/internal/head"
	"github.com/sketchdeck/sketchdeck/internal/scene"
)

// TestEveryHead: the pen draws every registered head at both ends of a
// line (a filled one also paints its inside), none draws nothing, and a
// hollow head's shaft stops short of its tip.
func TestEveryHead(t *testing.T) {
	for _, h := range head.Heads() {
		t.Run(h.Name, func(t *testing.T) {
			it := scene.Item{ID: "l", Kind: scene.Polyline, Points: []geom.Point{{X: 0, Y: 0}, {X: 200, Y: 0}},
				Heads: scene.Heads{Start: true, End: true, Tail: h.Name, Head: h.Name}, Style: style(1, "")}
			roles := map[Role]int{}
			for _, p := range Draw(it, 1).Paths {
				roles[p.Role]++
			}
			want := map[Role]int{Stroke: 1}
			if h.Figure != nil {
				want[Head] = 2
				if h.Filled {
					want[InkArea] = 2
				}
			}
			for r, n := range want {
				if roles[r] != n {
					t.Errorf("%d paths of role %v, want %d (all: %v)", roles[r], r, n, roles)
				}
			}
			end := shaft(it, 2, 200)
			if back := 200 - end[1].X; (back > 0) != (h.Setback > 0) {
				t.Errorf("the shaft ends %.1f short of the tip; the head's setback is %v", back, h.Setback)
			}
		})
	}
}
