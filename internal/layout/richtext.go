package layout

import (
	"strconv"

	"github.com/sketchdeck/sketchdeck/internal/geom"
	"github.com/sketchdeck/sketchdeck/internal/scene"
	"github.com/sketchdeck/sketchdeck/internal/spec"
	"github.com/sketchdeck/sketchdeck/internal/text"
)

// richText is a label: a plain text, or lines of their own colours,
// struck out or bold (spec.Line), stacked in written order. Every kind
// that writes a label measures and draws it here.
type richText struct {
	plain string
	lines []spec.Line
	size  float64
	// path is the key path of the lines ("nodes[2].lines"), for errors;
	// without one, they are reported at pos.
	path string
	pos  spec.Pos
}

// lineAt is where line i's colour is reported.
func (t richText) lineAt(i int) any {
	if t.path == "" {
		return t.pos
	}
	return t.path + "[" + strconv.Itoa(i) + "].color"
}

// empty reports whether the label has nothing to draw.
func (t richText) empty() bool { return t.plain == "" && !spec.HasText(t.lines) }

// measure is the block's width and height: the widest line (a bold one
// with its heavier pen) and the lines' heights added up.
func (t richText) measure(m Measurer) (w, h float64) {
	if len(t.lines) == 0 {
		return measure(m, t.plain, t.size)
	}
	for _, l := range t.lines {
		lw, lh := measure(in(m, l.Font), l.Text, t.size)
		if l.Bold {
			lw += scene.BoldWidth(t.size)
		}
		w, h = max(w, lw), h+lh
	}
	return w, h
}

// items draws the label in box (centred vertically in it, aligned
// horizontally), in color unless a line has its own. A plain label is one
// item with the id as given; lines are items id:0, id:1… with their
// strike-through strokes.
func (t richText) items(r resolver, id, color string, align scene.Align, box geom.Rect) []scene.Item {
	if len(t.lines) == 0 {
		ts := textSpec{ID: id, Text: t.plain, Size: t.size, Color: color, Align: align}
		return []scene.Item{textInBox(r.env.Text, ts, box)}
	}
	_, h := t.measure(r.env.Text)
	y := box.Y + (box.H-h)/2
	var out []scene.Item
	for i, l := range t.lines {
		lm := in(r.env.Text, l.Font)
		_, lh := measure(lm, l.Text, t.size)
		lc := color
		if l.Color != "" {
			lc = r.color(l.Color, "", t.lineAt(i))
		}
		ts := textSpec{ID: id + ":" + strconv.Itoa(i), Text: l.Text, Size: t.size, Color: lc, Align: align}
		it := textInBox(lm, ts, geom.Rect{X: box.X, Y: y, W: box.W, H: lh})
		it.Text.Bold = l.Bold
		it.Text.Font = string(l.Font)
		out = append(out, it)
		if l.Strike {
			out = append(out, strike(r, it)...)
		}
		y += lh
	}
	return out
}

// in is m set in font: a line's own family ("" keeps the theme's, m's).
// Only the shipped fonts measure in several families; any other Measurer
// (a test's) measures every family alike.
func in(m Measurer, font spec.Font) Measurer {
	if fs, ok := m.(*text.Fonts); ok {
		return fs.Named(string(font))
	}
	return m
}
