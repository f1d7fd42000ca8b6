package layout

import (
	"math"
	"strconv"

	"github.com/sketchdeck/sketchdeck/internal/geom"
	"github.com/sketchdeck/sketchdeck/internal/scene"
	"github.com/sketchdeck/sketchdeck/internal/shape"
)

// outline is a node's drawn shape, used to end arrows at its border.
type outline struct {
	Kind   scene.Kind
	Box    geom.Rect
	Params shape.Params
	// Label is the box of a label written beside the shape (empty when
	// inside): arrows stop short of it too.
	Label geom.Rect
	// Dot is the box of the node's status dot (empty when it has none),
	// which an edge's end yields to (track.clearDots).
	Dot geom.Rect
}

// labelClear is the blank kept between an arrow's end and a label beside
// its node, px.
const labelClear = 4

// exit returns where the ray from the outline's centre towards p leaves it,
// and leaves the label beside it when the ray crosses that.
func (o outline) exit(p geom.Point) geom.Point {
	q := o.figure().Exit(o.Box, o.Params, p)
	if o.Label.Empty() {
		return q
	}
	c := o.Box.Center()
	t, ok := rayLeaves(c, p, o.Label.Inset(-labelClear))
	// Past p, the label covers the other end: keep the shape's exit.
	if !ok || t > 1 {
		return q
	}
	if l := c.Add(p.Sub(c).Scale(t)); l.Dist(c) > q.Dist(c) {
		return l
	}
	return q
}

// figure is the outline's shape in internal/shape's registry.
func (o outline) figure() *shape.Outline {
	sh, ok := shape.OutlineNamed(string(o.Kind))
	if !ok {
		panic("layout: outline of kind " + strconv.Quote(string(o.Kind)) + " is not in internal/shape's registry")
	}
	return sh
}

// translate moves the outline, its label and its status dot by d.
func (o outline) translate(d geom.Point) outline {
	o.Box = o.Box.Translate(d)
	if !o.Label.Empty() {
		o.Label = o.Label.Translate(d)
	}
	if !o.Dot.Empty() {
		o.Dot = o.Dot.Translate(d)
	}
	return o
}

// rayLeaves returns t where the ray from c through p (c + t·(p-c), t ≥ 0)
// leaves r, and whether it meets r at all.
func rayLeaves(c, p geom.Point, r geom.Rect) (float64, bool) {
	d := p.Sub(c)
	x0, x1, okx := slab(c.X, d.X, r.X, r.X+r.W)
	y0, y1, oky := slab(c.Y, d.Y, r.Y, r.Y+r.H)
	lo, hi := max(0, x0, y0), min(x1, y1)
	return hi, okx && oky && lo <= hi
}

// slab is the range of t for which o + t·v lies between a and b.
func slab(o, v, a, b float64) (float64, float64, bool) {
	if v == 0 {
		return math.Inf(-1), math.Inf(1), o >= a && o <= b
	}
	t0, t1 := (a-o)/v, (b-o)/v
	return min(t0, t1), max(t0, t1), true
}

// straight joins two outlines with a segment from border to border, each
// end pulled back by gap, and shifted sideways by offset (for parallel
// edges). It keeps at least a short segment when the shapes nearly touch.
func straight(a, b outline, gap, offset float64) (geom.Point, geom.Point) {
	ca, cb := a.Box.Center(), b.Box.Center()
	dir := cb.Sub(ca).Unit()
	normal := geom.Pt(-dir.Y, dir.X).Scale(offset)
	ca, cb = ca.Add(normal), cb.Add(normal)
	// Shift the outlines with the line, so that exits stay on the shapes.
	sa, sb := a.translate(normal), b.translate(normal)
	p, q := sa.exit(cb), sb.exit(ca)
	length := q.Sub(p).Len()
	g := math.Min(gap, pullRoom(length))
	return p.Add(dir.Scale(g)), q.Sub(dir.Scale(g))
}
