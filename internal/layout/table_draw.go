package layout

import (
	"strconv"
	"strings"

	"github.com/sketchdeck/sketchdeck/internal/geom"
	"github.com/sketchdeck/sketchdeck/internal/scene"
	"github.com/sketchdeck/sketchdeck/internal/spec"
)

// dividers draws each column's divider along the middle of the gap on its
// left, the whole height of the table.
func (tl *tableLayout) dividers() []scene.Item {
	var out []scene.Item
	for c, col := range tl.t.Columns {
		if col.Divider == "" || c == 0 {
			continue
		}
		x := (tl.colX[c-1] + tl.colW[c-1] + tl.colX[c]) / 2
		st := tl.r.base()
		st.Dash = scene.Dash(col.Divider)
		out = append(out, scene.Item{
			ID: "table:divider:" + tl.colID(c), Kind: scene.Polyline,
			Points: []geom.Point{geom.Pt(x, 0), geom.Pt(x, tl.bottom())}, Style: st,
		})
	}
	return out
}

// headers draws each column's header text (aligned as the column's cells)
// or icon (centred over it), sitting on the bottom of the header band.
func (tl *tableLayout) headers() []scene.Item {
	var out []scene.Item
	text := tl.r.color(tl.t.HeaderColor, tl.r.env.Theme.TextColor, "table.header_color")
	for c, col := range tl.t.Columns {
		id := "table:header:" + tl.colID(c)
		cx := tl.colX[c] + tl.colW[c]/2
		switch {
		case col.Header != "":
			// A header text lines up with its column's cells.
			_, h := measure(tl.r.env.Text, col.Header, tl.size)
			ts := textSpec{ID: id, Text: col.Header, Size: tl.size, Color: text, Align: scene.Align(firstAlign(col.Align))}
			box := geom.Rect{X: tl.colX[c], Y: tl.headH - h, W: tl.colW[c], H: h}
			out = append(out, textInBox(tl.r.env.Text, ts, box))
		case col.HeaderIcon != "":
			s := tl.iconSize(col)
			box := geom.RectCenter(geom.Pt(cx, tl.headH-s/2), max(s*1.6, tl.colW[c]), s)
			out = append(out, tl.icon(col.HeaderIcon, "table.columns["+strconv.Itoa(c)+"].header_icon", id, box)...)
		case col.HeaderImage != "":
			s := tl.iconSize(col)
			box := geom.RectCenter(geom.Pt(cx, tl.headH-s/2), max(s*1.6, tl.colW[c]), s)
			if img := tl.r.image(col.HeaderImage, "table.columns["+strconv.Itoa(c)+"].header_image"); img != nil {
				out = append(out, imageItem(id, img, box))
			}
		}
	}
	return out
}

// icon places a part from the parts library, reporting a missing library
// or part at the key path at.
func (tl *tableLayout) icon(name, at, id string, box geom.Rect) []scene.Item {
	parts := tl.r.env.Parts
	if parts == nil {
		tl.r.errorAt(at, "header_icon %q: no parts library is available to draw it", name)
		return nil
	}
	if err := parts.Check(name); err != nil {
		tl.r.errorAt(at, "header_icon: %v", err)
		return nil
	}
	items, err := parts.Place(name, id, box, PartOptions{Budget: tl.r.env.Budget})
	if err != nil {
		tl.r.errorAt(at, "header_icon %q: %v", name, err)
	}
	return items
}

// row draws one row: its arrows and its cells.
func (tl *tableLayout) row(ri int) []scene.Item {
	row := &tl.t.Rows[ri]
	var out []scene.Item
	cy := tl.rowY[ri] + tl.rowH[ri]/2
	rowColor := tl.r.color(row.Color, "", "table.rows["+strconv.Itoa(ri)+"].color")
	for c, col := range tl.t.Columns {
		id := "table:" + tl.rowID(ri) + ":" + tl.colID(c)
		if col.Kind == spec.ColumnArrow {
			if row.Arrow == nil || *row.Arrow {
				out = append(out, tl.arrow(tl.colColor[c], id, tl.colX[c], tl.colX[c]+tl.colW[c], cy))
			}
			continue
		}
		b := tl.cells[ri][c]
		if b == nil {
			continue
		}
		box := geom.Rect{X: tl.colX[c], Y: tl.rowY[ri], W: tl.colW[c], H: tl.rowH[ri]}
		color := tl.colColor[c]
		switch {
		case b.cell.Color != "":
			color = tl.r.color(b.cell.Color, "", b.path+".color")
		case row.Color != "":
			color = rowColor
		}
		align := firstAlign(b.cell.Align, col.Align)
		out = append(out, tl.cell(b, id, box, color, align)...)
	}
	return out
}

// arrow is a row's arrow across an arrow column.
func (tl *tableLayout) arrow(color, id string, x0, x1, y float64) scene.Item {
	st := tl.r.base()
	st.Stroke = color
	return scene.Item{ID: id, Kind: scene.Polyline, Points: []geom.Point{geom.Pt(x0, y), geom.Pt(x1, y)}, Style: st, Heads: scene.Heads{End: true}}
}

