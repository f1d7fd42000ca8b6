package dotin

import (
	"fmt"
	"strconv"
	"strings"
)

// object is one of the graph's objects with what names it in messages.
type object struct {
	what string
	a    attrs
}

// objects are the graph, its clusters, nodes and edges, in that order.
func (c *conv) objects() []object {
	out := []object{{"graph", c.g.graph}}
	for _, a := range c.g.clusters {
		out = append(out, object{"cluster " + strconv.Quote(a["name"]), a})
	}
	for _, a := range c.g.nodes {
		out = append(out, object{"node " + strconv.Quote(a["name"]), a})
	}
	for _, e := range c.g.edges {
		out = append(out, object{c.edgeName(e), e.a})
	}
	return out
}

// unkept are the attributes a drawing has no place for: links and
// tooltips, SVG ids, classes and a stylesheet, which Graphviz's SVG
// holds; a background in xdot operations; a viewport, which crops.
var unkept = []string{"URL", "href", "tooltip", "target", "edgeURL", "edgehref", "edgetooltip", "edgetarget",
	"headURL", "headhref", "headtooltip", "headtarget", "tailURL", "tailhref", "tailtooltip", "tailtarget",
	"labelURL", "labelhref", "labeltooltip", "labeltarget", "id", "class", "stylesheet", "_background", "viewport"}

// colourAttrs are the attributes that hold colours.
var colourAttrs = []string{"color", "fillcolor", "fontcolor", "bgcolor", "pencolor", "labelfontcolor"}

// notKept warns about what the drawing leaves out or changes for every
// object alike: links and tooltips (once per attribute, at its first use,
// counting the objects that set it), partly transparent colours (drawn
// opaque), italic and oblique fonts (drawn upright; once per font) and the
// graph's size when dot -Tsvg would scale the drawing to it.
func (c *conv) notKept() {
	objs := c.objects()
	for _, key := range unkept {
		var first object
		n := 0
		for _, o := range objs {
			if strings.TrimSpace(o.a[key]) != "" {
				if n == 0 {
					first = o
				}
				n++
			}
		}
		if n == 0 {
			continue
		}
		others := ""
		if n > 1 {
			others = fmt.Sprintf(" (and on %d more)", n-1)
		}
		why := "a drawing has no links or tooltips"
		switch key {
		case "id", "class", "stylesheet":
			why = "it is for Graphviz's SVG, which the drawing is not"
		case "_background":
			why = "the xdot drawing it holds is not drawn"
		case "viewport":
			why = "the whole drawing is drawn"
		}
		c.warn(key, first.a[key], "%s: %s %s%s is not kept: %s", first.what, key, strconv.Quote(first.a[key]), others, why)
	}
	for _, o := range objs {
		for _, key := range colourAttrs {
			for _, e := range colourList(o.a[key]) {
				if alpha, ok := partAlpha(e); ok {
					c.warn(key, o.a[key], "%s: %s %s is partly transparent (alpha %s of ff): drawn opaque", o.what, key, strconv.Quote(o.a[key]), alpha)
					break
				}
			}
		}
	}
	for _, o := range objs {
		for _, key := range []string{"fontname", "labelfontname"} {
			v := o.a[key]
			if low := strings.ToLower(v); strings.Contains(low, "italic") || strings.Contains(low, "oblique") {
				c.warn(key, v, "%s %s is slanted: drawn upright, the handwriting has no italics", key, strconv.Quote(v))
			}
		}
	}
	c.sizeNote()
}

// partAlpha tells a #rrggbbaa colour that is neither opaque nor fully
// transparent, and its alpha.
func partAlpha(s string) (string, bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	if len(s) != 9 || s[0] != '#' {
		return "", false
	}
	if _, err := strconv.ParseUint(s[1:], 16, 32); err != nil {
		return "", false
	}
	a := s[7:]
	return a, a != "ff" && a != "00"
}

// sizeNote warns when dot -Tsvg would scale the drawing to the graph's
// size (inches: down to fit, or up with a trailing "!"): sketchdeck draws
// it at Graphviz's layout size, a pixel a point.
func (c *conv) sizeNote() {
	v := strings.TrimSpace(c.g.graph["size"])
	if v == "" {
		return
	}
	spec := strings.TrimSuffix(v, "!")
	xs, ys, found := strings.Cut(spec, ",")
	sx, err1 := strconv.ParseFloat(strings.TrimSpace(xs), 64)
	sy, err2 := strconv.ParseFloat(strings.TrimSpace(ys), 64)
	if !found {
		sy, err2 = sx, err1
	}
	x0, y0, x1, y1, err := bb(c.g.graph["bb"])
	if err1 != nil || err2 != nil || err != nil || sx <= 0 || sy <= 0 || x1 <= x0 || y1 <= y0 {
		return
	}
	w, h := x1-x0, y1-y0
	if landscape(c.g.graph) {
		w, h = h, w
	}
	scale := min(sx*72/w, sy*72/h)
	if scale < 1 || strings.HasSuffix(v, "!") && scale > 1 {
		c.warn("size", v, "graph: size %s is not applied: the drawing is drawn at Graphviz's layout size, %s × %s px, where dot -Tsvg scales it by %s to fit %s × %s inches",
			strconv.Quote(v), formatNum(round1(w)), formatNum(round1(h)), formatNum(round2(scale)), formatNum(sx), formatNum(sy))
	}
}

func round1(v float64) float64 { return float64(int(v*10+0.5)) / 10 }
func round2(v float64) float64 { return float64(int(v*100+0.5)) / 100 }
