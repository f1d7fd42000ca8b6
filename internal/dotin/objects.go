package dotin

import (
	"math"
	"strconv"
	"strings"

	"github.com/sketchdeck/sketchdeck/internal/drawtoml"
)

// cluster draws a subgraph cluster_*: a frame round its box, its label.
func (c *conv) cluster(a attrs) {
	st := styleOf(a)
	if st["invis"] {
		return
	}
	x0, y0, x1, y1, err := bb(a["bb"])
	if err != nil {
		return
	}
	left, top := c.point(x0, y1)
	e := drawtoml.Element{Kind: "rect", X: left, Y: top, Width: x1 - x0, Height: y1 - y0}
	c.pen(&e, a, st, "pencolor", "color")
	if st["filled"] || a["bgcolor"] != "" || a["fillcolor"] != "" {
		names := []string{"fillcolor", "color", "bgcolor"}
		if !st["filled"] {
			names = []string{"bgcolor", "fillcolor"}
		}
		e.Fill = c.colourOf(a, "_draw_", "C", names...)
	}
	if st["rounded"] {
		e.Rounded = true
	}
	c.els = append(c.els, e)
	if x, y, ok := c.pos(a["lp"]); ok && !c.labelOps(ops(a, "_ldraw_"), drawtoml.Element{}) {
		c.label(text(a["label"], map[byte]string{'G': a["name"]}), x, y, a.num("lwidth", 0)*72, a, "_ldraw_")
	}
}

// background fills the graph's bgcolor behind everything.
func (c *conv) background() {
	a := c.g.graph
	fill := c.colourOf(a, "_draw_", "C", "bgcolor")
	if fill == "" {
		return
	}
	x0, y0, x1, y1, err := bb(a["bb"])
	if err != nil {
		return
	}
	c.els = append(c.els, drawtoml.Element{Kind: "rect", X: 0, Y: 0, Width: x1 - x0, Height: y1 - y0, Fill: fill, Stroke: fill})
}

// graphLabel writes the graph's own label where Graphviz put it.
func (c *conv) graphLabel() {
	a := c.g.graph
	if x, y, ok := c.pos(a["lp"]); ok && !c.labelOps(ops(a, "_ldraw_"), drawtoml.Element{}) {
		c.label(text(a["label"], map[byte]string{'G': c.g.name}), x, y, a.num("lwidth", 0)*72, a, "_ldraw_")
	}
}

// nodeIn is what drawing one node needs: its attributes, styles, box,
// shape (lower case, Graphviz's default "ellipse" when unset), label
// source and words, and the element its outline starts from.
type nodeIn struct {
	a     attrs
	st    styles
	b     box
	shape string
	label string
	words string
	names map[byte]string
	base  drawtoml.Element
}

// node draws a node as its shape with its label inside.
func (c *conv) node(a attrs) {
	n, ok := c.nodeIn(a)
	if !ok {
		return
	}
	switch {
	case n.shape == "record" || n.shape == "mrecord":
		c.record(n)
	case kinds[n.shape] != "":
		c.figure(n)
	default:
		c.outline(n)
	}
	c.xlabel(n)
}

// nodeIn reads a node; ok is false when it is invisible or unplaced.
func (c *conv) nodeIn(a attrs) (nodeIn, bool) {
	st := styleOf(a)
	cx, cy, ok := c.pos(a["pos"])
	if st["invis"] || !ok {
		return nodeIn{}, false
	}
	n := nodeIn{a: a, st: st, shape: strings.ToLower(a.get("shape")),
		b:     box{cx: cx, cy: cy, w: a.num("width", 0.75) * 72, h: a.num("height", 0.5) * 72},
		names: map[byte]string{'N': a["name"], 'G': c.g.name}}
	if n.shape == "" {
		n.shape = "ellipse"
	}
	var has bool
	if n.label, has = a["label"]; !has {
		n.label = `\N`
	}
	n.words = text(n.label, n.names)
	if a["_draw_"] != "" && a["_ldraw_"] == "" {
		n.words = "" // Graphviz drew no label (label="" may be read back as \N)
	}
	c.pen(&n.base, a, st, "color")
	if st["filled"] || st["radial"] || st["striped"] || st["wedged"] {
		n.base.Fill = c.colourOf(a, "_draw_", "C", "fillcolor", "color")
		if n.base.Fill == "" {
			n.base.Fill = "#d3d3d3" // Graphviz's lightgrey
		}
	}
	if !Known(n.shape) {
		c.unknownShape(a["name"], n.shape)
	}
	return n, true
}

