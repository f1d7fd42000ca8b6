package lint

import (
	"math"

	"github.com/sketchdeck/sketchdeck/internal/geom"
)

// seg is one straight piece of a stroke.
type seg struct{ a, b geom.Point }

// near is the segment's box grown by half a pixel: a text whose glyphs
// lie outside it is not crossed (crossMin is more).
func (s seg) near() geom.Rect { return geom.Bounds([]geom.Point{s.a, s.b}).Inset(-0.5) }

// polygon is a closed outline, its points in order.
type polygon []geom.Point

// box is the polygon's bounding box, for cheap rejection.
func (p polygon) box() geom.Rect { return geom.Bounds(p) }

// hull is the convex hull of pts (Andrew's monotone chain), counter-
// clockwise in y-down coordinates' mirror; lint only needs convexity.
func hull(pts []geom.Point) polygon {
	if len(pts) < 3 {
		return append(polygon(nil), pts...)
	}
	// One array holds the sorted points and, after them, the hull, which
	// has at most 2n-1 points on the way (the lower chain, then the upper):
	// on the stack for a text's few glyph boxes (a moved label's spans
	// are found at every place tried), then the hull is copied out.
	n := len(pts)
	var small [3 * hullSmall]geom.Point
	buf := small[:0]
	if n > hullSmall {
		buf = make([]geom.Point, 0, 3*n)
	}
	ps := buf[:n:n]
	copy(ps, pts)
	sortPoints(ps)
	cross := func(o, a, b geom.Point) float64 { return (a.X-o.X)*(b.Y-o.Y) - (a.Y-o.Y)*(b.X-o.X) }
	h := polygon(buf[n:n])
	for _, p := range ps {
		for len(h) >= 2 && cross(h[len(h)-2], h[len(h)-1], p) <= 0 {
			h = h[:len(h)-1]
		}
		h = append(h, p)
	}
	for i, t := len(ps)-2, len(h)+1; i >= 0; i-- {
		p := ps[i]
		for len(h) >= t && cross(h[len(h)-2], h[len(h)-1], p) <= 0 {
			h = h[:len(h)-1]
		}
		h = append(h, p)
	}
	return append(polygon(nil), h[:len(h)-1]...)
}

// hullSmall is how many points hull sorts on the stack.
const hullSmall = 48

func sortPoints(ps []geom.Point) {
	// insertion sort keeps this dependency-free and is fast for the few
	// dozen points of a shape; hulls of long strokes are not needed.
	for i := 1; i < len(ps); i++ {
		for j := i; j > 0 && less(ps[j], ps[j-1]); j-- {
			ps[j], ps[j-1] = ps[j-1], ps[j]
		}
	}
}

func less(a, b geom.Point) bool { return a.X < b.X || a.X == b.X && a.Y < b.Y }

// depth is how far two convex polygons interpenetrate: the smallest
// overlap of their projections over every edge normal (separating axis
// theorem); 0 or less when they are apart.
func depth(a, b polygon) float64 {
	d := math.Inf(1)
	for _, p := range []polygon{a, b} {
		for i := range p {
			e := p[(i+1)%len(p)].Sub(p[i])
			n := geom.Pt(-e.Y, e.X).Unit()
			if n == (geom.Point{}) {
				continue
			}
			a0, a1 := project(a, n)
			b0, b1 := project(b, n)
			d = min(d, min(a1, b1)-max(a0, b0))
			if d <= 0 {
				return d
			}
		}
	}
	return d
}

func project(p polygon, n geom.Point) (lo, hi float64) {
	lo, hi = math.Inf(1), math.Inf(-1)
	for _, q := range p {
		v := q.X*n.X + q.Y*n.Y
		lo, hi = min(lo, v), max(hi, v)
	}
	return lo, hi
}

// inside reports whether q lies inside the convex polygon p by at least
// margin from every side.
func inside(p polygon, q geom.Point, margin float64) bool {
	if len(p) < 3 {
		return false
	}
	sign := 0.0
	for i := range p {
		a, b := p[i], p[(i+1)%len(p)]
		e := b.Sub(a)
		l := e.Len()
		if l == 0 {
			continue
		}
		c := (e.X*(q.Y-a.Y) - e.Y*(q.X-a.X)) / l // signed distance to the side
		if sign == 0 {
			sign = math.Copysign(1, c)
		}
		if c*sign < margin {
			return false
		}
	}
	return true
}

