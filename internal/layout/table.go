package layout

import (
	"context"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/sketchdeck/sketchdeck/internal/scene"
	"github.com/sketchdeck/sketchdeck/internal/spec"
)

// Table defaults, px, taken from the deck's mapping slides.
const (
	tableColumnGap   = 16   // between two columns; doubled where a divider runs
	tableRowGap      = 8    // between two rows
	tableHeaderGap   = 18   // between the header and the first row
	tableRowClear    = 0.4  // least blank between two rows, em
	tableRuleClear   = 0.9  // least blank between two rows a rule runs between, em
	tableColumnClear = 0.75 // least blank between two text columns, em
	tableHeaderSize  = 90   // height of a header icon
	tableArrowWidth  = 200  // an arrow column's width when none is given
	markW, markH     = 70, 60
	// markTextGap keeps a cell's texts clear of the mark above them: the
	// pen's strokes reach a few px past the mark's box.
	markTextGap = 10
)

// Table lays out the table kind: columns sized to their widest cell (or
// fixed, with wrapped text), rows as tall as their tallest cell, arrows
// across arrow columns, icons or texts as headers, dividers between columns.
type Table struct{}

// Layout implements Engine.
func (Table) Layout(ctx context.Context, d *spec.Diagram, env Env) (*scene.Scene, error) {
	env = env.bounded()
	var errs spec.ErrorList
	r := resolver{env: env, d: d, file: d.File, errs: &errs}
	tl := newTableLayout(d, r)
	items := tl.items()
	if err := errs.Err(); err != nil {
		return nil, err
	}
	return frame(d, env, items, d.Table.Margin), nil
}

// tableLayout holds a table's measured cells and its column and row bands.
type tableLayout struct {
	d     *spec.Diagram
	t     *spec.Table
	r     resolver
	size  float64
	cells [][]*cellBlock // [row][column]; nil for an arrow column or no cell
	colX  []float64
	colW  []float64
	// colColor is each column's resolved colour: its text's when the row
	// has none, its arrows' for an arrow column.
	colColor []string
	rowY     []float64
	rowH     []float64
	headH    float64
	// origW are the original's column widths when this is a translation
	// (nil otherwise); widen how much wider than them a column may grow
	// before its words wrap (0: no limit).
	origW []float64
	widen float64
}

// cellBlock is a cell's content, measured: its stacked texts (each already
// wrapped into lines) or its mark.
type cellBlock struct {
	cell  *spec.Cell
	path  string      // the cell's key path, for errors
	texts []spec.Line // each may hold "\n"; wrapped to a fixed width
	w, h  float64
}

// newTableLayout measures and places a table. A translation (Env.Original
// set) is fitted to the original's size: see fitTranslation.
func newTableLayout(d *spec.Diagram, r resolver) *tableLayout {
	if r.env.Original != nil {
		return fitTranslation(d, r)
	}
	return tableLayoutAt(d, r, nil, 0)
}

// Widening factors a translation's columns try over the original's, in
// order; 0 stands for no limit.
var widenings = []float64{1.1, 1.2, 1.3, 1.4, 1.5, 0}

// fitTranslation lays a translated table out so that it draws as large as
// it can beside the original: its columns may grow by a tenth, then
// more, their words wrapping beyond (rows grow instead of the canvas);
// it takes the first widening whose larger ratio to the original's
// width or height is least, which a slide scales the picture by.
func fitTranslation(d *spec.Diagram, r resolver) *tableLayout {
	quiet := r
	quiet.errs = &spec.ErrorList{} // the chosen layout is measured again, reporting
	quiet.env.Original = nil
	orig := tableLayoutAt(r.env.Original, quiet, nil, 0)
	if len(orig.t.Columns) != len(d.Table.Columns) || len(orig.t.Rows) != len(d.Table.Rows) {
		return tableLayoutAt(d, r, nil, 0)
	}
	ow, oh := orig.extent()
	best, score := 0.0, math.Inf(1)
	for _, f := range widenings {
		w, h := tableLayoutAt(d, quiet, orig.colW, f).extent()
		if s := max(w/max(ow, 1), h/max(oh, 1)); s < score-1e-9 {
			best, score = f, s
		}
	}
	return tableLayoutAt(d, r, orig.colW, best)
}

