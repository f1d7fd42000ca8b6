package sketch

import (
	"math"

	"github.com/sketchdeck/sketchdeck/internal/geom"
)

// sides collects the outline's left and right offset points.
type sides struct {
	left, right []geom.Point
	pl, pr      geom.Point // the last offset points seen on each side
}

// outline offsets the stroke points to both sides by their pressure radius
// and closes the two sides with the tapered tips (perfect-freehand's
// getStrokeOutlinePoints with both ends tapered).
func outline(ps []strokePoint, size float64) []geom.Point {
	n := len(ps)
	total := ps[n-1].run
	taper := math.Min(4*size, total/3)
	prevP := initialPressure(ps, size)
	radius := strokeRadius(size, ps[n-1].weight)
	prevVec := ps[0].vec
	s := sides{pl: ps[0].pt, pr: ps[0].pt}
	short := true
	for i := 0; i+1 < n; i++ {
		q := ps[i]
		if i > 0 && short && q.run < size/2 {
			continue // too close to the start to give a direction yet
		}
		short = false
		pr := pressure(prevP, q.dist, size)
		radius = math.Max(0.01, strokeRadius(size, pr)*taperAt(q.run, total, taper))
		next := ps[i+1].vec
		dpr := dot(q.vec, next)
		if dpr < 0 { // a turn sharper than a right angle: round it
			s.corner(q.pt, prevVec, radius)
			continue
		}
		always := i < 2 || dpr < 0.25
		s.side(q.pt, perp(next.Lerp(q.vec, dpr)).Scale(radius), always, minStep(q.run, size))
		prevP, prevVec = pr, q.vec
	}
	if short || len(s.left) < 2 || len(s.right) < 2 {
		return freehandDot(ps, size, radius)
	}
	first, last := ps[0].pt, ps[n-1].pt
	out := make([]geom.Point, 0, len(s.left)+len(s.right)+3)
	out = append(out, s.left...)
	out = append(out, last)
	for i := len(s.right) - 1; i >= 0; i-- {
		out = append(out, s.right[i])
	}
	// Both tips are tapered, so each is the input point itself; the tiny
	// nudge keeps the start from being a zero-length edge.
	return append(out, first, first.Add(geom.Point{X: 0.1, Y: 0.1}))
}

// side adds the offset points at pt unless they moved less than minD² from
// the last ones kept (which smooths the outline), easing each towards the
// previous one by the halved streamline.
func (s *sides) side(pt, offset geom.Point, always bool, minD float64) {
	tl, tr := pt.Sub(offset), pt.Add(offset)
	ease := freehandStreamline / 2
	if always || dist2(s.pl, tl) > minD {
		s.left = append(s.left, s.pl.Lerp(tl, ease))
		s.pl = tl
	}
	if always || dist2(s.pr, tr) > minD {
		s.right = append(s.right, s.pr.Lerp(tr, ease))
		s.pr = tr
	}
}

// corner adds half a turn of points on each side around pt, so a stroke that
// doubles back gets a round elbow instead of a crossed outline.
func (s *sides) corner(pt, prevVec geom.Point, radius float64) {
	offset := perp(prevVec).Scale(radius)
	var tl, tr geom.Point
	for k := range 5 {
		t := float64(k) * 0.2
		tr = pt.Add(offset).Rotate(pt, -math.Pi*t)
		tl = pt.Sub(offset).Rotate(pt, math.Pi*t)
		s.right = append(s.right, tr)
		s.left = append(s.left, tl)
	}
	s.pl, s.pr = tl, tr
}

// freehandDot is the outline of a stroke too short to have sides: a circle.
func freehandDot(ps []strokePoint, size, radius float64) []geom.Point {
	r := radius
	for _, q := range ps {
		if q.run > size {
			r = strokeRadius(size, q.weight)
			break
		}
	}
	first := ps[0].pt
	dir := first.Sub(ps[len(ps)-1].pt).Unit()
	if dir == (geom.Point{}) {
		dir = geom.Point{X: 0, Y: 1}
	}
	start := first.Sub(perp(dir).Scale(r))
	out := make([]geom.Point, 0, 11)
	for k := range 11 {
		out = append(out, start.Rotate(first, 2*math.Pi*float64(k)/10))
	}
	return out
}

// initialPressure averages the pressure over the first points, so that
// strokes do not start fat: drawn lines almost always start slow.
func initialPressure(ps []strokePoint, size float64) float64 {
	acc := ps[0].weight
	for _, q := range ps[:min(10, len(ps))] {
		acc = (acc + pressure(acc, q.dist, size)) / 2
	}
	return acc
}

// taperAt scales the radius down near both ends, easing out at the start
// and in at the end.
func taperAt(run, total, taper float64) float64 {
	if taper <= 0 {
		return 1
	}
	ts, te := 1.0, 1.0
	if run < taper {
		t := run / taper
		ts = t * (2 - t)
	}
	if total-run < taper {
		t := (total-run)/taper - 1
		te = t*t*t + 1
	}
	return math.Min(ts, te)
}

// minStep is the squared distance an offset point must move to be kept.
func minStep(run, size float64) float64 {
	d := size / 2
	if run > size {
		d = size
	}
	d = math.Max(d*freehandSmoothing, 1)
	return d * d
}

func perp(v geom.Point) geom.Point { return geom.Point{X: v.Y, Y: -v.X} }
func dot(a, b geom.Point) float64  { return a.X*b.X + a.Y*b.Y }
func dist2(a, b geom.Point) float64 {
	d := a.Sub(b)
	return d.X*d.X + d.Y*d.Y
}
