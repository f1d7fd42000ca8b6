package sketch

import (
	"github.com/sketchdeck/sketchdeck/internal/scene"
)

// drawPolygon draws the closed polygon through the item's points: its
// fill, then its outline.
func drawPolygon(p *Pen, it scene.Item) Drawing {
	var d Drawing
	pts := it.Points
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
