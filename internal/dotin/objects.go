package dotin

import (
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
		if col, ok := colour(a.get(names...)); ok && col != "" {
			e.Fill = col
		}
	}
	if st["rounded"] {
		e.Rounded = true
	}
	c.els = append(c.els, e)
	if x, y, ok := c.pos(a["lp"]); ok {
		c.label(text(a["label"], map[byte]string{'G': a["name"]}), x, y, a.num("lwidth", 0)*72, a)
	}
}

// graphLabel writes the graph's own label where Graphviz put it.
func (c *conv) graphLabel() {
	a := c.g.graph
	if x, y, ok := c.pos(a["lp"]); ok {
		c.label(text(a["label"], map[byte]string{'G': c.g.name}), x, y, a.num("lwidth", 0)*72, a)
	}
}

// node draws a node as its shape with its label inside.
func (c *conv) node(a attrs) {
	st := styleOf(a)
	if st["invis"] {
		return
	}
	cx, cy, ok := c.pos(a["pos"])
	if !ok {
		return
	}
	b := box{cx: cx, cy: cy, w: a.num("width", 0.75) * 72, h: a.num("height", 0.5) * 72}
	names := map[byte]string{'N': a["name"], 'G': c.g.name}
	label, ok := a["label"]
	if !ok {
		label = `\N`
	}
	shape := strings.ToLower(a.get("shape"))
	if shape == "" {
		shape = "ellipse"
	}
	base := drawtoml.Element{}
	c.pen(&base, a, st, "color")
	if st["filled"] || st["radial"] || st["striped"] || st["wedged"] {
		if col, ok := colour(a.get("fillcolor", "color")); ok {
			base.Fill = col
		}
		if base.Fill == "" && a.get("fillcolor", "color") == "" {
			base.Fill = "#d3d3d3" // Graphviz's lightgrey
		}
	}
	if col, ok := colour(a["fontcolor"]); ok && col != "" {
		base.Color = col
	}
	base.FontSize = a.num("fontsize", 14)
	words := text(label, names)
	switch {
	case shape == "record" || shape == "mrecord":
		c.record(a, b, base, label, names, shape == "mrecord" || st["rounded"])
		return
	case shape == "plaintext" || shape == "plain" || shape == "none":
		c.label(words, b.cx, b.cy, b.w, a)
		return
	case shape == "point":
		base.Kind, base.X, base.Y, base.Width, base.Height = "ellipse", b.x(), b.y(), b.w, b.h
		base.FontSize, base.Color = 0, ""
		if base.Fill == "" {
			base.Fill = base.Stroke
			if base.Fill == "" {
				base.Fill = "#000000"
			}
		}
		c.els = append(c.els, base)
		return
	case shape == "doublecircle":
		outer := base
		outer.Kind, outer.X, outer.Y, outer.Width, outer.Height = "ellipse", b.x(), b.y(), b.w, b.h
		outer.FontSize, outer.Color = 0, ""
		c.els = append(c.els, outer)
		b = box{cx: b.cx, cy: b.cy, w: b.w - 8, h: b.h - 8}
		shape = "circle"
	case polygons[shape] != nil:
		c.els = append(c.els, polygon(b, polygons[shape], drawtoml.Element{Stroke: base.Stroke, StrokeWidth: base.StrokeWidth, StrokeStyle: base.StrokeStyle, Fill: base.Fill}))
		c.label(words, b.cx, b.cy, b.w, a)
		return
	}
	kind := kinds[shape]
	if kind == "" {
		if !Known(shape) {
			c.warnings = append(c.warnings, "node "+strconv.Quote(a["name"])+": shape "+strconv.Quote(shape)+" is drawn as a box")
		}
		kind = "rect"
	}
	base.Kind, base.X, base.Y, base.Width, base.Height, base.Text = kind, b.x(), b.y(), b.w, b.h, words
	if base.Text == "" {
		base.FontSize, base.Color = 0, ""
	}
	if st["rounded"] && kind == "rect" {
		base.Rounded = true
	}
	c.els = append(c.els, base)
	c.els = append(c.els, marks(shape, b, drawtoml.Element{Stroke: base.Stroke, StrokeWidth: base.StrokeWidth, StrokeStyle: base.StrokeStyle})...)
}

// record draws a record's fields, each in the box Graphviz gave it.
func (c *conv) record(a attrs, b box, base drawtoml.Element, label string, names map[byte]string, rounded bool) {
	outer := base
	outer.Kind, outer.X, outer.Y, outer.Width, outer.Height = "rect", b.x(), b.y(), b.w, b.h
	outer.FontSize, outer.Color = 0, ""
	if rounded {
		outer.Rounded = true
	}
	c.els = append(c.els, outer)
	fields := recordFields(label, names)
	rects := strings.Fields(a["rects"])
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
	if len(rects) == 0 {
		c.label(strings.Join(fields, " | "), b.cx, b.cy, b.w, a)
	}
}

// edge draws an edge along Graphviz's spline, with its heads and labels.
func (c *conv) edge(e edge) {
	a := e.a
	st := styleOf(a)
	if st["invis"] {
		return
	}
	pts, start, end := c.spline(a["pos"])
	if len(pts) >= 2 {
		el := drawtoml.Element{Kind: "line", X: pts[0][0], Y: pts[0][1], Smooth: true}
		for _, p := range pts {
			el.Points = append(el.Points, []float64{p[0] - pts[0][0], p[1] - pts[0][1]})
		}
		c.pen(&el, a, st, "color")
		if end {
			el.ArrowHead = headName(a.get("arrowhead"))
		}
		if start {
			el.ArrowTail = headName(a.get("arrowtail"))
		}
		if start || end {
			el.ArrowSize = 0.6 * a.num("arrowsize", 1)
		}
		c.els = append(c.els, el)
	}
	tail, head := c.g.nodes[e.tail]["name"], c.g.nodes[e.head]["name"]
	sep := "--"
	if c.g.directed {
		sep = "->"
	}
	names := map[byte]string{'T': tail, 'H': head, 'E': tail + sep + head, 'G': c.g.name}
	for _, l := range [][2]string{{"label", "lp"}, {"xlabel", "xlp"}, {"headlabel", "head_lp"}, {"taillabel", "tail_lp"}} {
		if x, y, ok := c.pos(a[l[1]]); ok {
			c.label(text(a[l[0]], names), x, y, 0, a)
		}
	}
}

// spline samples an edge's "pos" (its Bézier chain, with the arrow tips
// s,x,y and e,x,y) into points, tips included; start and end tell which
// ends carry a head.
func (c *conv) spline(pos string) (pts [][2]float64, start, end bool) {
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
	if s != nil {
		pts = append(pts, *s)
	}
	pts = append(pts, ctrl[0])
	const steps = 4
	for i := 0; i+3 < len(ctrl); i += 3 {
		for k := 1; k <= steps; k++ {
			pts = append(pts, bezier(ctrl[i:i+4], float64(k)/steps))
		}
	}
	if e != nil {
		pts = append(pts, *e)
	}
	return pts, s != nil, e != nil
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
