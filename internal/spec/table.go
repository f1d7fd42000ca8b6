package spec

import (
	"fmt"
	"maps"
	"slices"
	"strconv"
)

// Limits of the table kind.
const (
	MaxColumns = 50
	MaxRows    = 500
)

// Table is the format of the table kind: rows of cells across columns, as
// in the deck's mapping slides (a concept, an arrow, what it becomes).
type Table struct {
	Columns []Column `toml:"columns"`
	Rows    []Row    `toml:"rows"`
	// FontSize is every cell's text size; 0 is the theme's.
	FontSize float64 `toml:"font_size"`
	// ColumnGap is the blank between two columns, px (a divider sits in
	// its middle); RowGap the blank between two rows.
	ColumnGap *float64 `toml:"column_gap"`
	RowGap    *float64 `toml:"row_gap"`
	// RowHeight is the least height of a row, px: rows with one line of
	// text keep the rhythm of taller ones.
	RowHeight float64 `toml:"row_height"`
	// EvenRows makes every row as tall as the tallest cell of the table
	// (at least RowHeight), as on a slide where rows keep one rhythm.
	EvenRows bool `toml:"even_rows"`
	// HeaderSize is the height of the header icons, px; 0 is 90.
	HeaderSize float64 `toml:"header_size"`
	// Margin is the blank border around the drawing, px.
	Margin float64 `toml:"margin"`

	// Rules are horizontal lines across the table under chosen rows (or
	// between all of them), drawn RuleStyle in RuleColor (tablerules.go).
	Rules     Rules       `toml:"rules"`
	RuleStyle StrokeStyle `toml:"rule_style"`
	RuleColor Color       `toml:"rule_color"`
	// HeaderFill paints a band behind the header row, HeaderFillStyle
	// (solid by default); HeaderColor is the header texts' colour.
	HeaderFill      Color     `toml:"header_fill"`
	HeaderFillStyle FillStyle `toml:"header_fill_style"`
	HeaderColor     Color     `toml:"header_color"`
	// Frame draws a box around the whole table, FrameStyle.
	Frame      bool        `toml:"frame"`
	FrameStyle StrokeStyle `toml:"frame_style"`
}

// Column is one column of a table.
type Column struct {
	// ID names the column in item ids; "" uses its position.
	ID string `toml:"id"`
	// Kind "arrow" makes an arrow column: every row gets an arrow across
	// it, and rows give no cell for it.
	Kind ColumnKind `toml:"kind"`
	// Width is px; 0 fits the widest cell (text is never clipped: in a
	// fixed width it wraps).
	Width float64 `toml:"width"`
	// Align places each cell's lines; cells may override it.
	Align Align `toml:"align"`
	// Header is a text above the column; HeaderIcon a part from the parts
	// library ("smiley", "tools") drawn there instead.
	Header     string `toml:"header" i18n:"text"`
	HeaderIcon string `toml:"header_icon"`
	// HeaderImage is a picture file (image.go) drawn there instead, as
	// tall as a header icon.
	HeaderImage Image `toml:"header_image"`
	// HeaderSize overrides the table's header_size for this icon.
	HeaderSize float64 `toml:"header_size"`
	// Divider is a line along the column's left side, from the top of the
	// header to the bottom of the last row: "dashed", "solid" or "dotted".
	Divider StrokeStyle `toml:"divider"`
	// Color is the text colour of the column's cells when the row has none;
	// for an arrow column, the arrows' colour.
	Color Color `toml:"color"`
}

// Row is one row of a table.
type Row struct {
	// ID names the row in item ids; "" uses its position.
	ID string `toml:"id"`
	// Color is the colour of every text and mark of the row.
	Color Color `toml:"color"`
	// Cells fill the row's text columns in order (arrow columns take no
	// cell); a row may give fewer cells than there are columns.
	Cells []Cell `toml:"cells"`
	// Arrow false leaves the row's arrow columns empty.
	Arrow *bool `toml:"arrow"`
	// Step is the build step the row appears at (steps.go).
	Step Step `toml:"step"`
}

// Cell is one cell: a string, or a table with text, texts (stacked lines,
// each a string or a table { text, color, strike, bold }: see Line),
// mark, color and align. An empty string is an empty cell.
type Cell struct {
	Text  string `toml:"text" i18n:"text"`
	Texts []Line `toml:"texts" i18n:"text"`
	Mark  Mark   `toml:"mark"`
	Color Color  `toml:"color"`
	Align Align  `toml:"align"`
	// Fill paints the cell's background, out to the middle of the gaps
	// around it, FillStyle (solid by default).
	Fill      Color     `toml:"fill"`
	FillStyle FillStyle `toml:"fill_style"`
	// Icon draws a part, a tabler:NAME icon or a logo:NAME logo above the
	// cell's texts (and its mark), in the cell's colour.
	Icon string `toml:"icon"`
	// Image draws a picture file (image.go) there instead, 60 px high.
	Image Image `toml:"image"`

	// read keeps what the cell's own decoding found (unknown keys, values
	// of the wrong type), reported by validation at the cell.
	read valueReader
}