// contains reports whether every point of b lies inside the convex a
// (within tol of its sides).
func contains(a, b polygon, tol float64) bool {
	for _, q := range b {
		if !inside(a, q, -tol) {
			return false
		}
	}
	return true
}

// crosses reports whether segment s passes through the convex polygon p:
// the part of s inside p is longer than tol.
func crosses(p polygon, s seg, tol float64) bool {
	return insideLen(p, s) > tol
}

// insideLen is the length of the part of segment s inside the convex
// polygon p (clipped, Cyrus-Beck).
func insideLen(p polygon, s seg) float64 {
	if len(p) < 3 {
		return 0
	}
	t0, t1 := 0.0, 1.0
	d := s.b.Sub(s.a)
	orient := area(p)
	for i := range p {
		a, b := p[i], p[(i+1)%len(p)]
		e := b.Sub(a)
		// inward normal: left of the edge for a counter-clockwise polygon
		n := geom.Pt(-e.Y, e.X)
		if orient < 0 {
			n = n.Scale(-1)
		}
		num := n.X*(s.a.X-a.X) + n.Y*(s.a.Y-a.Y)
		den := n.X*d.X + n.Y*d.Y
		if den == 0 {
			if num < 0 {
				return 0
			}
			continue
		}
		t := -num / den
		if den > 0 {
			t0 = max(t0, t)
		} else {
			t1 = min(t1, t)
		}
		if t0 >= t1 {
			return 0
		}
	}
	return (t1 - t0) * d.Len()
}

// area is the polygon's signed area (positive counter-clockwise, y up).
func area(p polygon) float64 {
	s := 0.0
	for i := range p {
		a, b := p[i], p[(i+1)%len(p)]
		s += a.X*b.Y - b.X*a.Y
	}
	return s / 2
}

// flattenBezier turns P0 C1 C2 P1 C1 C2 P2 ... into a polyline.
func flattenBezier(pts []geom.Point) []geom.Point {
	if len(pts) < 4 {
		return pts
	}
	out := []geom.Point{pts[0]}
	for i := 0; i+3 < len(pts); i += 3 {
		out = append(out, cubic(pts[i], pts[i+1], pts[i+2], pts[i+3])...)
	}
	return out
}

// cubicSteps is how many chords approximate one cubic segment: the
// deck's curves bend gently, and lint's tolerance is a pixel or two.
const cubicSteps = 12

func cubic(p0, c1, c2, p1 geom.Point) []geom.Point {
	out := make([]geom.Point, 0, cubicSteps)
	for k := 1; k <= cubicSteps; k++ {
		out = append(out, geom.CubicAt(p0, c1, c2, p1, float64(k)/cubicSteps))
	}
	return out
}

// flattenCurve follows the sketch stage's curve through every point
// (Catmull-Rom tangents, the ends doubled) as a polyline.
func flattenCurve(pts []geom.Point) []geom.Point {
	n := len(pts)
	if n < 3 {
		return pts
	}
	ps := make([]geom.Point, 0, n+2)
	ps = append(ps, pts[0])
	ps = append(ps, pts...)
	ps = append(ps, pts[n-1])
	out := []geom.Point{pts[0]}
	const s = 1.0 / 6
	for i := 1; i+2 < len(ps); i++ {
		c1 := ps[i].Add(ps[i+1].Sub(ps[i-1]).Scale(s))
		c2 := ps[i+1].Add(ps[i].Sub(ps[i+2]).Scale(s))
		out = append(out, cubic(ps[i], c1, c2, ps[i+1])...)
	}
	return out
}

// arcSteps is how many chords approximate a whole ellipse.
const arcSteps = 24

// arc samples the ellipse of size w×h around c from angle from to to
// (radians, clockwise from +x); ends includes the last point, for an
// open arc (a closed ellipse repeats its first).
func arc(c geom.Point, w, h, from, to float64, ends bool) []geom.Point {
	n := max(2, int(math.Ceil(arcSteps*math.Abs(to-from)/(2*math.Pi))))
	pts := geom.ArcPoints(c, w/2, h/2, from, to, n)
	if !ends {
		pts = pts[:n]
	}
	return pts
}

// segs are the sides of a closed polygon, or the pieces of an open line.
func segs(pts []geom.Point, closed bool) []seg {
	if len(pts) < 2 {
		return nil
	}
	out := make([]seg, 0, len(pts))
	for i := 0; i+1 < len(pts); i++ {
		out = append(out, seg{pts[i], pts[i+1]})
	}
	if closed && len(pts) > 2 {
		out = append(out, seg{pts[len(pts)-1], pts[0]})
	}
	return out
}
