package sketch

import (
	"github.com/sketchdeck/sketchdeck/internal/geom"
	"github.com/sketchdeck/sketchdeck/internal/scene"
)

// drawRect draws a rectangle item: its fill, then its outline.
func drawRect(p *Pen, it scene.Item) Drawing {
	return closedShape(p, it, rectCorners(it.Box))
}

// closedShape fills and outlines the polygon through pts, the way every
// straight-edged closed item is drawn.
func closedShape(p *Pen, it scene.Item, pts []geom.Point) Drawing {
	var d Drawing
	if len(pts) < 3 {
		return d
	}
	if fillOn(it.Style) {
		d.add(p.FillPolygon(pts))
	}
	if strokeOn(it.Style) {
		d.add(p.Polygon(pts))
	}
	return d
}
