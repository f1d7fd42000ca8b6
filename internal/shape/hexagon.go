package shape

import (
	"math"

	"github.com/sketchdeck/sketchdeck/internal/geom"
)

// hexagon has flat top and bottom and points at the left and right, each
// point a quarter of the width deep at most (a regular hexagon when the
// box is 2/√3 as wide as it is high).
var hexagon = Outline{
	Name: "hexagon", Graphviz: "box",
	reach:  figureReach(hexagonFigure),
	Figure: hexagonFigure,
}

func hexagonFigure(b geom.Rect, _ Params) Figure {
	s := hexagonInset(b.W, b.H)
	c := b.Center()
	pts := []geom.Point{{X: b.X + s, Y: b.Y}, {X: b.X + b.W - s, Y: b.Y}, {X: b.X + b.W, Y: c.Y},
		{X: b.X + b.W - s, Y: b.Y + b.H}, {X: b.X + s, Y: b.Y + b.H}, {X: b.X, Y: c.Y}}
	return polygonFigure(pts)
}

// hexagonInset is how deep the side points are.
func hexagonInset(w, h float64) float64 { return math.Min(w/4, h/(2*math.Sqrt(3))) }

var hexagonShape = Shape{
	Name: "hexagon", Outline: &hexagon, Width: 130, Height: 90,
	// The label stays between the points.
	Fit: func(w, h, lw, lh float64) (float64, float64) {
		h = math.Max(h, lh+2*padY)
		return math.Max(w, lw+2*padX+2*hexagonInset(math.Inf(1), h)), h
	},
}
