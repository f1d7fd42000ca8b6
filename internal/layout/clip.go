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
}

// exit returns where the ray from the outline's centre towards p leaves it.
func (o outline) exit(p geom.Point) geom.Point {
	sh, ok := shape.OutlineNamed(string(o.Kind))
	if !ok {
		panic("layout: outline of kind " + strconv.Quote(string(o.Kind)) + " is not in internal/shape's registry")
	}
	return sh.Exit(o.Box, o.Params, p)
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
	sa, sb := a, b
	sa.Box = sa.Box.Translate(normal)
	sb.Box = sb.Box.Translate(normal)
	p, q := sa.exit(cb), sb.exit(ca)
	length := q.Sub(p).Len()
	g := math.Min(gap, math.Max(0, (length-12)/2))
	return p.Add(dir.Scale(g)), q.Sub(dir.Scale(g))
}
