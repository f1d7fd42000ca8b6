package sketch

import "github.com/sketchdeck/sketchdeck/internal/scene"

// drawPolygon draws the closed polygon through the item's points.
func drawPolygon(p *Pen, it scene.Item) Drawing {
	return closedShape(p, it, it.Points)
}
