package layout

import (
	"math"
	"testing"

	"github.com/sketchdeck/sketchdeck/internal/geom"
	"github.com/sketchdeck/sketchdeck/internal/spec"
)

// clockAngle is the angle of p around c, degrees clockwise from twelve
// o'clock (y down), in [0, 360).
func clockAngle(c, p geom.Point) float64 {
	a := math.Atan2(p.X-c.X, -(p.Y-c.Y)) * 180 / math.Pi
	return math.Mod(a+360, 360)
}

// TestRingCentersClockwise: with start_angle, the spokes of a hub go
// clockwise in the order the nodes are written, the first at the start
// angle, whatever order the edges are written in.
func TestRingCentersClockwise(t *testing.T) {
	for _, start := range []float64{0, 90, -45} {
		for _, eng := range []spec.Engine{spec.Twopi, spec.Circo} {
			d := &spec.Diagram{Layout: spec.Layout{Engine: eng, Root: "hub", StartAngle: &start}}
			ids := []string{"hub", "a", "b", "c", "d", "e", "f"}
			nodes := make([]node, len(ids))
			for i, id := range ids {
				d.Nodes = append(d.Nodes, spec.Node{ID: id})
				nodes[i].foot = geom.RectCenter(geom.Point{}, 60+10*float64(i), 40)
			}
			for _, k := range []string{"f", "c", "a", "e", "b", "d"} {
				d.Edges = append(d.Edges, spec.Edge{From: k, To: "hub"})
			}
			cs := ringCenters(d, nodes)
			want := math.Mod(start+360, 360)
			for i := 1; i < len(cs); i++ {
				if got := clockAngle(cs[0], cs[i]); math.Abs(got-want) > 1e-6 {
					t.Errorf("%s from %v: node %s at %.2f°, want %.2f°", eng, start, ids[i], got, want)
				}
				want = math.Mod(want+60, 360)
			}
			for i := range cs {
				for j := i + 1; j < len(cs); j++ {
					if nodes[i].foot.Translate(cs[i]).Overlaps(nodes[j].foot.Translate(cs[j])) {
						t.Errorf("%s: nodes %s and %s overlap", eng, ids[i], ids[j])
					}
				}
			}
		}
	}
}
