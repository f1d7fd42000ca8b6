package sketch

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/sketchdeck/sketchdeck/internal/geom"
	"github.com/sketchdeck/sketchdeck/internal/scene"
	"github.com/sketchdeck/sketchdeck/internal/shape"
)

// TestCostBound: Cost is at least what Draw makes, for every kind and fill
// style, from tiny shapes to huge ones, concave polygons and pencil strokes
// of a thin pencil over long spans.
func TestCostBound(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	kinds := []scene.Kind{scene.Polygon, scene.Polyline, scene.Bezier, scene.Curve, scene.Freehand}
	for _, o := range shape.Outlines() {
		kinds = append(kinds, scene.Kind(o.Name))
	}
	fills := []scene.FillStyle{scene.FillNone, scene.FillSolid, scene.FillHachure, scene.FillCrossHatch,
		scene.FillZigzag, scene.FillDots}
	total, est := 0, 0
	for k := range 300 {
		size := math.Pow(10, 4*r.Float64())
		box := geom.Rect{X: r.Float64() * 100, Y: r.Float64() * 100, W: size * r.Float64(), H: size * r.Float64()}
		pts := make([]geom.Point, 3+r.IntN(40))
		for i := range pts {
			pts[i] = geom.Pt(box.X+box.W*r.Float64(), box.Y+box.H*r.Float64())
		}
		st := scene.Style{Stroke: "#000", Fill: "#f00", FillStyle: fills[k%len(fills)], StrokeWidth: 0.2 + 3*r.Float64(),
			Roughness: float64(r.IntN(3)), Dash: scene.Solid}
		it := scene.Item{ID: fmt.Sprint(k), Kind: kinds[k%len(kinds)], Box: box, Points: pts, Style: st,
			Heads: scene.Heads{Start: k%2 == 0, End: true}, Rotate: float64(k % 90)}
		n := 0
		for _, p := range Draw(it, uint64(k)).Paths {
			n += len(p.Ops)
		}
		c := Cost(it)
		if n > c {
			t.Errorf("%s, fill %s, %v, %d points: %d commands, Cost %d", it.Kind, st.FillStyle, box, len(pts), n, c)
		}
		total, est = total+n, est+c
	}
	t.Logf("%d commands, estimated %d", total, est)
}
