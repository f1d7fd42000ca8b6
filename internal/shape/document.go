package shape

import (
	"math"

	"github.com/sketchdeck/sketchdeck/internal/geom"
)

// document is a page with a wavy bottom edge: one S-shaped wave that rises
// on the right and dips to the box's bottom on the left (a flowchart's
// document).
var document = Outline{
	Name: "document", Aliases: []string{"page"}, Graphviz: "box",
	reach:  figureReach(documentFigure),
	Figure: documentFigure,
}

func documentFigure(b geom.Rect, _ Params) Figure {
	a := documentWave(b.H)
	x0, x1, y0 := b.X, b.X+b.W, b.Y
	base := b.Y + b.H - a
	// A cubic whose controls sit k off its chord bulges 3/4 k at its middle.
	k := a * 4 / 3
	mid := geom.Pt(b.X+b.W/2, base)
	pc := Piece{Kind: PathPiece, Points: []geom.Point{{X: x0, Y: y0}}, Segs: []Seg{
		LineTo(geom.Pt(x1, y0)),
		LineTo(geom.Pt(x1, base)),
		CurveTo(geom.Pt(x1-b.W/6, base-k), geom.Pt(mid.X+b.W/6, base-k), mid),
		CurveTo(geom.Pt(mid.X-b.W/6, base+k), geom.Pt(x0+b.W/6, base+k), geom.Pt(x0, base)),
		LineTo(geom.Pt(x0, y0)),
	}}
	return Figure{Fill: pc, Stroke: []Piece{pc}}
}

// documentWave is how far the wave swings either way of its middle line.
func documentWave(h float64) float64 { return math.Min(h*0.08, 12) }

var documentShape = Shape{
	Name: "document", Aliases: []string{"page"}, Outline: &document, Width: 120, Height: 90,
	Fit: func(w, h, lw, lh float64) (float64, float64) {
		return math.Max(w, lw+2*padX), math.Max(h, lh+2*padY+2*documentWave(math.Inf(1)))
	},
	// Above the wave.
	Body: func(b geom.Rect) geom.Point { return geom.Pt(b.X+b.W/2, b.Y+(b.H-documentWave(b.H))/2) },
}
