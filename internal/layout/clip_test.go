package layout

import (
	"testing"

	"github.com/sketchdeck/sketchdeck/internal/geom"
	"github.com/sketchdeck/sketchdeck/internal/scene"
)

// TestExitLeavesLabel: an arrow leaving a shape whose label is written
// below it starts below the label, not on the shape's border inside it;
// an arrow leaving sideways, away from the label, still starts on the
// shape.
func TestExitLeavesLabel(t *testing.T) {
	o := outline{Kind: scene.Rect, Box: geom.Rect{X: -20, Y: -20, W: 40, H: 40},
		Label: geom.Rect{X: -30, Y: 30, W: 60, H: 20}}
	cases := []struct {
		toward, want geom.Point
	}{
		{geom.Pt(0, 200), geom.Pt(0, 50+labelClear)},
		{geom.Pt(200, 0), geom.Pt(20, 0)},
		{geom.Pt(0, -200), geom.Pt(0, -20)},
	}
	for _, c := range cases {
		if got := o.exit(c.toward); got.Dist(c.want) > 1e-9 {
			t.Errorf("exit toward %v = %v, want %v", c.toward, got, c.want)
		}
	}
}
