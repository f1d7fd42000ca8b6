package sketch

import (
	"math"

	"github.com/sketchdeck/sketchdeck/internal/geom"
)

// Ellipse draws the w×h ellipse centred on c the rough.js way: points
// jittered around it, joined by a smooth curve that overshoots its start so
// the stroke visibly closes, drawn twice.
func (p *Pen) Ellipse(c geom.Point, w, h float64) Path {
	return p.strokePath(p.ellipseOps(nil, c, w, h))
}

// Arc draws the part of the w×h ellipse centred on c from angle start to
// stop (radians, clockwise on screen from the positive x axis).
func (p *Pen) Arc(c geom.Point, w, h, start, stop float64) Path {
	return p.strokePath(p.arcOps(nil, c, w, h, start, stop))
}

// maxEllipseSteps bounds the points on one ellipse; rough.js's rule gives
// about 120 for a 10000-unit one, so only absurd input reaches it.
const maxEllipseSteps = 256

// ellipseStep is the angular step rough.js uses: more points for larger
// ellipses, at least CurveStepCount.
func (p *Pen) ellipseStep(w, h float64) float64 {
	n := p.o.CurveStepCount
	psq := math.Sqrt(2 * math.Pi * math.Sqrt((w*w/4+h*h/4)/2))
	steps := math.Ceil(math.Max(n, n/math.Sqrt(200)*psq))
	if !(steps <= maxEllipseSteps) { // huge or not finite: stay bounded
		steps = maxEllipseSteps
	}
	return 2 * math.Pi / steps
}

func (p *Pen) ellipseOps(ops []Op, c geom.Point, w, h float64) []Op {
	rx, ry := math.Abs(w/2), math.Abs(h/2)
	if p.clean() {
		return exactArc(ops, c, rx, ry, 0, 2*math.Pi, true)
	}
	inc := p.ellipseStep(w, h)
	fit := 1 - p.o.CurveFitting
	rx += p.offsetOpt(rx*fit, 1)
	ry += p.offsetOpt(ry*fit, 1)
	inner := p.offset(0.4, 1, 1)
	overlap := inc * p.offset(0.1, inner, 1)
	ops = p.curveOps(ops, p.ellipsePoints(inc, c, rx, ry, 1, overlap))
	if !p.o.DisableMultiStroke {
		ops = p.curveOps(ops, p.ellipsePoints(inc, c, rx, ry, 1.5, 0))
	}
	return ops
}

// ellipsePoints is rough.js's _computeEllipsePoints: jittered points around
// the ellipse from a random start angle, plus guide points that make the
// curve run past its start by overlap.
func (p *Pen) ellipsePoints(inc float64, c geom.Point, rx, ry, offset, overlap float64) []geom.Point {
	at := func(k, angle float64) geom.Point {
		j := p.jitter(offset, 1)
		return geom.Point{X: j.X + c.X + k*rx*math.Cos(angle), Y: j.Y + c.Y + k*ry*math.Sin(angle)}
	}
	rad := p.offsetOpt(0.5, 1) - math.Pi/2
	ps := append(p.scratch[:0], at(0.9, rad-inc))
	end := 2*math.Pi + rad - 0.01
	for a := rad; a < end; a += inc {
		ps = append(ps, at(1, a))
	}
	ps = append(ps, at(1, rad+2*math.Pi+overlap*0.5), at(0.98, rad+overlap), at(0.9, rad+overlap*0.5))
	p.scratch = ps
	return ps
}

func (p *Pen) arcOps(ops []Op, c geom.Point, w, h, start, stop float64) []Op {
	rx, ry := math.Abs(w/2), math.Abs(h/2)
	if !finite(start, stop, rx, ry) {
		return ops
	}
	if start < 0 {
		k := math.Ceil(-start / (2 * math.Pi))
		start, stop = start+k*2*math.Pi, stop+k*2*math.Pi
	}
	if stop-start > 2*math.Pi {
		start, stop = 0, 2*math.Pi
	}
	if stop <= start {
		return ops
	}
	if p.clean() {
		return exactArc(ops, c, rx, ry, start, stop, false)
	}
	rx += p.offsetOpt(rx*0.01, 1)
	ry += p.offsetOpt(ry*0.01, 1)
	inc := math.Min(math.Pi/p.o.CurveStepCount, (stop-start)/2)
	ops = p.curveOps(ops, p.arcPoints(inc, c, rx, ry, start, stop, 1))
	if !p.o.DisableMultiStroke {
		ops = p.curveOps(ops, p.arcPoints(inc, c, rx, ry, start, stop, 1.5))
	}
	return ops
}

// arcPoints is rough.js's _arc point list: a guide point before the start,
// jittered points along the arc, and the exact end twice.
func (p *Pen) arcPoints(inc float64, c geom.Point, rx, ry, start, stop, offset float64) []geom.Point {
	on := func(k, a float64) geom.Point {
		return geom.Point{X: c.X + k*rx*math.Cos(a), Y: c.Y + k*ry*math.Sin(a)}
	}
	rad := start + p.offsetOpt(0.1, 1)
	ps := append(p.scratch[:0], on(0.9, rad-inc).Add(p.jitter(offset, 1)))
	for a := rad; a <= stop; a += inc {
		ps = append(ps, on(1, a).Add(p.jitter(offset, 1)))
	}
	ps = append(ps, on(1, stop), on(1, stop))
	p.scratch = ps
	return ps
}

// exactArc appends the arc from a0 to a1 as cubics of at most a quarter
// turn each, which stay within 0.03% of the true ellipse.
func exactArc(ops []Op, c geom.Point, rx, ry, a0, a1 float64, closed bool) []Op {
	on := func(a float64) geom.Point {
		return geom.Point{X: c.X + rx*math.Cos(a), Y: c.Y + ry*math.Sin(a)}
	}
	tangent := func(a, k float64) geom.Point {
		return geom.Point{X: -k * rx * math.Sin(a), Y: k * ry * math.Cos(a)}
	}
	n := int(math.Ceil((a1 - a0) / (math.Pi / 2) * 0.9999))
	n = max(n, 1)
	step := (a1 - a0) / float64(n)
	k := 4.0 / 3 * math.Tan(step/4)
	ops = append(ops, moveTo(on(a0)))
	for i := range n {
		s, e := a0+float64(i)*step, a0+float64(i+1)*step
		ops = append(ops, cubicTo(on(s).Add(tangent(s, k)), on(e).Sub(tangent(e, k)), on(e)))
	}
	if closed {
		ops = append(ops, Op{Kind: Close})
	}
	return ops
}

// ellipsePolygon samples the ellipse into n points, for fills.
func ellipsePolygon(c geom.Point, rx, ry float64, n int) []geom.Point {
	return geom.ArcPoints(c, rx, ry, 0, 2*math.Pi, n)[:n]
}

// finite reports whether every value is a finite number.
func finite(vs ...float64) bool {
	for _, v := range vs {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return false
		}
	}
	return true
}
