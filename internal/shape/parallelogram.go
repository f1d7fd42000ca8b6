package shape

import (
	"math"

	"github.com/sketchdeck/sketchdeck/internal/geom"
)

// parallelogram leans right: its top edge starts a slant in from the left,
// its bottom edge ends a slant short of the right (a flowchart's input or
// output).
var parallelogram = Outline{
	Name: "parallelogram", Graphviz: "box",
	reach:  figureReach(parallelogramFigure),
	Figure: parallelogramFigure,
}

func parallelogramFigure(b geom.Rect, _ Params) Figure {
	s := parallelogramSlant(b.W, b.H)
	pts := []geom.Point{{X: b.X + s, Y: b.Y}, {X: b.X + b.W, Y: b.Y}, {X: b.X + b.W - s, Y: b.Y + b.H}, {X: b.X, Y: b.Y + b.H}}
	return polygonFigure(pts)
}

// parallelogramSlant is how far the top edge is shifted from the bottom
// one: a third of the height, at most a quarter of the width.
func parallelogramSlant(w, h float64) float64 { return math.Min(w/4, h/3) }

var parallelogramShape = Shape{
	Name: "parallelogram", Aliases: []string{"io", "input", "output"}, Outline: &parallelogram,
	Width: 140, Height: 80,
	Fit: func(w, h, lw, lh float64) (float64, float64) {
		h = math.Max(h, lh+2*padY)
		return math.Max(w, lw+2*padX+parallelogramSlant(math.Inf(1), h)), h
	},
}
