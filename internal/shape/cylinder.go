package shape

import (
	"math"

	"github.com/sketchdeck/sketchdeck/internal/geom"
)

// cylinder is a database: top and bottom ellipses joined by two sides.
// Arrows meet its box.
var cylinder = Outline{
	Name: "cylinder", Aliases: []string{"database"}, Graphviz: "box",
	Capped: true,
	reach:  boxReach,
	Figure: cylinderFigure,
}

// cylinderRy is the vertical radius of a database's end ellipses: half the
// lid height asked (at most half the figure's height), or by default a
// quarter of the smaller side over two, flat enough to read as a lid on
// wide boxes without swallowing short ones.
func cylinderRy(b geom.Rect, lid float64) float64 {
	if lid > 0 {
		return math.Min(lid, b.H/2) / 2
	}
	return math.Min(b.W, b.H) / 8
}

// cylinderFigure fills the silhouette, then strokes the whole top ellipse,
// the front half of the bottom one and the two sides.
func cylinderFigure(b geom.Rect, p Params) Figure {
	ry := cylinderRy(b, p.Cap)
	cx := b.X + b.W/2
	top := geom.Point{X: cx, Y: b.Y + ry}
	bottom := geom.Point{X: cx, Y: b.Y + b.H - ry}
	return Figure{
		Fill: Piece{Kind: PolygonPiece, Points: cylinderSilhouette(top, bottom, b.W/2, ry)},
		Stroke: []Piece{
			{Kind: EllipsePiece, Center: top, W: b.W, H: 2 * ry},
			{Kind: ArcPiece, Center: bottom, W: b.W, H: 2 * ry, From: 0, To: math.Pi},
			{Kind: LinePiece, Points: []geom.Point{{X: b.X, Y: top.Y}, {X: b.X, Y: bottom.Y}}},
			{Kind: LinePiece, Points: []geom.Point{{X: b.X + b.W, Y: top.Y}, {X: b.X + b.W, Y: bottom.Y}}},
		},
	}
}

// cylinderSilhouette is the outline of the whole body: the top ellipse's
// upper half, the right side, the bottom ellipse's lower half, the left side.
func cylinderSilhouette(top, bottom geom.Point, rx, ry float64) []geom.Point {
	const n = 12 // points per half ellipse
	pts := make([]geom.Point, 0, 2*(n+1))
	for i := 0; i <= n; i++ {
		a := math.Pi + math.Pi*float64(i)/n // left, over the top, to the right
		pts = append(pts, geom.Point{X: top.X + rx*math.Cos(a), Y: top.Y + ry*math.Sin(a)})
	}
	for i := 0; i <= n; i++ {
		a := math.Pi * float64(i) / n // right, under the bottom, to the left
		pts = append(pts, geom.Point{X: bottom.X + rx*math.Cos(a), Y: bottom.Y + ry*math.Sin(a)})
	}
	return pts
}

var cylinderShape = Shape{
	Name: "cylinder", Aliases: []string{"database", "db"}, Outline: &cylinder,
	Width: 104, Height: 130, Fill: "white",
	// The top ellipse takes about a fifth of the height.
	Fit: func(w, h, lw, lh float64) (float64, float64) {
		return math.Max(w, lw+2*padX), math.Max(h, (lh+2*padY)*1.4)
	},
	// Below the lid.
	Body: func(b geom.Rect) geom.Point { return geom.Pt(b.X+b.W/2, b.Y+b.H*0.6) },
}

// tube is a cylinder lying on its side, its lid at the left: a queue.
var tube = Shape{
	Name: "tube", Aliases: []string{"queue"}, Outline: &cylinder,
	Width: 330, Height: 132, Fill: "white", OnSide: true, Fit: fitBox,
}