// extent is the table's width and height.
func (tl *tableLayout) extent() (w, h float64) {
	if n := len(tl.colW); n > 0 {
		w = tl.colX[n-1] + tl.colW[n-1]
	}
	h = tl.headH
	if n := len(tl.rowY); n > 0 {
		h = tl.rowY[n-1] + tl.rowH[n-1]
	}
	return w, h
}

// tableLayoutAt measures and places a table; when origW is set (the
// original's column widths, for a translation) and widen is not 0, a
// column wider than widen times its original wraps its words there.
func tableLayoutAt(d *spec.Diagram, r resolver, origW []float64, widen float64) *tableLayout {
	t := &d.Table
	tl := &tableLayout{d: d, t: t, r: r, size: t.FontSize, origW: origW, widen: widen}
	if tl.size == 0 {
		tl.size = r.env.Theme.FontSize
	}
	tl.colColor = make([]string, len(t.Columns))
	for c, col := range t.Columns {
		def := r.env.Theme.TextColor
		if col.Kind == spec.ColumnArrow {
			def = r.env.Theme.Stroke
		}
		tl.colColor[c] = r.color(col.Color, def, "table.columns["+strconv.Itoa(c)+"].color")
	}
	tl.measureColumns()
	tl.placeColumns()
	tl.placeRows()
	return tl
}

// colID and rowID name a column and a row in item ids: their own id, or
// their position when they have none.
func (tl *tableLayout) colID(c int) string {
	if id := tl.t.Columns[c].ID; id != "" {
		return id
	}
	return "c" + strconv.Itoa(c+1)
}

func (tl *tableLayout) rowID(r int) string {
	if id := tl.t.Rows[r].ID; id != "" {
		return id
	}
	return "r" + strconv.Itoa(r+1)
}

// measureColumns fills the cells and each column's width: the given width,
// or the widest cell or header.
func (tl *tableLayout) measureColumns() {
	cols := tl.t.Columns
	tl.colW = make([]float64, len(cols))
	tl.cells = make([][]*cellBlock, len(tl.t.Rows))
	for c, col := range cols {
		switch {
		case col.Width > 0:
			tl.colW[c] = col.Width
		case col.Kind == spec.ColumnArrow:
			tl.colW[c] = tableArrowWidth
		}
		if col.Width == 0 && col.Header != "" {
			w, _ := measure(tl.r.env.Text, col.Header, tl.size)
			tl.colW[c] = max(tl.colW[c], w)
		}
	}
	for ri := range tl.t.Rows {
		row := &tl.t.Rows[ri]
		tl.cells[ri] = make([]*cellBlock, len(cols))
		k := 0
		for c, col := range cols {
			if col.Kind == spec.ColumnArrow {
				continue
			}
			if k < len(row.Cells) {
				b := tl.block(&row.Cells[k], col.Width)
				b.path = "table.rows[" + strconv.Itoa(ri) + "].cells[" + strconv.Itoa(k) + "]"
				tl.cells[ri][c] = b
				if col.Width == 0 {
					tl.colW[c] = max(tl.colW[c], b.w)
				}
			}
			k++
		}
	}
	tl.keepWidths()
}

// cellWrap is the widest a fitted column's cell text may be before its
// words wrap, in ems of the table's font size: an original and its
// translation wrap alike, instead of only the translation (kept near the
// original's widths) wrapping a long cell while the original drew it on
// one line as wide as the text.
const cellWrap = 16

