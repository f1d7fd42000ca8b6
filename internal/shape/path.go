package shape

import (
	"math"

	"github.com/sketchdeck/sketchdeck/internal/geom"
)

// curveSteps is how many chords stand for one cubic step when a path is
// flattened: enough for arrows to meet a bump within a pixel or so.
const curveSteps = 12

// Flatten is the closed outline of a fillable piece as a polygon: a
// Polygon's corners, an Ellipse sampled, a Path's lines and sampled curves.
func Flatten(pc Piece) []geom.Point {
	switch pc.Kind {
	case PolygonPiece:
		return pc.Points
	case EllipsePiece:
		const n = 64
		return geom.ArcPoints(pc.Center, pc.W/2, pc.H/2, 0, 2*math.Pi, n)[:n]
	case PathPiece:
		return flattenPath(pc.Points[0], pc.Segs)
	}
	return nil
}

func flattenPath(start geom.Point, segs []Seg) []geom.Point {
	pts := []geom.Point{start}
	cur := start
	for _, s := range segs {
		if s.Curve {
			for k := 1; k <= curveSteps; k++ {
				pts = append(pts, geom.CubicAt(cur, s.C1, s.C2, s.To, float64(k)/curveSteps))
			}
		} else {
			pts = append(pts, s.To)
		}
		cur = s.To
	}
	if len(pts) > 1 && pts[len(pts)-1].Dist(pts[0]) < 1e-9 {
		pts = pts[:len(pts)-1]
	}
	return pts
}

// quadCorner is the cubic step that rounds a corner the way Excalidraw
// does, a quadratic curve whose control point is the corner itself.
func quadCorner(from, corner, to geom.Point) Seg {
	return CurveTo(from.Lerp(corner, 2.0/3), to.Lerp(corner, 2.0/3), to)
}

// figureReach meets the figure's filled outline: the farthest crossing of
// the ray from the centre with its flattened border, for figures that are
// neither boxes nor ellipses.
func figureReach(fig func(geom.Rect, Params) Figure) func(hw, hh float64, p Params, d geom.Point) float64 {
	return func(hw, hh float64, p Params, d geom.Point) float64 {
		poly := Flatten(fig(geom.Rect{X: -hw, Y: -hh, W: 2 * hw, H: 2 * hh}, p).Fill)
		best := 0.0
		for i := range poly {
			if t, ok := rayHits(d, poly[i], poly[(i+1)%len(poly)]); ok && t > best {
				best = t
			}
		}
		if best == 0 {
			return boxReach(hw, hh, p, d)
		}
		return best
	}
}

// rayHits is where the ray t·d (t > 0) from the origin crosses segment ab.
func rayHits(d, a, b geom.Point) (float64, bool) {
	e := b.Sub(a)
	den := d.X*e.Y - d.Y*e.X
	if math.Abs(den) < 1e-12 {
		return 0, false
	}
	t := (a.X*e.Y - a.Y*e.X) / den
	u := (a.X*d.Y - a.Y*d.X) / den
	if t <= 0 || u < -1e-9 || u > 1+1e-9 {
		return 0, false
	}
	return t, true
}
