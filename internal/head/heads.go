package head

import (
	"github.com/sketchdeck/sketchdeck/internal/geom"
	"github.com/sketchdeck/sketchdeck/internal/shape"
)

// none draws nothing: the line ends bare.
var none = Head{Name: NoneName}

// open is two short strokes back from the tip (Graphviz's vee).
var open = Head{
	Name: "open", Aliases: []string{"vee", "arrow"},
	Figure: func(tip, dir geom.Point, l float64) []shape.Piece {
		a, b := wings(tip, dir, l)
		return []shape.Piece{line(a, tip), line(b, tip)}
	},
}

// triangleFigure closes the open head's strokes with a base.
func triangleFigure(tip, dir geom.Point, l float64) []shape.Piece {
	a, b := wings(tip, dir, l)
	return []shape.Piece{{Kind: shape.PolygonPiece, Points: []geom.Point{tip, a, b}}}
}

// triangle is an outlined triangle (Graphviz's empty).
var triangle = Head{
	Name: "triangle", Aliases: []string{"empty", "onormal", "hollow"},
	Figure: triangleFigure, Setback: 0.94,
}

// filled is a triangle painted in the stroke colour (Graphviz's normal).
var filled = Head{
	Name: "filled", Aliases: []string{"normal", "solid"},
	Figure: triangleFigure, Filled: true, Setback: 0.5,
}

// bar is a stroke across the tip (Graphviz's tee).
var bar = Head{
	Name: "bar", Aliases: []string{"tee"},
	Figure: func(tip, dir geom.Point, l float64) []shape.Piece {
		n := geom.Pt(-dir.Y, dir.X).Scale(l * 0.45)
		return []shape.Piece{line(tip.Add(n), tip.Sub(n))}
	},
}

// roundHead is a circle whose far side touches the tip.
func roundHead(tip, dir geom.Point, l float64) []shape.Piece {
	d := l * 0.6
	return []shape.Piece{{Kind: shape.EllipsePiece, Center: tip.Sub(dir.Scale(d / 2)), W: d, H: d}}
}

// dot is a small disc in the stroke colour.
var dot = Head{Name: "dot", Figure: roundHead, Filled: true, Setback: 0.3}

// circle is a small outlined circle (Graphviz's odot).
var circle = Head{Name: "circle", Aliases: []string{"odot"}, Figure: roundHead, Setback: 0.6}

// diamond is an outlined rhombus along the shaft (Graphviz's odiamond).
var diamond = Head{
	Name: "diamond", Aliases: []string{"odiamond"}, Setback: 1,
	Figure: func(tip, dir geom.Point, l float64) []shape.Piece {
		back := tip.Sub(dir.Scale(l))
		mid := tip.Sub(dir.Scale(l / 2))
		n := geom.Pt(-dir.Y, dir.X).Scale(l * 0.3)
		return []shape.Piece{{Kind: shape.PolygonPiece, Points: []geom.Point{tip, mid.Add(n), back, mid.Sub(n)}}}
	},
}
