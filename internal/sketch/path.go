package sketch

import (
	"math"

	"github.com/sketchdeck/sketchdeck/internal/geom"
)

// Role says how a Path is painted (internal/canvas turns it into a paint).
type Role uint8

// Path roles.
const (
	// Stroke is an outline: stroked with the item's stroke colour at Width,
	// not filled, dashed when the item is.
	Stroke Role = iota
	// FillArea is a closed area filled with the item's fill colour, not
	// stroked.
	FillArea
	// FillLines are hachure, zigzag or dot strokes in the item's fill colour
	// at Width (the fill weight), not filled.
	FillLines
	// Head is an arrowhead: painted like Stroke but never dashed, so that a
	// dashed arrow still ends in a clear head.
	Head
	// InkArea is a closed area filled with the item's stroke colour, not
	// stroked: a freehand pencil stroke's outline.
	InkArea
)

// String names the role, for tests and debugging output.
func (r Role) String() string {
	switch r {
	case Stroke:
		return "stroke"
	case FillArea:
		return "fill-area"
	case FillLines:
		return "fill-lines"
	case Head:
		return "head"
	case InkArea:
		return "ink-area"
	}
	return "role?"
}

// OpKind is a path command.
type OpKind uint8

// Path commands, as SVG's M, L, C and Z.
const (
	Move OpKind = iota
	Line
	Cubic
	Close
)

// Op is one path command. Move and Line use P[0]; Cubic uses P[0] and P[1]
// as control points and P[2] as its end; Close uses none.
type Op struct {
	Kind OpKind
	P    [3]geom.Point
}

// Path is one SVG path: its commands and how to paint them.
type Path struct {
	Role Role
	// Width is the stroke width for Stroke, Head and FillLines; 0 for areas.
	Width float64
	Ops   []Op
}

// Drawing is everything one item draws, in painting order (fills first).
type Drawing struct {
	Paths []Path
}

// add appends p unless it is empty, so callers need not check.
func (d *Drawing) add(p Path) {
	if len(p.Ops) > 0 {
		d.Paths = append(d.Paths, p)
	}
}

// addAll adds each path (see add).
func (d *Drawing) addAll(ps []Path) {
	for _, p := range ps {
		d.add(p)
	}
}

// points returns how many of op.P an op uses.
func (op Op) points() int {
	switch op.Kind {
	case Move, Line:
		return 1
	case Cubic:
		return 3
	}
	return 0
}

// Bounds is the bounding box of every point the drawing's paths use,
// control points included (so it may be a little larger than the ink).
func (d Drawing) Bounds() geom.Rect {
	x0, y0 := math.Inf(1), math.Inf(1)
	x1, y1 := math.Inf(-1), math.Inf(-1)
	for _, p := range d.Paths {
		for _, op := range p.Ops {
			for _, q := range op.P[:op.points()] {
				x0, y0 = math.Min(x0, q.X), math.Min(y0, q.Y)
				x1, y1 = math.Max(x1, q.X), math.Max(y1, q.Y)
			}
		}
	}
	if x0 > x1 {
		return geom.Rect{}
	}
	return geom.Rect{X: x0, Y: y0, W: x1 - x0, H: y1 - y0}
}

// rotate turns every point of d by angle radians around c, in place.
func (d Drawing) rotate(c geom.Point, angle float64) {
	for _, p := range d.Paths {
		for i := range p.Ops {
			op := &p.Ops[i]
			for j := range op.points() {
				op.P[j] = op.P[j].Rotate(c, angle)
			}
		}
	}
}

func moveTo(p geom.Point) Op { return Op{Kind: Move, P: [3]geom.Point{p}} }
func lineTo(p geom.Point) Op { return Op{Kind: Line, P: [3]geom.Point{p}} }
func cubicTo(c1, c2, p geom.Point) Op {
	return Op{Kind: Cubic, P: [3]geom.Point{c1, c2, p}}
}
