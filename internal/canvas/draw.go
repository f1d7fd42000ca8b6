package canvas

import (
	"github.com/sketchdeck/sketchdeck/internal/scene"
	"github.com/sketchdeck/sketchdeck/internal/sketch"
	"github.com/sketchdeck/sketchdeck/internal/text"
)

// DrawWith draws a sketched scene on c, item by item in painting order:
// drawing(i) is the sketch of sc.Items[i] (text items have none), asked
// when the item is drawn, so that the sketches of a large scene may still
// be under way on other cores while the first are drawn; effects[i] is
// its Effect (nil draws the plain picture); fonts shape the text (nil:
// lines come without glyphs).
func DrawWith(c Canvas, sc *scene.Scene, drawing func(i int) sketch.Drawing, fonts *text.Fonts, effects []Effect) {
	for i, it := range sc.Items {
		var e Effect
		if effects != nil {
			e = effects[i]
		}
		e.Transparency = it.Transparency
		if it.Kind == scene.Picture {
			if it.Image != nil {
				c.Image(Image{Box: it.Box, Src: it.Image.Src, Rotate: it.Rotate, MIME: it.Image.MIME, Data: it.Image.Data, Effect: e})
			}
			continue
		}
		if it.Kind == scene.Label {
			if it.Text != nil && len(it.Text.Lines) > 0 {
				t := textOf(it, fonts)
				t.Effect = e
				c.Text(t)
			}
			continue
		}
		if d := drawing(i); len(d.Paths) > 0 {
			ps := pathsOf(it.Style, d)
			for k := range ps {
				ps[k].Effect = e
			}
			c.Paths(ps)
		}
	}
}

// pathsOf pairs each path of a drawing with its paint.
func pathsOf(st scene.Style, d sketch.Drawing) []Path {
	ps := make([]Path, len(d.Paths))
	for i, p := range d.Paths {
		ps[i] = Path{Ops: p.Ops, Paint: paintOf(st, p)}
	}
	return ps
}

// paintOf is how a path of an item with style st is painted, from its role.
func paintOf(st scene.Style, p sketch.Path) Paint {
	switch p.Role {
	case sketch.FillArea:
		return Paint{Area: true, Color: st.Fill}
	case sketch.InkArea:
		return Paint{Area: true, Color: st.Stroke}
	case sketch.FillLines:
		return Paint{Color: st.Fill, Width: p.Width}
	case sketch.Head: // never dashed, so that a dashed arrow ends in a clear head
		return Paint{Color: st.Stroke, Width: p.Width}
	}
	return Paint{Color: st.Stroke, Width: p.Width, Dash: dash(st.Dash, p.Width)}
}

// dash is Excalidraw's dash pattern for a stroke width.
func dash(d scene.Dash, width float64) [2]float64 {
	switch d {
	case scene.Dashed:
		return [2]float64{8, 8 + width}
	case scene.Dotted:
		return [2]float64{1.5, 6 + width}
	}
	return [2]float64{}
}

// textOf is a text item's block, its lines shaped with fonts set in the
// item's family (the theme's, fonts' own, unless the item names one).
func textOf(it scene.Item, fonts *text.Fonts) Text {
	t := it.Text
	var family text.Family
	if fonts != nil {
		fonts = fonts.Named(t.Font) // layout writes only names it parsed
		family = fonts.Family()
	}
	lines := make([]Line, len(t.Lines))
	for i, l := range t.Lines {
		lines[i] = Line{Line: l}
		if fonts != nil {
			lines[i].Glyphs = fonts.Glyphs(l.Text)
		}
	}
	return Text{Lines: lines, Font: family, Size: t.Size, Color: t.Color, Weight: t.Weight, Bold: t.Bold, Align: t.Align, Rotate: it.Rotate, Center: it.Box.Center()}
}
