package shape

import (
	"math"

	"github.com/sketchdeck/sketchdeck/internal/geom"
)

// ellipse is the ellipse inscribed in its box.
var ellipse = Outline{
	Name: "ellipse", Aliases: []string{"circle", "oval"}, Graphviz: "ellipse",
	reach: func(hw, hh float64, _ Params, d geom.Point) float64 {
		return 1 / math.Sqrt((d.X*d.X)/(hw*hw)+(d.Y*d.Y)/(hh*hh))
	},
	Figure: func(b geom.Rect, _ Params) Figure {
		e := Piece{Kind: EllipsePiece, Center: b.Center(), W: b.W, H: b.H}
		return Figure{Fill: e, Stroke: []Piece{e}}
	},
}

var ellipseShape = Shape{
	Name: "ellipse", Aliases: []string{"oval"}, Outline: &ellipse, Width: 120, Height: 80,
	Fit: func(w, h, lw, lh float64) (float64, float64) {
		return math.Max(w, (lw+2*padX)*math.Sqrt2), math.Max(h, (lh+2*padY)*math.Sqrt2)
	},
}

var circle = Shape{
	Name: "circle", Outline: &ellipse, Width: 52, Height: 52, Equal: true,
	Fit: func(w, h, lw, lh float64) (float64, float64) {
		d := math.Max(math.Hypot(lw, lh)+padY, math.Max(w, h))
		return d, d
	},
}
