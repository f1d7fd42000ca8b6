package layout

import (
	"strings"

	"github.com/sketchdeck/sketchdeck/internal/geom"
	"github.com/sketchdeck/sketchdeck/internal/scene"
)

// textSpec is a text block to place: its lines, size, colour and alignment.
type textSpec struct {
	ID    string
	Text  string
	Size  float64
	Color string
	Align scene.Align
}

// lines splits a label into its lines; "\n" in TOML strings separates them.
func lines(s string) []string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.Split(s, "\n")
}

// measure returns the block's width and height.
func measure(m Measurer, s string, size float64) (w, h float64) {
	n := 0
	for l := range strings.SplitSeq(strings.ReplaceAll(s, "\r\n", "\n"), "\n") { // lines(s), not kept
		w = max(w, m.Width(l, size))
		n++
	}
	return w, float64(n) * m.LineHeight(size)
}

// textItem places a text block with its box's centre at c.
func textItem(m Measurer, t textSpec, c geom.Point) scene.Item {
	w, h := measure(m, t.Text, t.Size)
	box := geom.RectCenter(c, w, h)
	return textInBox(m, t, box)
}

// textInBox places a text block in box (the box is taken as is: the block
// is centred vertically in it and aligned horizontally).
func textInBox(m Measurer, t textSpec, box geom.Rect) scene.Item {
	ls := lines(t.Text)
	lh := m.LineHeight(t.Size)
	asc, desc := m.Ascent(t.Size), m.Descent(t.Size)
	blockH := float64(len(ls)) * lh
	top := box.Y + (box.H-blockH)/2
	// Centre each line's ink (ascent+descent) within its line box.
	first := top + (lh-(asc+desc))/2 + asc
	out := make([]scene.Line, len(ls))
	for i, l := range ls {
		w := m.Width(l, t.Size)
		x := box.X
		switch t.Align {
		case scene.Center, "":
			x = box.X + box.W/2
		case scene.Right:
			x = box.X + box.W
		}
		out[i] = scene.Line{Text: l, X: x, Y: first + float64(i)*lh, Width: w}
	}
	align := t.Align
	if align == "" {
		align = scene.Center
	}
	return scene.Item{
		ID: t.ID, Kind: scene.Label, Box: box,
		Text: &scene.Text{Lines: out, Size: t.Size, Color: t.Color, Align: align},
	}
}