// cell draws a cell's mark or its stacked texts, centred vertically in box.
func (tl *tableLayout) cell(b *cellBlock, id string, box geom.Rect, color string, align spec.Align) []scene.Item {
	var out []scene.Item
	y := box.Y + (box.H-b.h)/2
	if b.cell.Icon != "" {
		ib := geom.Rect{X: alignX(box, cellIconSize, align), Y: y, W: cellIconSize, H: cellIconSize}
		out = append(out, tl.cellIcon(b, id+":icon", ib, color)...)
		y += cellIconSize + cellIconGap
	}
	if b.cell.Image != "" {
		w, h := tl.cellImageSize(b.cell.Image)
		if img := tl.r.image(b.cell.Image, b.path+".image"); img != nil {
			out = append(out, imageItem(id+":image", img, geom.Rect{X: alignX(box, w, align), Y: y, W: w, H: h}))
		}
		y += h + cellIconGap
	}
	if b.cell.Mark != "" {
		m := geom.Rect{X: alignX(box, markW, align), Y: y, W: markW, H: markH}
		out = append(out, cellMark(tl.r, b.cell.Mark, id+":mark", m, color)...)
		y += markH + markTextGap
	}
	if len(b.texts) > 0 {
		rt := tl.rich(b)
		_, h := rt.measure(tl.r.env.Text)
		out = append(out, rt.items(tl.r, id, color, scene.Align(align), geom.Rect{X: box.X, Y: y, W: box.W, H: h})...)
	}
	return out
}

// alignX is the left edge of something w wide aligned in box.
func alignX(box geom.Rect, w float64, a spec.Align) float64 {
	switch a {
	case spec.AlignLeft:
		return box.X
	case spec.AlignRight:
		return box.X + box.W - w
	}
	return box.X + (box.W-w)/2
}

// cellMark draws a ✕ (two crossing strokes, as the deck draws a "no") or a ✓.
func cellMark(r resolver, m spec.Mark, id string, box geom.Rect, color string) []scene.Item {
	st := r.base()
	st.Stroke, st.StrokeWidth = color, 2
	line := func(n int, pts ...geom.Point) scene.Item {
		return scene.Item{ID: id + ":" + strconv.Itoa(n), Kind: scene.Polyline, Points: pts, Style: st}
	}
	x0, y0, x1, y1 := box.X, box.Y, box.X+box.W, box.Y+box.H
	if m == spec.MarkCheck {
		return []scene.Item{line(1, geom.Pt(x0, y0+box.H*0.55), geom.Pt(x0+box.W*0.35, y1), geom.Pt(x1, y0))}
	}
	return []scene.Item{line(1, geom.Pt(x0, y0), geom.Pt(x1, y1)), line(2, geom.Pt(x1, y0), geom.Pt(x0, y1))}
}

func firstAlign(as ...spec.Align) spec.Align {
	for _, a := range as {
		if a != "" {
			return a
		}
	}
	return spec.AlignCenter
}

// wrapper is implemented by a Measurer that can also wrap text (the
// shipped fonts do); wrapText falls back to a plain greedy wrap.
type wrapper interface {
	Wrap(s string, size, maxWidth float64) []string
	// WrapCount is len(Wrap(s, size, maxWidth)).
	WrapCount(s string, size, maxWidth float64) int
}

// wrapCount is how many lines wrapText(m, s, size, width) has, for the
// layouts that try many widths: the shipped fonts count them without
// making them.
func wrapCount(m Measurer, s string, size, width float64) int {
	if w, ok := m.(wrapper); ok {
		return w.WrapCount(s, size, width)
	}
	return strings.Count(wrapWords(m, s, size, width), "\n") + 1
}

// wrapText breaks s into lines no wider than width, keeping its own line
// breaks.
func wrapText(m Measurer, s string, size, width float64) string {
	if w, ok := m.(wrapper); ok {
		return strings.Join(w.Wrap(s, size, width), "\n")
	}
	return wrapWords(m, s, size, width)
}

// wrapWords breaks s into lines no wider than width at its spaces, keeping
// its own line breaks; a word wider than width has a line of its own.
func wrapWords(m Measurer, s string, size, width float64) string {
	var out []string
	for _, para := range lines(s) {
		line := ""
		for _, word := range strings.Fields(para) {
			if line != "" && m.Width(line+" "+word, size) > width {
				out = append(out, line)
				line = word
				continue
			}
			line = strings.TrimSpace(line + " " + word)
		}
		out = append(out, line)
	}
	return strings.Join(out, "\n")
}

// strike crosses out each line of a text item with a pen stroke in its
// colour, through the middle of its lower-case letters.
func strike(r resolver, it scene.Item) []scene.Item {
	t := it.Text
	st := r.base()
	st.Stroke, st.StrokeWidth = t.Color, max(1.5, t.Size/18)
	var out []scene.Item
	for k, l := range t.Lines {
		if strings.TrimSpace(l.Text) == "" {
			continue
		}
		x0 := l.Start(t.Align)
		y := l.Y - t.Size*0.27
		out = append(out, scene.Item{
			ID: it.ID + ":strike:" + strconv.Itoa(k), Kind: scene.Polyline,
			Points: []geom.Point{geom.Pt(x0-2, y), geom.Pt(x0+l.Width+2, y)}, Style: st,
		})
	}
	return out
}
