package dotin

import (
	"strconv"
	"strings"

	"github.com/sketchdeck/sketchdeck/internal/lazyre"
)

// byOps tells a node whose shape has a sketch figure but which Graphviz
// draws otherwise than that figure: with diagonals, turned (orientation),
// in stripes or wedges. Its outline is then drawn from Graphviz's own
// operations, as Graphviz drew it. (More outlines than one, peripheries,
// are figures too: outlines.)
func byOps(n nodeIn) bool {
	return n.st["diagonals"] || pieces(n) || n.a.num("orientation", 0) != 0
}

// pieces tells a node filled in pieces (style striped or wedged), each in
// a colour of its list, as Graphviz's operations draw them.
func pieces(n nodeIn) bool { return n.st["striped"] || n.st["wedged"] }

// recoloured is list with the colour of each operation of kind ("c" pen,
// "C" fill) set to the matching entry of the object's colour list (the
// first of names it sets, "red;0.3:blue"), when there is one entry per
// operation: a name SVG knows is then SVG's colour, as Graphviz's own SVG
// writes it, not the X11 colour its operations hold. Otherwise, or under
// a colorscheme, list is as it is.
func recoloured(list []op, a attrs, kind string, names ...string) []op {
	entries := colourList(a.get(names...))
	if a["colorscheme"] != "" || len(entries) < 2 {
		return list
	}
	var at []int
	for i, o := range list {
		if o.Op == kind {
			at = append(at, i)
		}
	}
	if len(at) != len(entries) {
		return list
	}
	out := append([]op(nil), list...)
	for k, i := range at {
		if hex, ok := colour(entries[k]); ok && hex != "" {
			out[i].Color = entries[k]
		}
	}
	return out
}

// colourList are the colours of a Graphviz colour list ("red;0.3:blue"),
// without their weights.
func colourList(v string) []string {
	if strings.TrimSpace(v) == "" {
		return nil
	}
	var out []string
	for _, e := range strings.Split(v, ":") {
		e, _, _ = strings.Cut(e, ";")
		out = append(out, strings.TrimSpace(e))
	}
	return out
}

// fillNotes warns about a gradient fill (a radial style, or a filled
// object whose colour is a list), which is drawn in its first colour.
// what names the object ("node \"b\"", "cluster \"cluster_x\"", "graph").
func (c *conv) fillNotes(what string, a attrs, st styles, filled bool, names ...string) {
	key, v := "", ""
	for _, n := range names {
		if a[n] != "" {
			key, v = n, a[n]
			break
		}
	}
	list := colourList(v)
	if len(list) == 0 {
		return
	}
	first := list[0] + ", the first colour"
	if list[0] == "" {
		first = "black: its first colour is empty, which Graphviz draws black"
	}
	switch {
	case st["radial"]:
		c.warn("style", a["style"], "%s: style %s is a radial gradient (%s %s): drawn filled with %s",
			what, strconv.Quote(a["style"]), key, strconv.Quote(v), first)
	case filled && len(list) > 1:
		c.warn(key, v, "%s: %s %s is a gradient: drawn filled with %s", what, key, strconv.Quote(v), first)
	}
}

var htmlImage = lazyre.New(`(?i)<\s*img\b[^>]*\bsrc\s*=\s*"([^"]*)"`)

// imageNote warns that a node's picture (image, shapefile, an HTML-like
// label's <IMG>) is not drawn.
func (c *conv) imageNote(a attrs) {
	node := "node " + strconv.Quote(a["name"])
	for _, key := range []string{"image", "shapefile"} {
		if v := a[key]; strings.TrimSpace(v) != "" {
			c.warn(key, v, "%s: %s %s is not drawn: the node is drawn without the picture", node, key, strconv.Quote(v))
		}
	}
	if isHTML(a["label"]) {
		for _, m := range htmlImage().FindAllStringSubmatch(a["label"], -1) {
			c.warn("src", m[1], "%s: <IMG SRC=%s> is not drawn: the label is drawn without the picture", node, strconv.Quote(m[1]))
		}
	}
}

// outlines are the boxes of a figure's outlines, innermost first: one per
// periphery, evenly spaced from the innermost to the outermost that
// Graphviz drew (its operations; 4 points apart in its output without
// them, as Graphviz spaces them). The innermost holds the fill and the
// words.
func (c *conv) outlines(n nodeIn) []box {
	if n.periph < 2 {
		return []box{n.b}
	}
	var inner, outer box
	found := false
	for _, o := range ops(n.a, "_draw_") {
		b, ok := c.opBox(o)
		switch {
		case !ok:
		case !found:
			inner, outer, found = b, b, true
		case b.w*b.h > outer.w*outer.h:
			outer = b
		}
	}
	if !found {
		inner, outer = innermost(n.b, n.periph), n.b
	}
	out := make([]box, n.periph)
	for k := range out {
		t := float64(k) / float64(n.periph-1)
		out[k] = box{cx: lerp(inner.cx, outer.cx, t), cy: lerp(inner.cy, outer.cy, t), w: lerp(inner.w, outer.w, t), h: lerp(inner.h, outer.h, t)}
	}
	return out
}

func lerp(a, b, t float64) float64 { return a + (b-a)*t }

// innermost is the innermost of periph outlines of a node whose box is b:
// Graphviz puts them 4 points apart.
func innermost(b box, periph int) box {
	g := 8 * float64(max(periph, 1)-1)
	return box{cx: b.cx, cy: b.cy, w: max(b.w-g, 1), h: max(b.h-g, 1)}
}

// opBox is the box, in drawing coordinates, of an operation that draws a
// closed outline (a polygon, an ellipse, a Bézier chain).
func (c *conv) opBox(o op) (box, bool) {
	switch o.Op {
	case "e", "E":
		x, y := c.point(o.Rect[0], o.Rect[1])
		return box{cx: x, cy: y, w: 2 * o.Rect[2], h: 2 * o.Rect[3]}, true
	case "p", "P", "b", "B":
		if len(o.Points) == 0 {
			return box{}, false
		}
		x0, y0 := c.point(o.Points[0][0], o.Points[0][1])
		x1, y1 := x0, y0
		for _, p := range o.Points[1:] {
			x, y := c.point(p[0], p[1])
			x0, y0, x1, y1 = min(x0, x), min(y0, y), max(x1, x), max(y1, y)
		}
		return box{cx: (x0 + x1) / 2, cy: (y0 + y1) / 2, w: x1 - x0, h: y1 - y0}, true
	}
	return box{}, false
}