// UnmarshalTOML reads a cell written as a string or as an inline table.
func (c *Cell) UnmarshalTOML(v any) error {
	switch v := v.(type) {
	case string:
		c.Text = v
	case map[string]any:
		for _, k := range slices.Sorted(maps.Keys(v)) {
			c.field(k, v[k])
		}
	default:
		c.read.add("", "a cell is a string or a table such as { text = \"...\", mark = \"cross\" }, not "+typeName(v))
	}
	return nil
}

func (c *Cell) field(k string, x any) {
	switch k {
	case "text":
		c.Text = c.read.str(k, x)
	case "texts":
		c.Texts = c.read.lines(k, x)
	case "mark":
		c.Mark.UnmarshalText([]byte(c.read.str(k, x)))
	case "color":
		c.Color.UnmarshalText([]byte(c.read.str(k, x)))
	case "align":
		c.Align.UnmarshalText([]byte(c.read.str(k, x)))
	case "fill":
		c.Fill.UnmarshalText([]byte(c.read.str(k, x)))
	case "fill_style":
		c.FillStyle.UnmarshalText([]byte(c.read.str(k, x)))
	case "icon":
		c.Icon = c.read.str(k, x)
	case "lines":
		c.read.add("", "unknown key \"lines\" in a cell: a cell writes its lines as texts = [...]")
	case "image":
		c.Image = Image(c.read.str(k, x))
	default:
		c.read.add("", fmt.Sprintf("unknown key %q in a cell%s; valid keys are %s", k, didYouMean(k, cellKeys), joinKeys(cellKeys)))
	}
}

// cellKeys are the keys of a cell written as a table.
var cellKeys = []string{"align", "color", "fill", "fill_style", "icon", "image", "mark", "text", "texts"}

func typeName(v any) string {
	switch v.(type) {
	case nil:
		return "nothing"
	case string:
		return "a string"
	case map[string]any:
		return "a table"
	case int64:
		return "an integer"
	case float64:
		return "a number"
	case bool:
		return "a boolean"
	case []any:
		return "an array"
	}
	return "a date"
}

// ColumnKind is what a table column holds.
type ColumnKind string

// Column kinds.
const (
	ColumnText  ColumnKind = "text"
	ColumnArrow ColumnKind = "arrow"
)

// ColumnKinds is the enumeration of column kinds.
func ColumnKinds() Enum[ColumnKind] {
	return Enum[ColumnKind]{What: "column kind", Choices: []ColumnKind{ColumnText, ColumnArrow}}
}

// UnmarshalText implements encoding.TextUnmarshaler (see Enum.decode).
func (k *ColumnKind) UnmarshalText(b []byte) error { return ColumnKinds().decode(k, b) }

// Align is the horizontal alignment of text.
type Align string

// Alignments.
const (
	AlignLeft   Align = "left"
	AlignCenter Align = "center"
	AlignRight  Align = "right"
)

// Aligns is the enumeration of alignments.
func Aligns() Enum[Align] {
	return Enum[Align]{What: "alignment", Choices: []Align{AlignLeft, AlignCenter, AlignRight},
		Aliases: map[string]Align{"centre": AlignCenter, "middle": AlignCenter}}
}

// UnmarshalText implements encoding.TextUnmarshaler (see Enum.decode).
func (a *Align) UnmarshalText(b []byte) error { return Aligns().decode(a, b) }

// Mark is a drawn sign in a cell.
type Mark string

// Marks.
const (
	MarkCross Mark = "cross" // a red ✕: "does not apply"
	MarkCheck Mark = "check" // a ✓
)

// Marks is the enumeration of cell marks.
func Marks() Enum[Mark] {
	return Enum[Mark]{What: "mark", Choices: []Mark{MarkCross, MarkCheck},
		Aliases: map[string]Mark{"x": MarkCross, "✕": MarkCross, "✗": MarkCross, "tick": MarkCheck, "✓": MarkCheck}}
}

// UnmarshalText implements encoding.TextUnmarshaler (see Enum.decode).
func (m *Mark) UnmarshalText(b []byte) error { return Marks().decode(m, b) }

// TextColumns counts the columns that take a cell.
func (t *Table) TextColumns() int {
	n := 0
	for _, c := range t.Columns {
		if c.Kind != ColumnArrow {
			n++
		}
	}
	return n
}

