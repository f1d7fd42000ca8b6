package dotin

import (
	"encoding/json"
	"strconv"
	"strings"

	"golang.org/x/image/colornames"

	"github.com/sketchdeck/sketchdeck/internal/drawtoml"
	"github.com/sketchdeck/sketchdeck/internal/geom"
)

// op is one of Graphviz's drawing operations (its xdot language, as the
// "json" output writes it): c and C set the pen and fill colours, F the
// font, S a style; p, P (filled), L, b and B draw polygons, polylines and
// Béziers through points; e and E ellipses; T a text at a point.
type op struct {
	Op     string       `json:"op"`
	Color  string       `json:"color"`
	Points [][2]float64 `json:"points"`
	Rect   [4]float64   `json:"rect"` // an ellipse's centre and radii
	Pt     [2]float64   `json:"pt"`
	Align  string       `json:"align"`
	Width  float64      `json:"width"`
	Text   string       `json:"text"`
	Size   float64      `json:"size"`
	Style  string       `json:"style"`
	Face   string       `json:"face"`
	// Fontchar is a t operation's font characteristics: bold 1, italic
	// 2, underline 4, superscript 8, subscript 16, strike-through 32,
	// overline 64 (an HTML-like label's <B>, <I>, <U>, <SUP>, <SUB>, <S>,
	// <O>).
	Fontchar int `json:"fontchar"`
}

// isDrawKey tells the attributes that hold drawing operations: _draw_,
// _ldraw_, _hdraw_, _tdraw_, _hldraw_, _tldraw_.
func isDrawKey(k string) bool { return strings.HasPrefix(k, "_") && strings.HasSuffix(k, "draw_") }

// ops are an object's drawing operations under key, none when it has
// none or they cannot be read.
func ops(a attrs, key string) []op {
	var out []op
	if json.Unmarshal([]byte(a[key]), &out) != nil {
		return nil
	}
	return out
}

// opColour is the colour Graphviz resolved for kind ("c" pen, "C" fill)
// in list: the one set when the first thing is drawn (for a label, its
// first text). ok is false when list sets none.
func opColour(list []op, kind string) (hex string, ok bool) {
	found := ""
	for _, o := range list {
		switch o.Op {
		case kind:
			found = o.Color
		case "T", "p", "P", "e", "E", "L", "b", "B":
			if found != "" {
				return colour(found)
			}
		}
	}
	if found == "" {
		return "", false
	}
	return colour(found)
}

// colourOf is an object's colour for the first of names that it sets,
// as Graphviz resolved it (schemes, X11 names and their numbered shades)
// in its operations under key; read from the attribute when Graphviz drew
// nothing. "" when the object sets none of names: the theme decides.
//
// A name SVG knows is SVG's colour, as in Graphviz's own SVG (which
// writes the name for the browser to read): green is #008000 there, not
// X11's #00ff00 that Graphviz resolves it to for other formats.
func (c *conv) colourOf(a attrs, key, kind string, names ...string) string {
	v := a.get(names...)
	if v == "" {
		return ""
	}
	if _, svg := colornames.Map[strings.ToLower(v)]; svg && a["colorscheme"] == "" {
		hex, _ := colour(v)
		return hex
	}
	if hex, ok := opColour(ops(a, key), kind); ok {
		return hex
	}
	hex, _ := colour(v)
	return hex
}

// shapeOps draws a node's outline as Graphviz drew it (its _draw_
// operations): polygons, ellipses, polylines and Béziers, each stroked and
// filled as the node is. It reports false when Graphviz drew nothing.
func (c *conv) shapeOps(list []op, base drawtoml.Element) bool {
	n := len(c.els)
	fill := ""
	for _, o := range list {
		switch o.Op {
		case "C":
			fill, _ = colour(o.Color)
		case "P", "p", "L", "b", "B":
			e := base
			e.Fill = ""
			if o.Op == "P" || o.Op == "B" {
				e.Fill = firstOf(base.Fill, fill)
			}
			c.els = append(c.els, c.through(o.Points, o.Op, e))
		case "E", "e":
			e := base
			e.Fill = ""
			if o.Op == "E" {
				e.Fill = firstOf(base.Fill, fill)
			}
			x, y := c.point(o.Rect[0]-o.Rect[2], o.Rect[1]+o.Rect[3])
			e.Kind, e.X, e.Y, e.Width, e.Height = "ellipse", x, y, 2*o.Rect[2], 2*o.Rect[3]
			c.els = append(c.els, e)
		}
	}
	return len(c.els) > n
}

