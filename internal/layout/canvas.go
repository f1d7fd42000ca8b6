package layout

import (
	"github.com/sketchdeck/sketchdeck/internal/geom"
	"github.com/sketchdeck/sketchdeck/internal/scene"
	"github.com/sketchdeck/sketchdeck/internal/spec"
)

// titleGap is the space between a drawn title and the drawing under it.
const titleGap = 28

// itemBounds is the area an item covers, turned with it: a tilted word
// or a part's slanted handle reaches past its unturned box.
func itemBounds(it scene.Item) geom.Rect {
	b := it.Box
	switch it.Kind {
	case scene.Polygon, scene.Polyline, scene.Bezier, scene.Curve, scene.Freehand:
		// Arrowheads and wobble reach a little past the points.
		b = geom.Bounds(it.Points).Inset(-max(4, it.Style.StrokeWidth*2))
	}
	return b.Turned(it.Box.Center(), it.Rotate)
}

// bounds is the area all items cover.
func bounds(items []scene.Item) geom.Rect {
	var r geom.Rect
	for _, it := range items {
		r = r.Union(itemBounds(it))
	}
	return r
}

// translate moves every item by d.
func translate(items []scene.Item, d geom.Point) {
	for i := range items {
		it := &items[i]
		it.Box = it.Box.Translate(d)
		for j := range it.Points {
			it.Points[j] = it.Points[j].Add(d)
		}
		if it.Text != nil {
			for j := range it.Text.Lines {
				it.Text.Lines[j].X += d.X
				it.Text.Lines[j].Y += d.Y
			}
		}
	}
}

// frame puts the drawn title above the items and sizes the canvas to fit
// both with the margin around them; a margin of 0 takes the theme's.
func frame(d *spec.Diagram, env Env, items []scene.Item, margin float64) *scene.Scene {
	if margin == 0 {
		margin = env.Theme.Margin
	}
	content := bounds(items)
	var head []scene.Item
	if d.Title != "" && !d.HideTitle {
		size := d.TitleSize
		if size == 0 {
			size = env.Theme.TitleSize
		}
		color, _ := env.Theme.Color(env.Theme.TextColor)
		ts := textSpec{ID: "title", Text: d.Title, Size: size, Color: color}
		_, h := measure(env.Text, d.Title, size)
		c := geom.Pt(content.X+content.W/2, content.Y-titleGap-h/2)
		head = append(head, textItem(env.Text, ts, c))
	}
	all := append(head, items...)
	b := bounds(all)
	translate(all, geom.Pt(margin-b.X, margin-b.Y))
	return &scene.Scene{
		Title: d.Title, Desc: d.Description,
		Width: b.W + 2*margin, Height: b.H + 2*margin,
		Items: all,
	}
}