// keepWidths keeps fitted columns within cellWrap ems, and a
// translation's within widen times the original's widths when that is
// less: a column that would grow wider wraps its cells' words there, and
// grows past it only as much as its widest word (or its header) needs: a
// word is never broken.
func (tl *tableLayout) keepWidths() {
	for c, col := range tl.t.Columns {
		limit := cellWrap * tl.size
		if tl.widen > 0 && c < len(tl.origW) {
			limit = min(limit, tl.origW[c]*tl.widen)
		}
		if col.Width > 0 || col.Kind == spec.ColumnArrow || tl.colW[c] <= limit {
			continue
		}
		if col.Header != "" {
			w, _ := measure(tl.r.env.Text, col.Header, tl.size)
			limit = max(limit, w)
		}
		for ri := range tl.cells {
			if b := tl.cells[ri][c]; b != nil {
				limit = max(limit, tl.widestWord(b))
			}
		}
		w := 0.0
		for ri := range tl.cells {
			if b := tl.cells[ri][c]; b != nil {
				nb := tl.block(b.cell, tl.balanced(b, limit))
				nb.path = b.path
				tl.cells[ri][c] = nb
				w = max(w, nb.w)
			}
		}
		tl.colW[c] = w
	}
}

// balanced is the narrowest width, at most limit, at which a cell's texts
// wrap into as few lines as at limit: its lines come out even, not one
// long line and a short one.
func (tl *tableLayout) balanced(b *cellBlock, limit float64) float64 {
	count := func(w float64) int {
		n := 0
		for _, l := range b.texts {
			n += wrapCount(in(tl.r.env.Text, l.Font), l.Text, tl.size, w)
		}
		return n
	}
	want := count(limit)
	lo, hi := tl.widestWord(b), limit
	if lo >= hi {
		return limit
	}
	return narrowest(lo, hi, 12, func(w float64) bool { return count(w) <= want })
}

// widestWord is the width of the widest word in a cell's texts.
func (tl *tableLayout) widestWord(b *cellBlock) float64 {
	w := 0.0
	for _, l := range b.texts {
		for _, word := range strings.Fields(l.Text) {
			w = max(w, in(tl.r.env.Text, l.Font).Width(word, tl.size))
		}
	}
	return w
}

// block measures one cell; in a fixed width its texts wrap to it.
func (tl *tableLayout) block(cell *spec.Cell, width float64) *cellBlock {
	b := &cellBlock{cell: cell, texts: slices.Clone(cell.Texts)}
	if cell.Text != "" {
		b.texts = []spec.Line{{Text: cell.Text}}
	}
	if cell.Mark != "" {
		b.w, b.h = markW, markH
	}
	if cell.Icon != "" {
		b.w, b.h = max(b.w, cellIconSize), b.h+cellIconSize+cellIconGap
	}
	if cell.Image != "" {
		w, h := tl.cellImageSize(cell.Image)
		b.w, b.h = max(b.w, w), b.h+h+cellIconGap
	}
	if width > 0 {
		for i := range b.texts {
			b.texts[i].Text = wrapText(in(tl.r.env.Text, b.texts[i].Font), b.texts[i].Text, tl.size, width)
		}
	}
	if len(b.texts) > 0 {
		w, h := tl.rich(b).measure(tl.r.env.Text)
		b.w, b.h = max(b.w, w), b.h+h
		if cell.Mark != "" {
			b.h += markTextGap
		}
	}
	return b
}

// rich is a cell's texts as a label.
func (tl *tableLayout) rich(b *cellBlock) richText {
	return richText{lines: b.texts, size: tl.size, path: b.path + ".texts"}
}

