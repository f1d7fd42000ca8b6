package shape

import (
	"math"

	"github.com/sketchdeck/sketchdeck/internal/geom"
)

// AutoRadius asks for the default corner radius: a quarter of the shorter
// side, at most MaxAutoRadius px (as Excalidraw rounds its rectangles).
const (
	AutoRadius    = -1
	MaxAutoRadius = 32
)

// CornerRadius is the radius drawn for a radius asked of box b: the
// default one for AutoRadius, and never more than half the shorter side.
func CornerRadius(b geom.Rect, r float64) float64 {
	half := math.Min(b.W, b.H) / 2
	if r == AutoRadius {
		r = math.Min(MaxAutoRadius, half/2)
	}
	return math.Max(0, math.Min(r, half))
}

// roundedPath is b's outline with corners of radius r, clockwise from the
// top edge: four sides joined by four corner curves.
func roundedPath(b geom.Rect, r float64) Piece {
	x0, y0, x1, y1 := b.X, b.Y, b.X+b.W, b.Y+b.H
	pt := geom.Pt
	return Piece{Kind: PathPiece, Points: []geom.Point{pt(x0+r, y0)}, Segs: []Seg{
		LineTo(pt(x1-r, y0)), quadCorner(pt(x1-r, y0), pt(x1, y0), pt(x1, y0+r)),
		LineTo(pt(x1, y1-r)), quadCorner(pt(x1, y1-r), pt(x1, y1), pt(x1-r, y1)),
		LineTo(pt(x0+r, y1)), quadCorner(pt(x0+r, y1), pt(x0, y1), pt(x0, y1-r)),
		LineTo(pt(x0, y0+r)), quadCorner(pt(x0, y0+r), pt(x0, y0), pt(x0+r, y0)),
	}}
}

// roundedReach meets a rounded box on its corner curves, a square one on
// the box.
func roundedReach(hw, hh float64, p Params, d geom.Point) float64 {
	if CornerRadius(geom.Rect{W: 2 * hw, H: 2 * hh}, p.Radius) == 0 {
		return boxReach(hw, hh, p, d)
	}
	return figureReach(rectFigure)(hw, hh, p, d)
}
