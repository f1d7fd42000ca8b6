package png

import (
	"math"

	"github.com/sketchdeck/sketchdeck/internal/canvas"
	"github.com/sketchdeck/sketchdeck/internal/geom"
)

// stroker turns polylines into the outline of their stroke, with the
// pen's caps and joins (round for everything the deck draws; an SVG
// picture's shapes may ask for others).
//
// Each open polyline becomes one closed contour (its left side forward,
// the end cap, its right side backward, the start cap); a closed one
// becomes two (its left side and its right side backward). Every contour
// keeps the stroke on the same side of its travel, and an inner join goes
// through the polyline's own vertex, so where a stroke overlaps itself the
// winding adds up instead of cancelling: a nonzero fill of the outlines is
// the stroke, each pixel painted once.
type stroker struct {
	pen
	out  []poly
	buf  []geom.Point
	tmp  []geom.Point // one polyline, deduplicated
	rev  []geom.Point
	dash []poly // pieces of the dashed polylines
	dbuf []geom.Point
}

// pen is how a stroke is drawn, in pixels.
type pen struct {
	hw      float64    // half the width
	pattern [2]float64 // dash and gap; none when pattern[0] is 0
	ends    canvas.Cap
	corners canvas.Join
	miter   float64 // the miter limit, for a miter join
}

// roundPen is a round-capped, round-joined pen hw wide on each side.
func roundPen(hw float64) pen { return pen{hw: hw} }

// outline is the outline of the polylines stroked with pen p, cut into
// dashes first when it has them.
func (s *stroker) outline(polys []poly, p pen) []poly {
	s.pen, s.out, s.buf = p, s.out[:0], s.buf[:0]
	if !(p.hw > 0) {
		return nil
	}
	if p.pattern[0] > 0 && p.pattern[1] >= 0 {
		polys = s.dashes(polys, p.pattern)
	}
	for _, p := range polys {
		pts := s.dedup(p.pts, p.closed)
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

// dedup drops points that repeat the previous one and, for a closed
// polyline, a last point that repeats the first (an open one that comes
// back to its start keeps its last segment).
func (s *stroker) dedup(pts []geom.Point, closed bool) []geom.Point {
	s.tmp = s.tmp[:0]
	for _, p := range pts {
		if n := len(s.tmp); n == 0 || dist(s.tmp[n-1], p) > 1e-6 {
			s.tmp = append(s.tmp, p)
		}
	}
	if n := len(s.tmp); closed && n > 2 && dist(s.tmp[0], s.tmp[n-1]) <= 1e-6 {
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
	s.end(pts[n-1], s.normal(pts[n-2], pts[n-1]))
	rev := reverse(&s.rev, pts)
	s.side(rev)
	s.end(pts[0], s.normal(rev[n-2], rev[n-1]))
	s.finish(start)
}

// end goes round a stroke's end c, from its left offset nl (the travel's
// left, arriving at c) to its right, as the pen's cap says.
func (s *stroker) end(c, nl geom.Point) {
	switch s.ends {
	case canvas.ButtCap:
	case canvas.SquareCap:
		d := geom.Point{X: nl.Y, Y: -nl.X} // forward, hw long
		s.buf = append(s.buf, add(add(c, nl), d), add(sub(c, nl), d))
	default:
		s.arc(c, nl, -math.Pi)
	}
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
	switch s.corners {
	case canvas.BevelJoin:
	case canvas.MiterJoin:
		// The corner's tip is along the offsets' bisector, 1/cos(α/2)
		// half-widths out, α being the angle between the offsets; past
		// the miter limit (that ratio) it is bevelled.
		m := add(na, nb)
		l2 := m.X*m.X + m.Y*m.Y
		if l2 > 1e-12 && 2*s.hw/math.Sqrt(l2) <= s.miter {
			k := 2 * s.hw * s.hw / l2
			s.buf = append(s.buf, geom.Point{X: p.X + m.X*k, Y: p.Y + m.Y*k})
		}
	default:
		s.arc(p, na, math.Atan2(cross, dot))
	}
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

// dot is a zero-length subpath's caps: a disc for round caps, a square
// for square ones (upright, as browsers draw it), nothing for butt caps.
func (s *stroker) dot(c geom.Point) {
	switch s.ends {
	case canvas.ButtCap:
		return
	case canvas.SquareCap:
		start := s.contour()
		h := s.hw
		s.buf = append(s.buf, geom.Point{X: c.X - h, Y: c.Y - h}, geom.Point{X: c.X + h, Y: c.Y - h},
			geom.Point{X: c.X + h, Y: c.Y + h}, geom.Point{X: c.X - h, Y: c.Y + h})
		s.finish(start)
		return
	}
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

func sub(a, b geom.Point) geom.Point { return geom.Point{X: a.X - b.X, Y: a.Y - b.Y} }

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
