package sketch

import (
	"math"

	"github.com/sketchdeck/sketchdeck/internal/geom"
	"github.com/sketchdeck/sketchdeck/internal/scene"
)

// FillPolygon paints the inside of the closed polygon pts in the pen's fill
// style. The result is a FillArea path for solid fills, a FillLines path for
// patterns, and empty for FillNone.
func (p *Pen) FillPolygon(pts []geom.Point) Path {
	if len(pts) < 3 {
		return Path{Role: FillArea}
	}
	switch p.o.Fill {
	case scene.FillNone:
		return Path{Role: FillArea}
	case scene.FillSolid:
		return p.solidFill(pts)
	case scene.FillDots:
		return p.dotsFill(pts)
	}
	return p.hachureFill(pts, p.o.Fill)
}

// FillEllipse paints the inside of the w×h ellipse centred on c. A solid
// fill is one rough pass of the ellipse itself; patterns fill a polygon
// that follows the ellipse closely.
func (p *Pen) FillEllipse(c geom.Point, w, h float64) Path {
	rx, ry := math.Abs(w/2), math.Abs(h/2)
	switch p.o.Fill {
	case scene.FillNone:
		return Path{Role: FillArea}
	case scene.FillSolid:
		return p.solidEllipse(c, w, h)
	}
	n := int(math.Ceil(2 * math.Pi / p.ellipseStep(w, h) * 2))
	return p.FillPolygon(ellipsePolygon(c, rx, ry, n))
}

// fillOn reports whether a style paints a fill at all.
func fillOn(st scene.Style) bool {
	return st.FillStyle != scene.FillNone && paints(st.Fill)
}

// strokeOn reports whether a style paints its outline at all.
func strokeOn(st scene.Style) bool {
	return paints(st.Stroke)
}

// paints reports whether an SVG colour string leaves a mark.
func paints(colour string) bool {
	return colour != "" && colour != "none" && colour != "transparent"
}
