package shape

import (
	"math"

	"github.com/sketchdeck/sketchdeck/internal/geom"
)

var rect = Outline{
	Name: "rect", Aliases: []string{"rectangle", "box", "square"}, Graphviz: "box",
	Rounds: true,
	reach:  roundedReach,
	Figure: rectFigure,
}

// rectFigure is the box, its corners rounded when p asks.
func rectFigure(b geom.Rect, p Params) Figure {
	if r := CornerRadius(b, p.Radius); r > 0 {
		pc := roundedPath(b, r)
		return Figure{Fill: pc, Stroke: []Piece{pc}}
	}
	c := b.Corners()
	return polygonFigure(c[:])
}

// polygonFigure fills and strokes one polygon.
func polygonFigure(pts []geom.Point) Figure {
	pc := Piece{Kind: PolygonPiece, Points: pts}
	return Figure{Fill: pc, Stroke: []Piece{pc}}
}

// boxReach meets the box itself.
func boxReach(hw, hh float64, _ Params, d geom.Point) float64 {
	return math.Min(safeDiv(hw, math.Abs(d.X)), safeDiv(hh, math.Abs(d.Y)))
}

func safeDiv(a, b float64) float64 {
	if b == 0 {
		return math.Inf(1)
	}
	return a / b
}

var rectangle = Shape{
	Name: "rectangle", Aliases: []string{"rect", "box"}, Outline: &rect,
	Width: 120, Height: 80, Fit: fitBox,
}

var square = Shape{
	Name: "square", Outline: &rect, Width: 100, Height: 100, Equal: true,
	Fit: func(w, h, lw, lh float64) (float64, float64) {
		d := math.Max(math.Max(w, h), math.Max(lw+2*padX, lh+2*padY))
		return d, d
	},
}

// text draws no figure: the label alone.
var text = Shape{
	Name: "text", Aliases: []string{"none", "plaintext"},
	Width: 120, Height: 80,
	Fit: func(w, h, lw, lh float64) (float64, float64) { return math.Max(w, lw), math.Max(h, lh) },
}

// fitBox holds the label and its padding.
func fitBox(w, h, lw, lh float64) (float64, float64) {
	return math.Max(w, lw+2*padX), math.Max(h, lh+2*padY)
}
