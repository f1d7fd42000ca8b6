package dotin

import "github.com/sketchdeck/sketchdeck/internal/drawtoml"

// edgeOps draws an edge that Graphviz draws otherwise than as one stroke
// along its spline, from its drawing operations: an edge whose colour is
// a list ("red:blue" as parallel strokes, "red;0.3:blue" as pieces one
// after the other) each stroke in its colour, a tapered edge as the
// filled outline Graphviz gives it; its heads as Graphviz drew them, in
// their colours. It reports false for any other edge, or when Graphviz
// drew nothing.
func (c *conv) edgeOps(a attrs, st styles, heads, tails []op) bool {
	multi := len(colourList(a["color"])) > 1
	if !multi && !st["tapered"] {
		return false
	}
	raw := ops(a, "_draw_")
	list := raw
	if multi {
		list = recoloured(raw, a, "c", "color")
	}
	var base drawtoml.Element
	c.pen(&base, a, st, "color")
	n := len(c.els)
	stroke, fill := base.Stroke, ""
	rough, smooth := 0.5, 0.0 // a tapered outline has many points: any wobble frays it
	for _, o := range list {
		switch o.Op {
		case "c":
			if multi {
				stroke, _ = colour(o.Color)
			}
		case "b", "L":
			e := base
			e.Stroke = stroke
			if multi { // strokes side by side stay side by side
				e.Roughness = &rough
			}
			c.els = append(c.els, c.through(o.Points, o.Op, e))
		case "C":
			fill, _ = colour(o.Color)
		case "P": // a tapered edge's outline, filled in its colour
			f := firstOf(base.Stroke, fill)
			if multi {
				f = firstOf(stroke, fill)
			}
			e := drawtoml.Element{Stroke: "none", Fill: f, FillStyle: "solid", Roughness: &smooth}
			c.els = append(c.els, c.through(o.Points, o.Op, e))
		}
	}
	if len(c.els) == n {
		return false
	}
	for _, l := range [][]op{heads, tails} {
		hc := base.Stroke
		if multi {
			hc = headColour(l, raw, list)
		}
		c.shapeOps(l, drawtoml.Element{Stroke: hc, StrokeWidth: base.StrokeWidth, Fill: hc, Roughness: &rough})
	}
	return true
}

// headColour is the colour of a head of a many-coloured edge: the colour
// of the stroke whose colour Graphviz drew it in (the first, or the last
// for pieces), as recoloured gives it.
func headColour(head, raw, list []op) string {
	want := ""
	for _, o := range head {
		if o.Op == "c" {
			want = o.Color
			break
		}
	}
	for i, o := range raw {
		if o.Op == "c" && o.Color == want {
			hex, _ := colour(list[i].Color)
			return hex
		}
	}
	hex, _ := colour(want)
	return hex
}
