package sketch

import (
	"slices"

	"github.com/sketchdeck/sketchdeck/internal/geom"
	"github.com/sketchdeck/sketchdeck/internal/scene"
)

// Curve draws a smooth curve through every point of pts (rough.js curve):
// each pass jitters the points and joins them with Catmull-Rom cubics.
func (p *Pen) Curve(pts []geom.Point) Path {
	if len(pts) < 2 {
		return p.strokePath(nil)
	}
	ops := make([]Op, 0, 2*(len(pts)+2))
	if p.clean() {
		return p.strokePath(p.curveWithOffset(ops, pts, 0))
	}
	r := p.o.Roughness
	ops = p.curveWithOffset(ops, pts, 1*(1+r*0.2))
	if !p.o.DisableMultiStroke {
		ops = p.curveWithOffset(ops, pts, 1.5*(1+r*0.22))
	}
	return p.strokePath(ops)
}

// curveWithOffset jitters pts by up to ±offset (times the roughness), doubles
// the end points so the curve reaches them, and appends the curve.
func (p *Pen) curveWithOffset(ops []Op, pts []geom.Point, offset float64) []Op {
	n := len(pts)
	ps := p.scratch[:0]
	keep := p.o.PreserveVertices
	jit := func(q geom.Point, end bool) geom.Point {
		if keep && end {
			return q
		}
		return q.Add(p.jitter(offset, 1))
	}
	ps = append(ps, jit(pts[0], true), jit(pts[0], true))
	for i := 1; i < n; i++ {
		ps = append(ps, jit(pts[i], i == n-1))
	}
	ps = append(ps, jit(pts[n-1], true))
	p.scratch = ps
	return p.curveOps(ops, ps)
}

// curveOps appends rough.js's _curve: a cubic chain through ps[1..n-2]
// whose tangents come from the neighbours (Catmull-Rom, loosened by the
// tightness); ps[0] and ps[n-1] only steer the ends.
func (p *Pen) curveOps(ops []Op, ps []geom.Point) []Op {
	n := len(ps)
	switch {
	case n > 3:
		s := (1 - p.o.CurveTightness) / 6
		ops = slices.Grow(ops, n-2) // one growth, not one per doubling
		ops = append(ops, moveTo(ps[1]))
		for i := 1; i+2 < n; i++ {
			c1 := ps[i].Add(ps[i+1].Sub(ps[i-1]).Scale(s))
			c2 := ps[i+1].Add(ps[i].Sub(ps[i+2]).Scale(s))
			ops = append(ops, cubicTo(c1, c2, ps[i+1]))
		}
	case n == 3:
		ops = append(ops, moveTo(ps[1]), cubicTo(ps[1], ps[2], ps[2]))
	case n == 2:
		ops = p.roughLine(ops, ps[0], ps[1], true)
	}
	return ops
}

// drawCurve draws a curve item through its points and its arrowheads.
func drawCurve(p *Pen, it scene.Item) Drawing {
	return p.drawOpen(it, (*Pen).Curve, geom.Length)
}
