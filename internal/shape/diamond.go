package shape

import (
	"math"

	"github.com/sketchdeck/sketchdeck/internal/geom"
)

// diamond is the rhombus touching its box's edge midpoints.
var diamond = Outline{
	Name: "diamond", Graphviz: "diamond",
	reach: func(hw, hh float64, _ Params, d geom.Point) float64 {
		return 1 / (math.Abs(d.X)/hw + math.Abs(d.Y)/hh)
	},
	Figure: func(b geom.Rect, _ Params) Figure {
		c := b.Center()
		pts := []geom.Point{{X: c.X, Y: b.Y}, {X: b.X + b.W, Y: c.Y}, {X: c.X, Y: b.Y + b.H}, {X: b.X, Y: c.Y}}
		return polygonFigure(pts)
	},
}

var diamondShape = Shape{
	Name: "diamond", Aliases: []string{"rhombus"}, Outline: &diamond, Width: 90, Height: 90,
	Fit: func(w, h, lw, lh float64) (float64, float64) {
		return math.Max(w, 2*lw+padX), math.Max(h, 2*lh+padY)
	},
}