// figure draws a node whose shape is one of a drawing's figures, its
// words inside it.
func (c *conv) figure(n nodeIn) {
	e := n.base
	e.Kind, e.X, e.Y, e.Width, e.Height = kinds[n.shape], n.b.x(), n.b.y(), n.b.w, n.b.h
	if n.st["rounded"] && e.Kind == "rect" {
		e.Rounded = true
	}
	if isHTML(n.label) || n.words == "" {
		c.els = append(c.els, e)
		c.nodeLabel(n)
		return
	}
	e.Text, e.FontSize = n.words, c.sized(n.a, "fontsize", "font_size", 14)
	e.Color = c.colourOf(n.a, "_ldraw_", "c", "fontcolor")
	c.els = append(c.els, e)
}

// outline draws any other shape as Graphviz outlined it (polygons,
// ellipses, lines), its label on top.
func (c *conv) outline(n nodeIn) {
	if !c.shapeOps(ops(n.a, "_draw_"), n.base) && !bare[n.shape] {
		e := n.base // Graphviz's output without its operations: a box
		e.Kind, e.X, e.Y, e.Width, e.Height = "rect", n.b.x(), n.b.y(), n.b.w, n.b.h
		c.els = append(c.els, e)
	}
	c.nodeLabel(n)
}

// bare are the shapes without an outline.
var bare = map[string]bool{"plaintext": true, "plain": true, "none": true}

// nodeLabel writes a node's label: an HTML-like label as Graphviz drew it
// (its table's cells as sketched boxes, each text where Graphviz put
// it), any other centred in the node.
func (c *conv) nodeLabel(n nodeIn) {
	if isHTML(n.label) && c.labelOps(ops(n.a, "_ldraw_"), n.base) {
		return
	}
	c.label(n.words, n.b.cx, n.b.cy, n.b.w, n.a, "_ldraw_")
}

// xlabel writes a node's external label where Graphviz put it.
func (c *conv) xlabel(n nodeIn) {
	if isHTML(n.label) && len(ops(n.a, "_ldraw_")) > 0 {
		return // drawn with the label's operations
	}
	if x, y, ok := c.pos(n.a["xlp"]); ok {
		c.label(text(n.a["xlabel"], n.names), x, y, 0, n.a, "_ldraw_")
	}
}

// unknownShape warns that Graphviz does not know a shape (it draws a box).
func (c *conv) unknownShape(node, shape string) {
	c.warn("shape", shape, "node %s: unknown shape %s is drawn as a box (the shapes drawn as themselves: %s)",
		strconv.Quote(node), strconv.Quote(shape), strings.Join(shapeNames(), ", "))
}

