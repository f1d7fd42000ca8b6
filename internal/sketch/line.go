package sketch

import (
	"math"

	"github.com/sketchdeck/sketchdeck/internal/geom"
	"github.com/sketchdeck/sketchdeck/internal/scene"
)

// Line draws a rough line from a to b: two jittered, bowed strokes (one
// exact stroke when the roughness is 0).
func (p *Pen) Line(a, b geom.Point) Path {
	return p.strokePath(p.doubleLine(make([]Op, 0, 4), a, b, false))
}

// Polyline draws an open chain of rough lines through pts.
func (p *Pen) Polyline(pts []geom.Point) Path {
	return p.strokePath(p.linearPath(nil, pts, false))
}

// Polygon draws the closed outline through pts.
func (p *Pen) Polygon(pts []geom.Point) Path {
	return p.strokePath(p.linearPath(nil, pts, true))
}

// Rectangle draws r's outline.
func (p *Pen) Rectangle(r geom.Rect) Path {
	c := r.Corners()
	return p.Polygon(c[:])
}

func (p *Pen) strokePath(ops []Op) Path {
	return Path{Role: Stroke, Width: p.o.StrokeWidth, Ops: ops}
}

// linearPath appends the segments through pts, closing back to pts[0] when
// closed. Clean pens draw one exact path so corners join properly; rough pens
// draw each segment on its own, as a hand lifts the pencil at corners.
func (p *Pen) linearPath(ops []Op, pts []geom.Point, closed bool) []Op {
	n := len(pts)
	if n < 2 {
		return ops
	}
	if p.clean() {
		ops = append(ops, moveTo(pts[0]))
		for _, q := range pts[1:] {
			ops = append(ops, lineTo(q))
		}
		if closed && n > 2 {
			ops = append(ops, Op{Kind: Close})
		}
		return ops
	}
	if ops == nil {
		ops = make([]Op, 0, 4*(n+1))
	}
	for i := 0; i+1 < n; i++ {
		ops = p.doubleLine(ops, pts[i], pts[i+1], false)
	}
	if closed && n > 2 {
		ops = p.doubleLine(ops, pts[n-1], pts[0], false)
	}
	return ops
}

// doubleLine is rough.js's _doubleLine: a stroke and a lighter overlay
// stroke, unless multi-stroking is off for this kind of line.
func (p *Pen) doubleLine(ops []Op, a, b geom.Point, filling bool) []Op {
	if p.clean() {
		return append(ops, moveTo(a), lineTo(b))
	}
	ops = p.roughLine(ops, a, b, false)
	single := p.o.DisableMultiStroke
	if filling {
		single = p.o.DisableMultiStrokeFill
	}
	if single {
		return ops
	}
	return p.roughLine(ops, a, b, true)
}

// lengthGain damps the jitter of long lines, which would otherwise look
// drunk: full below 200 units, 0.4 above 500, linear between (rough.js).
func lengthGain(length float64) float64 {
	switch {
	case length < 200:
		return 1
	case length > 500:
		return 0.4
	}
	return -0.0016668*length + 1.233334
}

// roughLine appends one stroke from a to b as a Move and a Cubic whose
// control points sit at a random "diverge point" along the line, displaced
// by the bowing and jittered. The overlay stroke jitters half as much.
func (p *Pen) roughLine(ops []Op, a, b geom.Point, overlay bool) []Op {
	o := &p.o
	d := b.Sub(a)
	lenSq := d.X*d.X + d.Y*d.Y
	length := math.Sqrt(lenSq)
	gain := lengthGain(length)
	off := o.MaxRandomnessOffset
	if off*off*100 > lenSq {
		off = length / 10 // short lines would otherwise wobble more than they are long
	}
	if overlay {
		off /= 2
	}
	diverge := 0.2 + p.rng.Float64()*0.2
	bow := o.Bowing * o.MaxRandomnessOffset / 200
	mx := p.offsetOpt(bow*d.Y, gain)
	mid := geom.Point{X: mx, Y: p.offsetOpt(-bow*d.X, gain)}
	start, end := a, b
	if !o.PreserveVertices {
		start = start.Add(p.jitter(off, gain))
	}
	c1 := a.Add(d.Scale(diverge)).Add(mid).Add(p.jitter(off, gain))
	c2 := a.Add(d.Scale(2 * diverge)).Add(mid).Add(p.jitter(off, gain))
	if !o.PreserveVertices {
		end = end.Add(p.jitter(off, gain))
	}
	return append(ops, moveTo(start), cubicTo(c1, c2, end))
}

// drawPolyline draws an open polyline item and its arrowheads.
func drawPolyline(p *Pen, it scene.Item) Drawing {
	return p.drawOpen(it, (*Pen).Polyline, geom.Length)
}

// drawOpen draws an open line item (a polyline, a curve, a Bézier chain)
// with line, and its arrowheads: length measures the line along its
// points, for the heads' size and for how far the line is pulled back
// from an end to meet its head.
func (p *Pen) drawOpen(it scene.Item, line func(*Pen, []geom.Point) Path, length func([]geom.Point) float64) Drawing {
	var d Drawing
	if !strokeOn(it.Style) || len(it.Points) < 2 {
		return d
	}
	l := length(it.Points)
	d.add(line(p, shaft(it, p.o.StrokeWidth, l)))
	p.addHeads(&d, it, l)
	return d
}
