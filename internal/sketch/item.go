package sketch

import (
	"math"

	"github.com/sketchdeck/sketchdeck/internal/geom"

	"github.com/sketchdeck/sketchdeck/internal/scene"
	"github.com/sketchdeck/sketchdeck/internal/shape"
)

// Draw sketches one scene item: its fill paths first, then its outline and
// arrowheads, all turned by the item's rotation. Its randomness depends only
// on themeSeed and it.ID. Text items, and kinds this package does not know,
// draw nothing (the svg stage writes text).
func Draw(it scene.Item, themeSeed uint64) Drawing {
	draw := drawerFor(it.Kind)
	if draw == nil {
		return Drawing{}
	}
	p := NewPen(Seed(themeSeed, it.ID), itemOptions(it))
	d := draw(p, it)
	if it.Rotate != 0 {
		c := it.Box.Center()
		if it.Box == (geom.Rect{}) {
			c = geom.Bounds(it.Points).Center() // open paths may come without a box
		}
		d.rotate(c, it.Rotate*math.Pi/180)
	}
	return d
}

// drawerFor picks the function that draws one kind of item: one of
// internal/shape's outlines, or a path.
func drawerFor(k scene.Kind) func(*Pen, scene.Item) Drawing {
	if o, ok := shape.OutlineNamed(string(k)); ok {
		return drawOutline(o)
	}
	switch k {
	case scene.Polygon:
		return drawPolygon
	case scene.Polyline:
		return drawPolyline
	case scene.Bezier:
		return drawBezier
	case scene.Curve:
		return drawCurve
	case scene.Freehand:
		return drawFreehand
	}
	return nil
}

// itemOptions are the style's options, with vertices kept in place on open
// paths so that their ends meet the arrowheads and the boxes they join (as
// Excalidraw does for arrows and lines).
func itemOptions(it scene.Item) Options {
	o := OptionsFor(it.Style)
	switch it.Kind {
	case scene.Polyline, scene.Bezier, scene.Curve:
		o.PreserveVertices = true
	}
	return o
}
