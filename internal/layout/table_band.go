package layout

import (
	"strconv"

	"github.com/sketchdeck/sketchdeck/internal/geom"
	"github.com/sketchdeck/sketchdeck/internal/scene"
	"github.com/sketchdeck/sketchdeck/internal/spec"
)

// tablePad is how far a table's frame, header band, rules and the fills of
// its outer cells reach past its texts, px.
const tablePad = 12

// outer is the table's area with its padding: what a frame encloses.
func (tl *tableLayout) outer() geom.Rect {
	w := 0.0
	if n := len(tl.colX); n > 0 {
		w = tl.colX[n-1] + tl.colW[n-1]
	}
	return geom.Rect{X: -tablePad, Y: -tablePad, W: w + 2*tablePad, H: tl.bottom() + 2*tablePad}
}

// headBottom is the y between the header and the first row.
func (tl *tableLayout) headBottom() float64 {
	if len(tl.rowY) > 0 && tl.headH > 0 {
		return (tl.headH + tl.rowY[0]) / 2
	}
	return tl.headH
}

// ruleY is the y of the rule under row n (1 is the first; 0 the header):
// the middle of the gap below it, or past the last row's bottom.
func (tl *tableLayout) ruleY(n int) float64 {
	switch {
	case n == 0:
		return tl.headBottom()
	case n < len(tl.rowY):
		return (tl.rowY[n-1] + tl.rowH[n-1] + tl.rowY[n]) / 2
	}
	return tl.bottom() + tablePad
}

// cellArea is the area a cell's fill covers: out to the middle of the gaps
// around it, and to the padding at the table's edges.
func (tl *tableLayout) cellArea(ri, c int) geom.Rect {
	o := tl.outer()
	x0, x1 := o.X, o.X+o.W
	if c > 0 {
		x0 = (tl.colX[c-1] + tl.colW[c-1] + tl.colX[c]) / 2
	}
	if c+1 < len(tl.colX) {
		x1 = (tl.colX[c] + tl.colW[c] + tl.colX[c+1]) / 2
	}
	y0 := o.Y
	if ri > 0 {
		y0 = tl.ruleY(ri)
	} else if tl.headH > 0 {
		y0 = tl.headBottom()
	}
	return geom.Rect{X: x0, Y: y0, W: x1 - x0, H: tl.ruleY(ri+1) - y0}
}

// backdrop draws what lies under the texts: the header band and the
// cells' fills, then the frame and the rules.
func (tl *tableLayout) backdrop() []scene.Item {
	t := tl.t
	var out []scene.Item
	o := tl.outer()
	if t.HeaderFill != "" {
		st := tl.fill(t.HeaderFill, t.HeaderFillStyle, "table.header_fill")
		band := geom.Rect{X: o.X, Y: o.Y, W: o.W, H: tl.headBottom() - o.Y}
		out = append(out, scene.Item{ID: "table:header:band", Kind: scene.Rect, Box: band, Style: st})
	}
	for ri := range t.Rows {
		for c := range t.Columns {
			b := tl.cells[ri][c]
			if b == nil || b.cell.Fill == "" {
				continue
			}
			st := tl.fill(b.cell.Fill, b.cell.FillStyle, b.path+".fill")
			id := "table:" + tl.rowID(ri) + ":" + tl.colID(c) + ":fill"
			out = append(out, scene.Item{ID: id, Kind: scene.Rect, Box: tl.cellArea(ri, c), Style: st})
		}
	}
	if t.Frame {
		st := tl.r.base()
		if t.FrameStyle != "" {
			st.Dash = scene.Dash(t.FrameStyle)
		}
		out = append(out, scene.Item{ID: "table:frame", Kind: scene.Rect, Box: o, Style: st})
	}
	return append(out, tl.rules()...)
}

// fill is the style of a painted area without an outline.
func (tl *tableLayout) fill(c spec.Color, fs spec.FillStyle, at string) scene.Style {
	st := tl.r.fillStyle(tl.r.color(c, "", at))
	st.Stroke = "none"
	if fs != "" {
		st.FillStyle = scene.FillStyle(fs)
	}
	return st
}

// rules draws the horizontal rules across the table's padded width.
func (tl *tableLayout) rules() []scene.Item {
	t := tl.t
	under := t.Rules.Under(len(t.Rows), tl.headH > 0)
	if len(under) == 0 {
		return nil
	}
	st := tl.r.base()
	st.Stroke = tl.r.color(t.RuleColor, tl.r.env.Theme.Stroke, "table.rule_color")
	if t.RuleStyle != "" {
		st.Dash = scene.Dash(t.RuleStyle)
	}
	o := tl.outer()
	var out []scene.Item
	for _, n := range under {
		y := tl.ruleY(n)
		out = append(out, scene.Item{
			ID: "table:rule:" + strconv.Itoa(n), Kind: scene.Polyline,
			Points: []geom.Point{geom.Pt(o.X, y), geom.Pt(o.X+o.W, y)}, Style: st,
		})
	}
	return out
}
