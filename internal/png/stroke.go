package png

import (
	"math"

	"github.com/sketchdeck/sketchdeck/internal/geom"
)

// stroker turns polylines into the outline of their stroke: round joins
// and round caps, as the SVG's stroke-linejoin and stroke-linecap say.
//
// Each open polyline becomes one closed contour (its left side forward,
// the end cap, its right side backward, the start cap); a closed one
// becomes two (its left side and its right side backward). Every contour
// keeps the stroke on the same side of its travel, and an inner join goes
// through the polyline's own vertex, so where a stroke overlaps itself the
// winding adds up instead of cancelling: a nonzero fill of the outlines is
// the stroke, each pixel painted once.
type stroker struct {
	hw   float64 // half the width, in pixels
	out  []poly
	buf  []geom.Point
	tmp  []geom.Point // one polyline, deduplicated
	rev  []geom.Point
	dash []poly // pieces of the dashed polylines
	dbuf []geom.Point
}

// outline is the outline of the polylines stroked hw wide on each side,
// cut into dashes first when dash[0] is not zero.
func (s *stroker) outline(polys []poly, hw float64, dash [2]float64) []poly {
	s.hw, s.out, s.buf = hw, s.out[:0], s.buf[:0]
	if !(hw > 0) {
		return nil
	}
	if dash[0] > 0 && dash[1] >= 0 {
		polys = s.dashes(polys, dash)
	}
	for _, p := range polys {
		pts := s.dedup(p.pts)
		switch {
		case len(pts) == 0:
		case len(pts) == 1:
			s.dot(pts[0])
		case p.closed && len(pts) > 2:
			s.loop(pts)
			s.loop(reverse(&s.rev, pts))
		default:
			s.open(pts)
		}
	}
	return s.out
}

// dedup drops points that repeat the previous one (and, for the caller's
// closed polylines, a last point that repeats the first).
func (s *stroker) dedup(pts []geom.Point) []geom.Point {
	s.tmp = s.tmp[:0]
	for _, p := range pts {
		if n := len(s.tmp); n == 0 || dist(s.tmp[n-1], p) > 1e-6 {
			s.tmp = append(s.tmp, p)
		}
	}
	if n := len(s.tmp); n > 2 && dist(s.tmp[0], s.tmp[n-1]) <= 1e-6 {
		s.tmp = s.tmp[:n-1]
	}
	return s.tmp
}

func reverse(dst *[]geom.Point, pts []geom.Point) []geom.Point {
	*dst = (*dst)[:0]
	for i := len(pts) - 1; i >= 0; i-- {
		*dst = append(*dst, pts[i])
	}
	return *dst
}

// contour starts a new output contour; finish ends it.
func (s *stroker) contour() int { return len(s.buf) }

func (s *stroker) finish(start int) {
	s.out = append(s.out, poly{pts: s.buf[start:len(s.buf):len(s.buf)], closed: true})
}

// open outlines an open polyline of at least two distinct points.
func (s *stroker) open(pts []geom.Point) {
	start := s.contour()
	s.side(pts)
	n := len(pts)
	s.arc(pts[n-1], s.normal(pts[n-2], pts[n-1]), -math.Pi)
	rev := reverse(&s.rev, pts)
	s.side(rev)
	s.arc(pts[0], s.normal(rev[n-2], rev[n-1]), -math.Pi)
	s.finish(start)
}

// side walks the polyline's left side, from its first point's offset to
// its last's, joining the segments.
func (s *stroker) side(pts []geom.Point) {
	n0 := s.normal(pts[0], pts[1])
	s.buf = append(s.buf, add(pts[0], n0))
	for i := 1; i < len(pts)-1; i++ {
		n1 := s.normal(pts[i], pts[i+1])
		s.join(pts[i], n0, n1)
		n0 = n1
	}
	s.buf = append(s.buf, add(pts[len(pts)-1], n0))
}

// loop walks a closed polyline's left side as one contour.
func (s *stroker) loop(pts []geom.Point) {
	start := s.contour()
	n := len(pts)
	prev := s.normal(pts[n-1], pts[0])
	for i := range pts {
		next := s.normal(pts[i], pts[(i+1)%n])
		s.join(pts[i], prev, next)
		prev = next
	}
	s.finish(start)
}