// placeColumns sets each column's left edge.
func (tl *tableLayout) placeColumns() {
	gap := tableColumnGap * 1.0
	if tl.t.ColumnGap != nil {
		gap = *tl.t.ColumnGap
	}
	// Two text columns with nothing between them read as one sentence
	// ("exactly once with transactions at most once") when they are
	// only the default gap apart: they keep at least 0.75 em.
	clear := gap
	if tl.t.ColumnGap == nil {
		clear = max(gap, tableColumnClear*tl.size)
	}
	tl.colX = make([]float64, len(tl.colW))
	x := 0.0
	cols := tl.t.Columns
	for c := range tl.colW {
		if c > 0 {
			switch {
			case cols[c].Divider != "":
				x += 2 * gap
			case cols[c-1].Kind != spec.ColumnArrow && cols[c].Kind != spec.ColumnArrow:
				x += clear
			default:
				x += gap
			}
		}
		tl.colX[c] = x
		x += tl.colW[c]
	}
}

// placeRows sets the header's height and each row's top and height.
func (tl *tableLayout) placeRows() {
	gap := tableRowGap * 1.0
	if tl.t.RowGap != nil {
		gap = *tl.t.RowGap
	}
	// Two rows whose cells fill them must not read as one paragraph: the
	// blank between them is at least 0.4 em beyond a line's.
	gap = max(gap, tableRowClear*tl.size)
	for _, col := range tl.t.Columns {
		switch {
		case col.HeaderIcon != "" || col.HeaderImage != "":
			tl.headH = max(tl.headH, tl.iconSize(col))
		case col.Header != "":
			_, h := measure(tl.r.env.Text, col.Header, tl.size)
			tl.headH = max(tl.headH, h)
		}
	}
	// A rule runs down the middle of the blank under its row: that blank
	// is wide enough for the rule to stay clear of both rows' ink.
	ruled := map[int]bool{}
	for _, n := range tl.t.Rules.Under(len(tl.t.Rows), tl.headH > 0) {
		ruled[n] = true
	}
	gapUnder := func(n int, g float64) float64 {
		if ruled[n] {
			return max(g, tableRuleClear*tl.size)
		}
		return g
	}
	y := 0.0
	if tl.headH > 0 {
		y = tl.headH + gapUnder(0, tableHeaderGap)
	}
	lh := tl.r.env.Text.LineHeight(tl.size)
	tl.rowY = make([]float64, len(tl.t.Rows))
	tl.rowH = make([]float64, len(tl.t.Rows))
	even := 0.0 // even rows are all as tall as the tallest cell
	if tl.t.EvenRows {
		for ri := range tl.t.Rows {
			even = max(even, tl.cellsHeight(ri))
		}
	}
	for ri := range tl.t.Rows {
		h := max(lh, tl.t.RowHeight, even, tl.cellsHeight(ri))
		tl.rowY[ri], tl.rowH[ri] = y, h
		y += h + gapUnder(ri+1, gap)
	}
}

// cellsHeight is the height of row ri's tallest cell.
func (tl *tableLayout) cellsHeight(ri int) float64 {
	h := 0.0
	for _, b := range tl.cells[ri] {
		if b != nil {
			h = max(h, b.h)
		}
	}
	return h
}

func (tl *tableLayout) iconSize(col spec.Column) float64 {
	switch {
	case col.HeaderSize > 0:
		return col.HeaderSize
	case tl.t.HeaderSize > 0:
		return tl.t.HeaderSize
	}
	return tableHeaderSize
}

// bottom is the y of the last row's bottom edge.
func (tl *tableLayout) bottom() float64 {
	n := len(tl.rowY)
	if n == 0 {
		return tl.headH
	}
	return tl.rowY[n-1] + tl.rowH[n-1]
}

// items emits the table in draw order: header band, fills, frame and
// rules, dividers, headers, then each row.
func (tl *tableLayout) items() []scene.Item {
	out := tl.backdrop()
	out = append(out, tl.dividers()...)
	out = append(out, tl.headers()...)
	for ri := range tl.t.Rows {
		out = append(out, stamp(tl.row(ri), int(tl.t.Rows[ri].Step))...)
	}
	return out
}
