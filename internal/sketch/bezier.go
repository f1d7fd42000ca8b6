package sketch

import (
	"github.com/sketchdeck/sketchdeck/internal/geom"
	"github.com/sketchdeck/sketchdeck/internal/scene"
)

// Bezier draws a chain of cubic segments given as P0 C1 C2 P1 C1 C2 P2 …
// (as Graphviz emits edges); points past the last whole segment are ignored.
// Each pass jitters the control points and joints the way rough.js draws an
// SVG path's C command, but keeps the chain continuous within a pass: a
// joint is jittered once and shared by the segments that meet there.
func (p *Pen) Bezier(pts []geom.Point) Path {
	n := len(pts)
	if n < 4 {
		return p.Polyline(pts)
	}
	n = 1 + (n-1)/3*3
	ops := make([]Op, 0, 2*(1+(n-1)/3))
	passes := 2
	if p.clean() || p.o.DisableMultiStroke {
		passes = 1
	}
	for pass := range passes {
		ops = p.bezierPass(ops, pts[:n], pass)
	}
	return p.strokePath(ops)
}

// bezierPass appends one stroke of the chain; the second pass jitters a
// little more, so the two strokes part visibly (rough.js uses offsets of
// maxRandomnessOffset and maxRandomnessOffset+0.3).
func (p *Pen) bezierPass(ops []Op, pts []geom.Point, pass int) []Op {
	ro := p.o.MaxRandomnessOffset + 0.3*float64(pass)
	last := len(pts) - 1
	joint := func(i int) geom.Point {
		if p.clean() || (p.o.PreserveVertices && (i == 0 || i == last)) {
			return pts[i]
		}
		return pts[i].Add(p.jitter(ro, 1))
	}
	start := pts[0]
	if pass > 0 {
		start = joint(0)
	}
	ops = append(ops, moveTo(start))
	for i := 1; i+2 < len(pts); i += 3 {
		c1 := pts[i].Add(p.jitter(ro, 1))
		c2 := pts[i+1].Add(p.jitter(ro, 1))
		ops = append(ops, cubicTo(c1, c2, joint(i+2)))
	}
	return ops
}

// bezierLength estimates the chain's length from 8 chords per segment,
// within a percent or so for Graphviz's gentle edges; a chain of fewer
// than 4 points, which holds no cubic, is measured as a polyline.
func bezierLength(pts []geom.Point) float64 {
	if len(pts) < 4 {
		return geom.Length(pts)
	}
	l := 0.0
	for i := 0; i+3 < len(pts); i += 3 {
		prev := pts[i]
		for k := 1; k <= 8; k++ {
			q := geom.CubicAt(pts[i], pts[i+1], pts[i+2], pts[i+3], float64(k)/8)
			l += q.Dist(prev)
			prev = q
		}
	}
	return l
}

// drawBezier draws a Graphviz-style edge and its arrowheads.
func drawBezier(p *Pen, it scene.Item) Drawing {
	return p.drawOpen(it, (*Pen).Bezier, bezierLength)
}