func firstOf(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// through is an element along Graphviz points: a polygon (p, P) or a
// line (L; b and B are Bézier chains, drawn smooth through their points).
func (c *conv) through(pts [][2]float64, kind string, e drawtoml.Element) drawtoml.Element {
	e.Kind = "polygon"
	if kind == "L" || kind == "b" {
		e.Kind, e.Fill = "line", ""
	}
	if (kind == "b" || kind == "B") && len(pts) >= 4 && (len(pts)-1)%3 == 0 {
		pts = sampled(pts) // the curve, not its control points
		e.Smooth = kind == "b"
	}
	x0, y0 := c.point(pts[0][0], pts[0][1])
	e.X, e.Y = x0, y0
	for _, p := range pts {
		x, y := c.point(p[0], p[1])
		e.Points = append(e.Points, []float64{x - x0, y - y0})
	}
	return e
}

// labelOps draws a label as Graphviz drew it (its _ldraw_, _hldraw_ or
// _tldraw_ operations): each line of text where Graphviz put it and, for
// an HTML-like label, each table and cell border a sketched box (a cell's
// background filled). Graphviz's default black is left to the theme. It
// reports false when Graphviz drew nothing.
func (c *conv) labelOps(list []op, base drawtoml.Element) bool {
	n := len(c.els)
	pen := htmlPen{size: 14}
	for _, o := range list {
		switch o.Op {
		case "c":
			pen.stroke = themeInk(o.Color)
		case "C":
			pen.fill = themeInk(o.Color)
		case "F":
			pen.size, pen.bold = o.Size, strings.Contains(strings.ToLower(o.Face), "bold")
		case "t":
			pen.chars = o.Fontchar
		case "S":
			pen.style(o.Style)
		case "p", "P", "L":
			if e, ok := c.cell(o, pen, base); ok {
				c.els = append(c.els, e)
			}
		case "T":
			c.els = append(c.els, c.opText(o, pen))
			c.textLines(o, pen)
		}
	}
	return len(c.els) > n
}

// htmlPen is the state Graphviz's operations set for what they draw next.
type htmlPen struct {
	stroke, fill string
	size         float64
	bold         bool
	chars        int // the font characteristics of a t operation
	width        float64
	dash         string
}

func (p *htmlPen) style(s string) {
	switch {
	case strings.HasPrefix(s, "setlinewidth("):
		p.width, _ = strconv.ParseFloat(strings.TrimSuffix(strings.TrimPrefix(s, "setlinewidth("), ")"), 64)
	case s == "dashed" || s == "dotted":
		p.dash = s
	case s == "solid":
		p.dash = ""
	}
}

// themeInk is a colour of Graphviz's operations, "" for its default black
// (the theme's ink then) and "none" for transparent.
func themeInk(s string) string {
	hex, ok := colour(s)
	switch {
	case !ok || hex == "":
		return "none"
	case hex == "#000000":
		return ""
	}
	return hex
}

// cell is a table's or a cell's border (p), background (P) or rule (L).
func (c *conv) cell(o op, pen htmlPen, base drawtoml.Element) (drawtoml.Element, bool) {
	if len(o.Points) < 2 {
		return drawtoml.Element{}, false
	}
	e := drawtoml.Element{Stroke: firstOf(pen.stroke, base.Stroke), StrokeStyle: pen.dash}
	if pen.width > 1 { // a sketch stroke is doubled: half as heavy again looks as heavy
		e.StrokeWidth = 1 + (pen.width-1)/2
	}
	if o.Op == "P" {
		e.Fill = pen.fill
		if e.Fill == "none" {
			return drawtoml.Element{}, false
		}
	}
	if x0, y0, x1, y1, ok := axisBox(o.Points); ok && o.Op != "L" {
		left, top := c.point(x0, y1)
		e.Kind, e.X, e.Y, e.Width, e.Height = "rect", left, top, x1-x0, y1-y0
		return e, e.Width > 0 && e.Height > 0
	}
	return c.through(o.Points, o.Op, e), true
}

// sampled are points along a Bézier chain (its control points).
func sampled(ctrl [][2]float64) [][2]float64 {
	const steps = 4
	pts := [][2]float64{ctrl[0]}
	for i := 0; i+3 < len(ctrl); i += 3 {
		for k := 1; k <= steps; k++ {
			a, b, c, d := ctrl[i], ctrl[i+1], ctrl[i+2], ctrl[i+3]
			q := geom.CubicAt(geom.Point{X: a[0], Y: a[1]}, geom.Point{X: b[0], Y: b[1]}, geom.Point{X: c[0], Y: c[1]}, geom.Point{X: d[0], Y: d[1]}, float64(k)/steps)
			pts = append(pts, [2]float64{q.X, q.Y})
		}
	}
	return pts
}

// axisBox tells a polygon that is an upright rectangle, and its corners.
func axisBox(pts [][2]float64) (x0, y0, x1, y1 float64, ok bool) {
	if len(pts) != 4 {
		return 0, 0, 0, 0, false
	}
	x0, y0, x1, y1 = pts[0][0], pts[0][1], pts[0][0], pts[0][1]
	for _, p := range pts[1:] {
		x0, y0, x1, y1 = min(x0, p[0]), min(y0, p[1]), max(x1, p[0]), max(y1, p[1])
	}
	for _, p := range pts {
		if (p[0] != x0 && p[0] != x1) || (p[1] != y0 && p[1] != y1) {
			return 0, 0, 0, 0, false
		}
	}
	return x0, y0, x1, y1, true
}

// textStart is the left end of a text's baseline, in drawing
// coordinates: Graphviz writes a text at a point it is aligned l, c or r
// on, with the width it measured.
func (c *conv) textStart(o op) (x, y float64) {
	x, y = c.point(o.Pt[0], o.Pt[1])
	switch o.Align {
	case "c":
		x -= o.Width / 2
	case "r":
		x -= o.Width
	}
	return x, y
}

// opText is a text Graphviz wrote at a baseline point, aligned l, c or r
// on it, centred in the width Graphviz measured for it: the handwriting
// font is wider than Graphviz's Times, so a text is made smaller (to 70%
// at most) to keep to that width and so inside its cell.
func (c *conv) opText(o op, pen htmlPen) drawtoml.Element {
	size := pen.size
	if n := float64(len([]rune(o.Text))); n > 0 {
		size = min(size, max(0.7*size, o.Width/(handWidth*n)))
	}
	x, y := c.textStart(o)
	e := drawtoml.Element{Kind: "text", X: x, Y: y - 0.95*size, Width: o.Width, Text: o.Text,
		FontSize: size, Align: "center"}
	if pen.stroke != "none" {
		e.Color = pen.stroke
	}
	if pen.bold || pen.chars&charBold != 0 {
		e.Weight = 700
	}
	return e
}

// handWidth is the handwriting font's mean character width per unit of
// size, near enough (Graphviz's Times is about 0.45).
const handWidth = 0.55
