package dotin

import (
	"math"
	"strconv"
	"strings"

	"github.com/sketchdeck/sketchdeck/internal/drawtoml"
)

// edge draws an edge along Graphviz's spline, with its heads and labels.
func (c *conv) edge(e edge) {
	a := e.a
	st := styleOf(a)
	what := c.edgeName(e)
	c.styleNotes(what, a, edgeStyles, "")
	c.arrowNotes(what, a)
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
	if c.edgeOps(a, st, heads, tails) {
		return
	}
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
		if el.Stroke == "none" { // no outline (penwidth 0): the head is filled as Graphviz fills it
			head.Fill = ""
		}
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
	names := map[byte]string{'T': tail, 'H': head, 'E': tail + c.edgeOp() + head, 'G': c.g.name}
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

// edgeOp is the graph's edge operator, as its DOT writes it: "->" in a
// digraph, "--" in a graph.
func (c *conv) edgeOp() string {
	if c.g.directed {
		return "->"
	}
	return "--"
}

// edgeName names an edge in warnings as the DOT writes it:
// edge "a" -> "b", or edge "a" -- "b" in an undirected graph.
func (c *conv) edgeName(e edge) string {
	return "edge " + strconv.Quote(c.g.nodes[e.tail]["name"]) + " " + c.edgeOp() + " " + strconv.Quote(c.g.nodes[e.head]["name"])
}
