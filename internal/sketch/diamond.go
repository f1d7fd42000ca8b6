package sketch

import (
	"github.com/sketchdeck/sketchdeck/internal/geom"
	"github.com/sketchdeck/sketchdeck/internal/scene"
)

// drawDiamond draws the rhombus touching the midpoints of the item's box.
func drawDiamond(p *Pen, it scene.Item) Drawing {
	b := it.Box
	c := b.Center()
	pts := []geom.Point{{X: c.X, Y: b.Y}, {X: b.X + b.W, Y: c.Y}, {X: c.X, Y: b.Y + b.H}, {X: b.X, Y: c.Y}}
	return closedShape(p, it, pts)
}
