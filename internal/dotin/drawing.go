package dotin

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/sketchdeck/sketchdeck/internal/drawtoml"
	"github.com/sketchdeck/sketchdeck/internal/graphviz"
	"github.com/sketchdeck/sketchdeck/internal/lazyre"
	"github.com/sketchdeck/sketchdeck/internal/spec"
)

// Options are how a graph is drawn.
type Options struct {
	// Palette, when set, is the theme's palette (name → #rrggbb) that the
	// graph's colours snap to (SnapToPalette).
	// Unset, colours are drawn exactly as Graphviz resolves them.
	Palette map[string]string
}

// Drawing turns Graphviz's "json" output for file (whose DOT text is src)
// into a sketchdeck drawing, as TOML. Warnings name what is drawn other
// than written (a shape Graphviz does not know, drawn as a box), placed
// in src where they can be.
func Drawing(file string, src []byte, json string, o Options) (toml []byte, warnings []spec.Warning, err error) {
	g, err := read(json)
	if err != nil {
		if big := outOfRange(file, src); big != nil {
			return nil, nil, big
		}
		return nil, nil, err
	}
	c := &conv{g: g}
	if err := c.undrawnLabel(file, src); err != nil {
		return nil, nil, err
	}
	x0, _, _, y1, err := bb(g.graph["bb"])
	if err != nil {
		return nil, nil, fmt.Errorf("reading Graphviz's output: %w", err)
	}
	c.x0, c.y1 = x0, y1
	c.background()
	for _, a := range g.clusters {
		c.cluster(a)
	}
	c.graphLabel()
	for _, e := range g.edges {
		c.edge(e)
	}
	for _, a := range g.nodes {
		c.node(a)
	}
	c.notKept()
	if len(c.els) == 0 {
		return nil, nil, fmt.Errorf("the graph draws nothing: it has no visible node, edge or label")
	}
	if len(c.els) > spec.MaxElements {
		return nil, nil, fmt.Errorf("the graph has %d nodes, %d edges and %d clusters: more than a drawing holds (%d elements with their labels; it needs %d)",
			len(g.nodes), len(g.edges), len(g.clusters), spec.MaxElements, len(c.els))
	}
	if n := c.points(); n > spec.MaxTotalPoints {
		return nil, nil, fmt.Errorf("the graph's edges need %d points; a drawing holds %d", n, spec.MaxTotalPoints)
	}
	if landscape(g.graph) {
		x0, _, x1, _, _ := bb(g.graph["bb"])
		turn(c.els, x1-x0)
	}
	if o.Palette != nil {
		snapAll(c.els, SnapToPalette(o.Palette))
	}
	out, err := drawtoml.Encode(drawtoml.Drawing{
		Comment:   "Drawn from " + file + " as Graphviz laid it out.",
		Title:     titleOf(g.name),
		HideTitle: true,
		Elements:  c.els,
	})
	return out, placed(file, src, c.warnings), err
}

func titleOf(name string) string {
	if strings.HasPrefix(name, "%") { // an anonymous graph
		return ""
	}
	return name
}

// conv collects the elements of one graph.
type conv struct {
	g        *laidOut
	x0, y1   float64 // Graphviz's bounding box: x0 maps to 0, y1 (its top) to 0
	els      []drawtoml.Element
	warnings []pending
}

func (c *conv) point(x, y float64) (float64, float64) { return x - c.x0, c.y1 - y }

func (c *conv) points() int {
	n := 0
	for _, e := range c.els {
		n += len(e.Points)
	}
	return n
}

// pos reads "x,y" into drawing coordinates.
func (c *conv) pos(s string) (float64, float64, bool) {
	xs, ys, ok := strings.Cut(strings.TrimSpace(s), ",")
	if !ok {
		return 0, 0, false
	}
	x, err1 := strconv.ParseFloat(xs, 64)
	y, err2 := strconv.ParseFloat(strings.TrimSuffix(ys, "!"), 64)
	if err1 != nil || err2 != nil {
		return 0, 0, false
	}
	x, y = c.point(x, y)
	return x, y, true
}

func bb(s string) (x0, y0, x1, y1 float64, err error) { return graphviz.ParseBB(s) }

// styles are an object's style keywords.
type styles map[string]bool

func styleOf(a attrs) styles {
	s := styles{}
	for _, f := range strings.Split(a["style"], ",") {
		f = strings.TrimSpace(f)
		if i := strings.IndexByte(f, '('); i >= 0 {
			f = f[:i]
		}
		s[strings.ToLower(f)] = true
	}
	return s
}

// pen sets an element's outline from the first of names (a colour, as
// Graphviz resolved it in the object's _draw_ operations), style and
// penwidth.
func (c *conv) pen(e *drawtoml.Element, a attrs, st styles, names ...string) {
	if col := c.colourOf(a, "_draw_", "c", names...); col != "" {
		e.Stroke = col
	}
	switch {
	case st["dashed"]:
		e.StrokeStyle = "dashed"
	case st["dotted"]:
		e.StrokeStyle = "dotted"
	}
	w := c.sized(a, "penwidth", "stroke_width", 1)
	if v, ok := lineWidth(a["style"]); ok && strings.TrimSpace(a["penwidth"]) == "" {
		w = v // Graphviz's older way to say penwidth, which wins when both are set
	}
	if st["bold"] {
		w = max(w, 2)
	}
	switch {
	case w == 0: // Graphviz's SVG strokes it 0 wide, which draws nothing
		e.Stroke = "none"
	case w != 1: // a point of Graphviz's a pixel: the sketch's doubled strokes look heavier already
		e.StrokeWidth = w
	}
}

// label adds a text element of s centred at (cx, cy), in the font colour
// Graphviz wrote the label in (its operations under key).
func (c *conv) label(s string, cx, cy, width float64, a attrs, key string) {
	if s == "" {
		return
	}
	fs := c.sized(a, "fontsize", "font_size", 14)
	n := float64(strings.Count(s, "\n") + 1)
	if width <= 0 {
		width = fs * 0.6 * float64(longest(s))
	}
	e := drawtoml.Element{Kind: "text", X: cx - width/2, Y: cy - n*fs*1.2/2, Width: width, Text: s, FontSize: fs, Align: "center"}
	e.Color = c.colourOf(a, key, "c", "fontcolor")
	e.Weight = weight(a)
	c.els = append(c.els, e)
}

// weight is 700 for a bold font (fontname "Helvetica-Bold", "Times
// Bold"), 0 (the theme's) for any other: the face itself is the theme's.
func weight(a attrs) int {
	if strings.Contains(strings.ToLower(a["fontname"]), "bold") {
		return 700
	}
	return 0
}

var setLineWidth = lazyre.New(`(?i)\bsetlinewidth\s*\(\s*([0-9.]+)\s*\)`)

// lineWidth reads a style's setlinewidth(N), within the widths a diagram
// may draw (at most 100).
func lineWidth(style string) (float64, bool) {
	m := setLineWidth().FindStringSubmatch(style)
	if m == nil {
		return 0, false
	}
	v, err := strconv.ParseFloat(m[1], 64)
	if err != nil {
		return 0, false
	}
	return min(v, 100), true
}

func longest(s string) int {
	n := 0
	for _, l := range strings.Split(s, "\n") {
		n = max(n, len([]rune(l)))
	}
	return n
}
