package shape

import (
	"math"

	"github.com/sketchdeck/sketchdeck/internal/geom"
)

// blockArrow is a wide hollow arrow filling its box, pointing right: a
// shaft half the box's height and a head as high as the box at the end
// (Params.End), the start (Params.Start) or both; neither draws a band as
// high as the box.
// Turn it with rotate.
var blockArrow = Outline{
	Name: "block_arrow", Aliases: []string{"block-arrow", "blockarrow"}, Graphviz: "box",
	Headed: true,
	reach:  figureReach(blockArrowFigure),
	Figure: blockArrowFigure,
}

func blockArrowFigure(b geom.Rect, p Params) Figure {
	heads := 0
	if p.Start {
		heads++
	}
	if p.End {
		heads++
	}
	// A head is as long as 0.6 of the height, at most a third of the width
	// (or half of it with one head).
	hl := 0.0
	if heads > 0 {
		hl = math.Min(b.H*0.6, b.W/float64(heads+1))
	}
	cy, t := b.Y+b.H/2, b.H/4 // centre line, half the shaft's thickness
	if heads == 0 {
		t = b.H / 2 // a band fills its box
	}
	x0, x1 := b.X, b.X+b.W
	pts := []geom.Point{}
	if p.Start {
		pts = append(pts, geom.Pt(x0, cy), geom.Pt(x0+hl, b.Y), geom.Pt(x0+hl, cy-t))
	} else {
		pts = append(pts, geom.Pt(x0, cy-t))
	}
	if p.End {
		pts = append(pts, geom.Pt(x1-hl, cy-t), geom.Pt(x1-hl, b.Y), geom.Pt(x1, cy), geom.Pt(x1-hl, b.Y+b.H), geom.Pt(x1-hl, cy+t))
	} else {
		pts = append(pts, geom.Pt(x1, cy-t), geom.Pt(x1, cy+t))
	}
	if p.Start {
		pts = append(pts, geom.Pt(x0+hl, cy+t), geom.Pt(x0+hl, b.Y+b.H))
	} else {
		pts = append(pts, geom.Pt(x0, cy+t))
	}
	return polygonFigure(pts)
}
