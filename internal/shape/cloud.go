package shape

import (
	"math"

	"github.com/sketchdeck/sketchdeck/internal/geom"
)

// cloud is a ring of bumps around an ellipse: the internet, a provider.
var cloud = Outline{
	Name: "cloud", Graphviz: "ellipse",
	reach:  figureReach(cloudFigure),
	Figure: cloudFigure,
}

// cloudBumps are the bumps' ends around the unit ellipse, as angles in
// turns clockwise from three o'clock, and how far each bump bulges out
// (uneven, so the cloud looks drawn rather than computed).
var cloudBumps = [...]struct{ at, bulge float64 }{
	{0.02, 0.55}, {0.14, 0.45}, {0.26, 0.5}, {0.38, 0.45},
	{0.5, 0.55}, {0.6, 0.6}, {0.71, 0.7}, {0.84, 0.75},
}

// cloudFigure draws the bumps in a unit box, then stretches the cloud to
// fill b, so that its outermost bumps touch b's sides.
func cloudFigure(b geom.Rect, _ Params) Figure {
	at := func(turn float64) geom.Point {
		a := 2 * math.Pi * turn
		return geom.Pt(math.Cos(a), math.Sin(a))
	}
	n := len(cloudBumps)
	start := at(cloudBumps[0].at)
	segs := make([]Seg, n)
	cur := start
	for i, bump := range cloudBumps {
		next := at(cloudBumps[(i+1)%n].at)
		// Controls pushed out from the chord's ends along their radii.
		segs[i] = CurveTo(cur.Scale(1+bump.bulge), next.Scale(1+bump.bulge), next)
		cur = next
	}
	unit := Piece{Kind: PathPiece, Points: []geom.Point{start}, Segs: segs}
	box := geom.Bounds(Flatten(unit))
	m := func(p geom.Point) geom.Point {
		return geom.Pt(b.X+(p.X-box.X)/box.W*b.W, b.Y+(p.Y-box.Y)/box.H*b.H)
	}
	pc := Piece{Kind: PathPiece, Points: []geom.Point{m(start)}, Segs: make([]Seg, n)}
	for i, s := range segs {
		pc.Segs[i] = CurveTo(m(s.C1), m(s.C2), m(s.To))
	}
	return Figure{Fill: pc, Stroke: []Piece{pc}}
}

var cloudShape = Shape{
	Name: "cloud", Aliases: []string{"internet"}, Outline: &cloud, Width: 150, Height: 100,
	// The label stays in the ellipse the bumps ring.
	Fit: func(w, h, lw, lh float64) (float64, float64) {
		return math.Max(w, (lw+2*padX)*1.5), math.Max(h, (lh+2*padY)*1.6)
	},
}
