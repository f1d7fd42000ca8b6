package sketch

import (
	"math"

	"github.com/sketchdeck/sketchdeck/internal/geom"
	"github.com/sketchdeck/sketchdeck/internal/scene"
)

// Arrowhead shape, after Excalidraw's "arrow" head: two short lines at ±20°
// from the shaft, 30 units long for a 2-unit stroke.
const (
	headAngle    = 20 * math.Pi / 180
	headBase     = 24 // length for a zero-width stroke
	headPerWidth = 3  // extra length per unit of stroke width
	headFraction = 0.25
)

// Arrowhead draws an open arrowhead whose tip is at tip, pointing away from
// from (the shaft's direction at the tip), length units long.
func (p *Pen) Arrowhead(tip, from geom.Point, length float64) Path {
	dir := tip.Sub(from).Unit()
	if dir == (geom.Point{}) || length <= 0 {
		return Path{Role: Head}
	}
	base := tip.Sub(dir.Scale(length))
	ops := make([]Op, 0, 8)
	ops = p.doubleLine(ops, base.Rotate(tip, -headAngle), tip, false)
	ops = p.doubleLine(ops, base.Rotate(tip, headAngle), tip, false)
	return Path{Role: Head, Width: p.o.StrokeWidth, Ops: ops}
}

// headLength sizes a head: it grows a little with the stroke width and
// shrinks on short paths, where a full head would swallow the shaft.
func headLength(strokeWidth, pathLength float64) float64 {
	return math.Min(headBase+headPerWidth*strokeWidth, headFraction*pathLength)
}

// addHeads adds the arrowheads an open item asks for. The direction comes
// from the input geometry's tangent at each end: the nearest distinct point
// is the last control point of a Bézier, the previous vertex of a polyline,
// and the Catmull-Rom tangent of a curve through points.
func (p *Pen) addHeads(d *Drawing, it scene.Item, pathLength float64) {
	pts := it.Points
	n := len(pts)
	if n < 2 || !(it.Heads.Start || it.Heads.End) {
		return
	}
	l := headLength(p.o.StrokeWidth, pathLength)
	if it.Heads.Start {
		if q, ok := nearestDistinct(pts, 0, 1); ok {
			d.add(p.Arrowhead(pts[0], q, l))
		}
	}
	if it.Heads.End {
		if q, ok := nearestDistinct(pts, n-1, -1); ok {
			d.add(p.Arrowhead(pts[n-1], q, l))
		}
	}
}

// nearestDistinct walks from pts[i] in steps of step and returns the first
// point that differs from pts[i], skipping control points Graphviz sometimes
// places on the end point itself.
func nearestDistinct(pts []geom.Point, i, step int) (geom.Point, bool) {
	for j := i + step; j >= 0 && j < len(pts); j += step {
		if pts[j].Dist(pts[i]) > 1e-6 {
			return pts[j], true
		}
	}
	return geom.Point{}, false
}
