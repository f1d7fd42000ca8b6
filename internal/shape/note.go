package shape

import (
	"math"

	"github.com/sketchdeck/sketchdeck/internal/geom"
)

// note is a sheet with its top-right corner folded down: the outline cut
// across the corner, and the fold's two edges drawn inside it.
var note = Outline{
	Name: "note", Aliases: []string{"sticky"}, Graphviz: "box",
	reach:  figureReach(noteFigure),
	Figure: noteFigure,
}

func noteFigure(b geom.Rect, _ Params) Figure {
	f := noteFold(b.W, b.H)
	x1, y1 := b.X+b.W, b.Y+b.H
	pts := []geom.Point{{X: b.X, Y: b.Y}, {X: x1 - f, Y: b.Y}, {X: x1, Y: b.Y + f}, {X: x1, Y: y1}, {X: b.X, Y: y1}}
	fold := []geom.Point{{X: x1 - f, Y: b.Y}, {X: x1 - f, Y: b.Y + f}, {X: x1, Y: b.Y + f}}
	return Figure{Fill: Piece{Kind: PolygonPiece, Points: pts}, Stroke: []Piece{
		{Kind: PolygonPiece, Points: pts},
		{Kind: LinePiece, Points: fold[:2]},
		{Kind: LinePiece, Points: fold[1:]},
	}}
}

// noteFold is the side of the folded corner: a fifth of the shorter side,
// at most 24 px.
func noteFold(w, h float64) float64 { return math.Min(math.Min(w, h)/5, 24) }

var noteShape = Shape{
	Name: "note", Aliases: []string{"sticky"}, Outline: &note, Width: 120, Height: 90, Fit: fitBox,
}
