package dotin

import (
	"strconv"
	"strings"

	"github.com/sketchdeck/sketchdeck/internal/drawtoml"
)

// cluster draws a subgraph cluster_*: a frame round its box, its label.
func (c *conv) cluster(a attrs) {
	st := styleOf(a)
	c.styleNotes("cluster "+strconv.Quote(a["name"]), a, clusterStyles, "")
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
	if a.num("peripheries", 1) == 0 {
		e.Stroke = "none"
	}
	if st["filled"] || a["bgcolor"] != "" || a["fillcolor"] != "" {
		names := []string{"fillcolor", "color", "bgcolor"}
		if !st["filled"] {
			names = []string{"bgcolor", "fillcolor"}
		}
		e.Fill = c.colourOf(a, "_draw_", "C", names...)
		if st["striped"] {
			c.stripes(e.X, e.Y, e.Width, e.Height, a.get(names...), a)
			e.Fill = ""
		} else {
			c.fillNotes("cluster "+strconv.Quote(a["name"]), a, st, true, names...)
		}
	}
	if st["rounded"] {
		e.Rounded = true
	}
	if e.Stroke != "none" || e.Fill != "" {
		c.els = append(c.els, e)
	}
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
	c.fillNotes("graph", a, styleOf(a), true, "bgcolor")
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
	// periph is the number of outlines Graphviz draws (peripheries).
	periph int
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
	case kinds[n.shape] != "" && !byOps(n):
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
	n.periph = int(a.num("peripheries", 1))
	if n.periph == 0 {
		n.base.Stroke = "none"
	}
	if st["filled"] || st["radial"] || st["striped"] || st["wedged"] {
		n.base.Fill = c.colourOf(a, "_draw_", "C", "fillcolor", "color")
		if n.base.Fill == "" {
			n.base.Fill = "#d3d3d3" // Graphviz's lightgrey
		}
	}
	if pieces(n) {
		n.base.Fill = "" // each stripe or wedge in its own colour (shapeOps)
	}
	if !Known(n.shape) {
		c.unknownShape(a["name"], n.shape)
	}
	c.fillNotes("node "+strconv.Quote(a["name"]), a, st, st["filled"] || st["radial"], "fillcolor", "color")
	c.styleNotes("node "+strconv.Quote(a["name"]), a, nodeStyles, n.shape)
	c.imageNote(a)
	return n, true
}

// figure draws a node whose shape is one of a drawing's figures, its
// words inside it.
func (c *conv) figure(n nodeIn) {
	e := n.base
	boxes := c.outlines(n)
	e.Kind, e.X, e.Y, e.Width, e.Height = kinds[n.shape], boxes[0].x(), boxes[0].y(), boxes[0].w, boxes[0].h
	if n.st["rounded"] && e.Kind == "rect" {
		e.Rounded = true
	}
	outer := e
	outer.Fill = ""
	if isHTML(n.label) || n.words == "" || placedLabel(n) {
		c.els = append(c.els, e)
		c.nodeLabel(n)
	} else {
		e.Text, e.FontSize = n.words, c.sized(n.a, "fontsize", "font_size", 14)
		e.Color = c.colourOf(n.a, "_ldraw_", "c", "fontcolor")
		e.Weight = weight(n.a)
		c.els = append(c.els, e)
	}
	for _, b := range boxes[1:] {
		outer.X, outer.Y, outer.Width, outer.Height = b.x(), b.y(), b.w, b.h
		c.els = append(c.els, outer)
	}
}

// outline draws any other shape as Graphviz outlined it (polygons,
// ellipses, lines), its label on top.
func (c *conv) outline(n nodeIn) {
	list := ops(n.a, "_draw_")
	switch {
	case n.st["striped"] && kinds[n.shape] == "rect" && len(list) > 0:
		b := innermost(n.b, n.periph)
		c.stripes(b.x(), b.y(), b.w, b.h, n.a.get("fillcolor", "color"), n.a)
		list = unfilled(list)
	case pieces(n):
		list = recoloured(list, n.a, "C", "fillcolor", "color")
	}
	if !c.shapeOps(list, n.base) && !bare[n.shape] && n.periph != 0 {
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
	if (isHTML(n.label) || placedLabel(n)) && c.labelOps(ops(n.a, "_ldraw_"), n.base) {
		return
	}
	c.label(n.words, n.b.cx, n.b.cy, n.b.w, n.a, "_ldraw_")
}

// placedLabel tells a plain node label whose lines Graphviz places
// otherwise than centred in the node: a line ended by \l or \r (left or
// right), or labelloc t or b (at the top or the bottom of a node taller
// than its words). They are drawn where Graphviz put them.
func placedLabel(n nodeIn) bool {
	if isHTML(n.label) {
		return false
	}
	loc := strings.ToLower(strings.TrimSpace(n.a["labelloc"]))
	return strings.Contains(n.label, `\l`) || strings.Contains(n.label, `\r`) || strings.HasPrefix(loc, "t") || strings.HasPrefix(loc, "b")
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
	// Fields whose lines Graphviz justifies (\l, \r) are written where
	// Graphviz put each line, after the cells, not centred in them.
	placed := placedLabel(n) && len(ops(a, "_ldraw_")) > 0
	for i, r := range rects {
		x0, y0, x1, y1, err := bb(r)
		if err != nil {
			continue
		}
		left, top := c.point(x0, y1)
		cell := drawtoml.Element{Kind: "rect", X: left, Y: top, Width: x1 - x0, Height: y1 - y0,
			Stroke: base.Stroke, StrokeWidth: base.StrokeWidth, StrokeStyle: base.StrokeStyle}
		if i < len(fields) && fields[i] != "" && !placed {
			cell.Text, cell.FontSize, cell.Color, cell.Weight = fields[i], base.FontSize, base.Color, weight(a)
		}
		c.els = append(c.els, cell)
	}
	if placed {
		c.labelOps(ops(a, "_ldraw_"), base)
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