// join goes round vertex p from the offset na of the segment that ends
// there to the offset nb of the one that starts there: round on the
// outer side, through p itself on the inner side.
func (s *stroker) join(p, na, nb geom.Point) {
	cross := na.X*nb.Y - na.Y*nb.X
	dot := na.X*nb.X + na.Y*nb.Y
	s.buf = append(s.buf, add(p, na))
	if cross > 0 {
		s.buf = append(s.buf, p, add(p, nb))
		return
	}
	s.arc(p, na, math.Atan2(cross, dot))
	s.buf = append(s.buf, add(p, nb))
}

// arc adds the points strictly between the start and end of an arc round
// c from offset from, sweeping by sweep radians.
func (s *stroker) arc(c, from geom.Point, sweep float64) {
	n := arcSteps(s.hw, sweep)
	a0 := math.Atan2(from.Y, from.X)
	for k := 1; k < n; k++ {
		sin, cos := math.Sincos(a0 + sweep*float64(k)/float64(n))
		s.buf = append(s.buf, geom.Point{X: c.X + s.hw*cos, Y: c.Y + s.hw*sin})
	}
}

// dot is a zero-length subpath's round cap: a disc.
func (s *stroker) dot(c geom.Point) {
	start := s.contour()
	s.buf = append(s.buf, geom.Point{X: c.X + s.hw, Y: c.Y})
	s.arc(c, geom.Point{X: s.hw, Y: 0}, 2*math.Pi)
	s.finish(start)
}

// arcSteps is how many chords keep an arc of radius r within tolerance.
func arcSteps(r, sweep float64) int {
	step := math.Pi / 2
	if r > tolerance {
		step = 2 * math.Acos(1-tolerance/r)
	}
	return steps(math.Abs(sweep) / step)
}

// normal is the left offset of segment a→b, hw long.
func (s *stroker) normal(a, b geom.Point) geom.Point {
	d := math.Hypot(b.X-a.X, b.Y-a.Y)
	return geom.Point{X: -(b.Y - a.Y) / d * s.hw, Y: (b.X - a.X) / d * s.hw}
}

func add(a, b geom.Point) geom.Point { return geom.Point{X: a.X + b.X, Y: a.Y + b.Y} }

func dist(a, b geom.Point) float64 { return math.Hypot(a.X-b.X, a.Y-b.Y) }

// dashes cuts polylines into their dashes, dash[0] on and dash[1] off,
// the pattern restarting with each subpath (as browsers draw SVG).
func (s *stroker) dashes(polys []poly, dash [2]float64) []poly {
	s.dash, s.dbuf = s.dash[:0], s.dbuf[:0]
	for _, p := range polys {
		pts := p.pts
		if p.closed && len(pts) > 1 {
			pts = append(pts[:len(pts):len(pts)], pts[0])
		}
		on, left := true, dash[0] // in the current dash or gap
		start := s.beginDash(pts[0])
		for i := 1; i < len(pts); i++ {
			a, b := pts[i-1], pts[i]
			seg, pos := dist(a, b), 0.0
			for seg-pos > left {
				pos += left
				t := pos / seg
				q := geom.Point{X: a.X + (b.X-a.X)*t, Y: a.Y + (b.Y-a.Y)*t}
				if on {
					s.dbuf = append(s.dbuf, q)
					s.endDash(start)
					left = dash[1]
				} else {
					start = s.beginDash(q)
					left = dash[0]
				}
				on = !on
			}
			left -= seg - pos
			if on {
				s.dbuf = append(s.dbuf, b)
			}
		}
		if on {
			s.endDash(start)
		}
	}
	return s.dash
}

func (s *stroker) beginDash(p geom.Point) int {
	s.dbuf = append(s.dbuf, p)
	return len(s.dbuf) - 1
}

func (s *stroker) endDash(start int) {
	s.dash = append(s.dash, poly{pts: s.dbuf[start:len(s.dbuf):len(s.dbuf)]})
}
