package shape

import (
	"github.com/sketchdeck/sketchdeck/internal/geom"
)

// Padding around a label inside its shape, px.
const (
	padX = 20
	padY = 14
)

// Shape is one node shape of the format.
type Shape struct {
	// Name is the canonical spelling in a diagram; Aliases are others.
	Name    string
	Aliases []string
	// Outline is the figure drawn; nil draws none (the label alone, which
	// arrows then meet at its box).
	Outline *Outline
	// Width and Height are its size with neither label nor size given.
	Width, Height float64
	// Equal keeps the width and the height equal.
	Equal bool
	// Fit grows a w×h shape to hold a label of lw×lh (lw > 0) centred in it.
	Fit func(w, h, lw, lh float64) (float64, float64)
	// Fill is the theme colour that fills it when the node names none ("").
	Fill string
	// OnSide lays the figure on its side: drawn in the box with width and
	// height swapped, then turned a quarter turn anticlockwise (a tube is a
	// cylinder with its lid at the left).
	OnSide bool
	// Body is the middle of its body in box b, where tokens ride when the
	// label is not inside; nil is the box's centre.
	Body func(b geom.Rect) geom.Point
}

// Outline is a closed figure drawn in a box.
type Outline struct {
	// Name is the scene item kind that carries it and the drawing element
	// kind that draws it; Aliases are other element kinds for it.
	Name    string
	Aliases []string
	// Graphviz is the Graphviz node shape it is laid out as.
	Graphviz string
	// Rounds says the figure takes a corner radius (Params.Radius); Capped
	// that it takes a lid height (Params.Cap); Headed that it takes heads
	// (Params.Start, Params.End).
	Rounds, Capped, Headed bool
	// reach is how far along d (from the centre) the border is, for a
	// box of half-width hw and half-height hh: the border point is c+t·d.
	reach func(hw, hh float64, p Params, d geom.Point) float64
	// Figure is what the sketch pen draws for it in box b.
	Figure func(b geom.Rect, p Params) Figure
}

// Params tune a figure; zero values draw its default.
type Params struct {
	// Radius rounds the corners of a figure that Rounds, px.
	Radius float64
	// Cap is the height of a Capped figure's lid (a cylinder's end
	// ellipse), px.
	Cap float64
	// Start and End put heads on the ends of a Headed figure (a block
	// arrow); neither draws a plain band.
	Start, End bool
}

// Exit returns where the ray from b's centre towards p leaves the figure
// drawn in b with prm: where an arrow aimed at its centre meets it.
func (o *Outline) Exit(b geom.Rect, prm Params, p geom.Point) geom.Point {
	c := b.Center()
	d := p.Sub(c)
	if d.Len() == 0 {
		return c
	}
	return c.Add(d.Scale(o.reach(b.W/2, b.H/2, prm, d)))
}

// Figure is a drawing in plain pieces: Fill is painted first when the item
// has a fill, then Stroke as one path when it has a stroke.
type Figure struct {
	Fill   Piece
	Stroke []Piece
}

// Piece is one plain figure the sketch pen draws.
type Piece struct {
	Kind PieceKind
	// Points: a Polygon's corners (closed), a Line's two ends, or a Path's
	// start.
	Points []geom.Point
	// Segs are a Path's steps from Points[0]; a Path that ends where it
	// starts is closed and may be filled.
	Segs []Seg
	// Center and W×H: an Ellipse's or an Arc's; From and To are an Arc's
	// angles, radians clockwise from the positive x axis.
	Center   geom.Point
	W, H     float64
	From, To float64
}

// PieceKind says what a Piece is.
type PieceKind int

// The kinds of piece.
const (
	PolygonPiece PieceKind = iota
	EllipsePiece
	ArcPiece
	LinePiece
	// PathPiece is a chain of lines and cubic curves (a rounded corner, a
	// wavy edge, a cloud's bumps), drawn the rough.js way: lines bowed,
	// curves with jittered control points.
	PathPiece
)

// Seg is one step of a PathPiece: a line to To, or, when Curve, a cubic
// Bézier through the controls C1 and C2 to To.
type Seg struct {
	Curve  bool
	C1, C2 geom.Point
	To     geom.Point
}

// LineTo and CurveTo build the steps of a path.
func LineTo(p geom.Point) Seg { return Seg{To: p} }

// CurveTo is a cubic step through the controls c1 and c2 to p.
func CurveTo(c1, c2, p geom.Point) Seg { return Seg{Curve: true, C1: c1, C2: c2, To: p} }