// record draws a record's fields, each in the box Graphviz gave it.
func (c *conv) record(n nodeIn) {
	a, b, base := n.a, n.b, n.base
	rects := strings.Fields(a["rects"])
	outer := base
	outer.Kind, outer.X, outer.Y, outer.Width, outer.Height = "rect", b.x(), b.y(), b.w, b.h
	if n.shape == "mrecord" || n.st["rounded"] {
		outer.Rounded = true
	}
	if len(rects) > 0 { // the fields draw the outline
		outer.Stroke = "none"
	}
	if outer.Stroke != "none" || outer.Fill != "" {
		c.els = append(c.els, outer)
	}
	base.Fill = ""
	base.FontSize = c.sized(a, "fontsize", "font_size", 14)
	base.Color = c.colourOf(a, "_ldraw_", "c", "fontcolor")
	fields := recordFields(n.label, n.names)
	if len(rects) == 0 {
		// No field boxes in Graphviz's output (an Mrecord may have none):
		// the dividers Graphviz drew, and the fields' words where it put them.
		c.shapeOps(lines(ops(a, "_draw_")), drawtoml.Element{Stroke: base.Stroke, StrokeWidth: base.StrokeWidth, StrokeStyle: base.StrokeStyle})
		if !c.labelOps(ops(a, "_ldraw_"), base) {
			c.label(strings.Join(fields, " | "), b.cx, b.cy, b.w, a, "_ldraw_")
		}
		return
	}
	for i, r := range rects {
		x0, y0, x1, y1, err := bb(r)
		if err != nil {
			continue
		}
		left, top := c.point(x0, y1)
		cell := drawtoml.Element{Kind: "rect", X: left, Y: top, Width: x1 - x0, Height: y1 - y0,
			Stroke: base.Stroke, StrokeWidth: base.StrokeWidth, StrokeStyle: base.StrokeStyle}
		if i < len(fields) && fields[i] != "" {
			cell.Text, cell.FontSize, cell.Color = fields[i], base.FontSize, base.Color
		}
		c.els = append(c.els, cell)
	}
}

// lines are the operations that draw polylines (L), with the pen
// settings before them.
func lines(list []op) []op {
	var out []op
	for _, o := range list {
		if o.Op == "L" || o.Op == "c" || o.Op == "S" {
			out = append(out, o)
		}
	}
	return out
}

// edge draws an edge along Graphviz's spline, with its heads and labels.
func (c *conv) edge(e edge) {
	a := e.a
	st := styleOf(a)
	if st["invis"] {
		return
	}
	c.edgeLine(a, st)
	c.edgeLabels(e)
}

// edgeLine draws an edge's spline and its heads: as Graphviz drew them
// (its _hdraw_ and _tdraw_ operations: every arrow shape, doubled ones
// too), else the nearest sketch head at each tip.
func (c *conv) edgeLine(a attrs, st styles) {
	heads, tails := ops(a, "_hdraw_"), ops(a, "_tdraw_")
	drawn := len(heads) > 0 || len(tails) > 0
	pts, start, end := c.spline(a["pos"], !drawn)
	if len(pts) < 2 {
		return
	}
	el := drawtoml.Element{Kind: "line", X: pts[0][0], Y: pts[0][1], Smooth: true}
	for _, p := range pts {
		el.Points = append(el.Points, []float64{p[0] - pts[0][0], p[1] - pts[0][1]})
	}
	c.pen(&el, a, st, "color")
	if !drawn {
		c.sketchHeads(&el, a, start, end)
	}
	c.els = append(c.els, el)
	if drawn {
		// A head is small: drawn as roughly as a node, its fill would miss it.
		rough := 0.5
		head := drawtoml.Element{Stroke: el.Stroke, StrokeWidth: el.StrokeWidth, Fill: el.Stroke, Roughness: &rough}
		c.shapeOps(heads, head)
		c.shapeOps(tails, head)
	}
}

// sketchHeads puts the sketch head nearest to Graphviz's arrow shape at
// the ends that have one.
func (c *conv) sketchHeads(el *drawtoml.Element, a attrs, start, end bool) {
	if end {
		el.ArrowHead = headName(a.get("arrowhead"))
	}
	if start {
		el.ArrowTail = headName(a.get("arrowtail"))
	}
	if start || end {
		el.ArrowSize = 0.6 * a.num("arrowsize", 1)
	}
}

