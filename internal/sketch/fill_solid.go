package sketch

import (
	"math"

	"github.com/sketchdeck/sketchdeck/internal/geom"
)

// solidFill is rough.js's solidFillPolygon: the polygon with every vertex
// jittered, so the fill peeks out of the double outline here and there like
// a marker that missed the line.
func (p *Pen) solidFill(pts []geom.Point) Path {
	ops := make([]Op, 0, len(pts)+1)
	off := p.o.MaxRandomnessOffset
	for i, q := range pts {
		if !p.clean() {
			q = q.Add(p.jitter(off, 1))
		}
		if i == 0 {
			ops = append(ops, moveTo(q))
		} else {
			ops = append(ops, lineTo(q))
		}
	}
	ops = append(ops, Op{Kind: Close})
	return Path{Role: FillArea, Ops: ops}
}

// solidEllipse fills an ellipse with one rough pass of its outline.
func (p *Pen) solidEllipse(c geom.Point, w, h float64) Path {
	rx, ry := math.Abs(w/2), math.Abs(h/2)
	if p.clean() {
		return Path{Role: FillArea, Ops: exactArc(nil, c, rx, ry, 0, 2*math.Pi, true)}
	}
	inc := p.ellipseStep(w, h)
	fit := 1 - p.o.CurveFitting
	rx += p.offsetOpt(rx*fit, 1)
	ry += p.offsetOpt(ry*fit, 1)
	ops := p.curveOps(nil, p.ellipsePoints(inc, c, rx, ry, 1, 0))
	return Path{Role: FillArea, Ops: append(ops, Op{Kind: Close})}
}