// checkTable validates the table kind.
func (d *Diagram) checkTable(c checker) {
	t := &d.Table
	if len(t.Columns) == 0 {
		if c.reportedAt("table") || c.reportedAt("table.columns") {
			return
		}
		c.errorf("table", "the table has no columns: add [[table.columns]] tables")
		return
	}
	if len(t.Columns) > MaxColumns {
		c.errorf("table.columns", "the table has %d columns; the limit is %d", len(t.Columns), MaxColumns)
		t.Columns = t.Columns[:MaxColumns]
	}
	if len(t.Rows) > MaxRows {
		c.errorf("table.rows", "the table has %d rows; the limit is %d", len(t.Rows), MaxRows)
		t.Rows = t.Rows[:MaxRows]
	}
	c.size("table.font_size", t.FontSize)
	c.size("table.header_size", t.HeaderSize)
	c.size("table.row_height", t.RowHeight)
	c.size("table.margin", t.Margin)
	if t.ColumnGap != nil {
		c.size("table.column_gap", *t.ColumnGap)
	}
	if t.RowGap != nil {
		c.size("table.row_gap", *t.RowGap)
	}
	t.checkRules(c)
	if t.HeaderFillStyle != "" && t.HeaderFill == "" {
		c.errorf("table.header_fill_style", "header_fill_style styles the header band: give it a colour with header_fill = \"...\"")
	}
	if t.HeaderFill != "" && !t.HasHeader() {
		c.errorf("table.header_fill", "header_fill paints the band behind the column headers, and no column has a header or header_icon")
	}
	if t.FrameStyle != "" && !t.Frame {
		c.errorf("table.frame_style", "frame_style styles the frame: add frame = true")
	}
	ids := map[string]bool{}
	for i := range t.Columns {
		col := &t.Columns[i]
		p := "table.columns[" + strconv.Itoa(i) + "]"
		checkID(c, p, "column", col.ID, ids)
		c.size(p+".width", col.Width)
		c.size(p+".header_size", col.HeaderSize)
		c.text(p+".header", col.Header)
		if col.Header != "" && col.HeaderIcon != "" {
			c.errorf(p+".header_icon", "a column has either header or header_icon, not both")
		} else if col.HeaderImage == "" {
			c.iconAt(p+".header_icon", "header_icon: ", col.HeaderIcon, c.errorf)
		}
		if col.HeaderImage != "" && (col.Header != "" || col.HeaderIcon != "") {
			c.errorf(p+".header_image", "a column has one of header, header_icon and header_image, not two")
		}
	}
	d.checkRows(c)
}

func (d *Diagram) checkRows(c checker) {
	t := &d.Table
	n := t.TextColumns()
	ids := map[string]bool{}
	for i := range t.Rows {
		r := &t.Rows[i]
		p := "table.rows[" + strconv.Itoa(i) + "]"
		checkID(c, p, "row", r.ID, ids)
		if len(r.Cells) > n {
			c.errorf(p+".cells", "row has %d cells but the table has %s (arrow columns take no cell)", len(r.Cells), Count(n, "text column", "text columns"))
		}
		for j := range r.Cells {
			checkCell(c, p+".cells["+strconv.Itoa(j)+"]", &r.Cells[j])
		}
	}
}

func checkCell(c checker, p string, cell *Cell) {
	for _, t := range cell.read.troubles {
		c.errorf(p, "%s", t)
	}
	if cell.FillStyle != "" && cell.Fill == "" {
		c.errorf(p+".fill_style", "fill_style styles the cell's fill: give it a colour with fill = \"...\"")
	}
	if cell.Text != "" && len(cell.Texts) > 0 {
		c.errorf(p, "a cell has either text or texts, not both")
	}
	if cell.Icon != "" && cell.Image != "" {
		c.errorf(p+".image", "a cell shows an icon or an image, not both: remove icon or image")
	} else {
		c.iconAt(p+".icon", "", cell.Icon, c.errorf)
	}
	c.text(p+".text", cell.Text)
	for k, l := range cell.Texts {
		c.text(p+".texts["+strconv.Itoa(k)+"].text", l.Text)
	}
}

// checkID reports an over-long or repeated id of a column, row or topic.
func checkID(c checker, p, what, id string, seen map[string]bool) {
	switch {
	case id == "":
	case len(id) > MaxIDLen:
		c.errorf(p+".id", "%s id is %d bytes long; the limit is %d", what, len(id), MaxIDLen)
	case seen[id]:
		c.errorf(p+".id", "duplicate %s id %q", what, id)
	}
	seen[id] = true
}

func joinKeys(keys []string) string {
	s := ""
	for i, k := range keys {
		if i > 0 {
			s += ", "
		}
		s += k
	}
	return s
}