// edgeLabels writes an edge's label, xlabel, headlabel and taillabel
// where Graphviz put them.
func (c *conv) edgeLabels(e edge) {
	a := e.a
	tail, head := c.g.nodes[e.tail]["name"], c.g.nodes[e.head]["name"]
	sep := "--"
	if c.g.directed {
		sep = "->"
	}
	names := map[byte]string{'T': tail, 'H': head, 'E': tail + sep + head, 'G': c.g.name}
	for _, g := range []struct {
		key    string
		labels [][2]string // attribute, its position's attribute
	}{
		{"_ldraw_", [][2]string{{"label", "lp"}, {"xlabel", "xlp"}}},
		{"_hldraw_", [][2]string{{"headlabel", "head_lp"}}},
		{"_tldraw_", [][2]string{{"taillabel", "tail_lp"}}},
	} {
		if c.labelOps(ops(a, g.key), drawtoml.Element{}) {
			continue
		}
		for _, l := range g.labels {
			if x, y, ok := c.pos(a[l[1]]); ok {
				c.label(text(a[l[0]], names), x, y, 0, a, g.key)
			}
		}
	}
}

// spline samples an edge's "pos" (its Bézier chain, with the arrow tips
// s,x,y and e,x,y) into points, the tips included when withTips; start
// and end tell which ends carry a head.
func (c *conv) spline(pos string, withTips bool) (pts [][2]float64, start, end bool) {
	first, _, _ := strings.Cut(pos, ";")
	var ctrl [][2]float64
	var s, e *[2]float64
	for _, f := range strings.Fields(first) {
		tip := 0
		if strings.HasPrefix(f, "s,") {
			tip, f = 1, f[2:]
		} else if strings.HasPrefix(f, "e,") {
			tip, f = 2, f[2:]
		}
		x, y, ok := c.pos(f)
		if !ok {
			return nil, false, false
		}
		p := [2]float64{x, y}
		switch tip {
		case 1:
			s = &p
		case 2:
			e = &p
		default:
			ctrl = append(ctrl, p)
		}
	}
	if len(ctrl) < 4 || (len(ctrl)-1)%3 != 0 {
		return nil, false, false
	}
	if s != nil && withTips {
		pts = append(pts, *s)
	}
	pts = append(pts, sampled(ctrl)...)
	if e != nil && withTips {
		pts = append(pts, *e)
	}
	return straighten(pts), s != nil, e != nil
}

// straighten keeps only the ends of a spline that runs straight (every
// point within half a pixel of the line between its ends), so that the
// sketch pen draws it as one stroke, not as many short wobbly ones.
func straighten(pts [][2]float64) [][2]float64 {
	if len(pts) <= 2 {
		return pts
	}
	a, b := pts[0], pts[len(pts)-1]
	dx, dy := b[0]-a[0], b[1]-a[1]
	l := math.Hypot(dx, dy)
	if l == 0 {
		return pts
	}
	for _, p := range pts[1 : len(pts)-1] {
		if math.Abs((p[0]-a[0])*dy-(p[1]-a[1])*dx)/l > 0.5 {
			return pts
		}
	}
	return [][2]float64{a, b}
}

func bezier(p [][2]float64, t float64) [2]float64 {
	u := 1 - t
	a, b, c, d := u*u*u, 3*u*u*t, 3*u*t*t, t*t*t
	return [2]float64{a*p[0][0] + b*p[1][0] + c*p[2][0] + d*p[3][0], a*p[0][1] + b*p[1][1] + c*p[2][1] + d*p[3][1]}
}

// headName is the sketchdeck head nearest to a Graphviz arrow shape.
func headName(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	if len(s) > 1 && (s[0] == 'l' || s[0] == 'r') && s != "rdiamond" {
		s = s[1:]
	}
	switch s {
	case "", "normal", "inv", "crow":
		return "filled"
	case "onormal", "empty", "oinv", "invempty":
		return "triangle"
	case "vee", "open", "halfopen":
		return "open"
	case "tee", "box", "obox":
		return "bar"
	case "dot", "invdot":
		return "dot"
	case "odot", "invodot":
		return "circle"
	case "diamond", "odiamond", "ediamond":
		return "diamond"
	case "none":
		return "none"
	}
	return "filled"
}
