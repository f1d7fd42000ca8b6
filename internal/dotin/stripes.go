package dotin

import (
	"strconv"
	"strings"

	"github.com/sketchdeck/sketchdeck/internal/drawtoml"
)

// stripes fills box b (left, top, width, height in drawing coordinates)
// with the stripes of a striped node or cluster, left to right, as
// Graphviz divides it by its colour list v: a colour with a weight
// ("red;0.3") takes that share of the width, those without share what is
// left equally (the last takes it when all have one). They are worked
// out here, not read from Graphviz's operations, which some Graphviz
// releases write with stripes of no width. Each stripe is filled without
// an outline; the outline is drawn over them.
func (c *conv) stripes(left, top, width, height float64, v string, a attrs) {
	if strings.TrimSpace(v) == "" {
		v = "lightgrey" // Graphviz's fill when no colour is set: one stripe
	}
	fills := listFills(a, v)
	type seg struct {
		t   float64
		set bool
	}
	var segs []seg
	sum, unset := 0.0, 0
	for _, e := range strings.Split(v, ":") {
		_, w, weighted := strings.Cut(e, ";")
		var s seg
		if t, err := strconv.ParseFloat(strings.TrimSpace(w), 64); weighted && err == nil && t >= 0 {
			s.t, s.set = t, true
			sum += t
		} else {
			unset++
		}
		segs = append(segs, s)
	}
	if rest := 1 - sum; rest > 0 {
		for i := range segs {
			if !segs[i].set {
				segs[i].t = rest / float64(unset)
			}
		}
		if unset == 0 {
			segs[len(segs)-1].t += rest
		}
	}
	x := left
	for i, s := range segs {
		w := s.t * width
		if x+w > left+width {
			w = left + width - x
		}
		fill := fills[i]
		if w > 0 && fill != "" {
			c.els = append(c.els, drawtoml.Element{Kind: "rect", X: x, Y: top, Width: w, Height: height, Fill: fill, Stroke: "none"})
		}
		x += w
	}
}

// listFills are the colours of an object's colour list v as #rrggbb (""
// for none), in order; under a colorscheme, as Graphviz resolved them in
// its operations when it drew one fill per colour.
func listFills(a attrs, v string) []string {
	entries := colourList(v)
	var drawn []string
	for _, o := range ops(a, "_draw_") {
		if o.Op == "C" && o.Color != "" {
			drawn = append(drawn, o.Color)
		}
	}
	out := make([]string, len(entries))
	for i, e := range entries {
		if a["colorscheme"] != "" && len(drawn) == len(entries) {
			e = drawn[i]
		}
		out[i], _ = colour(e)
	}
	return out
}

// unfilled is list without its filled polygons (a striped node's
// stripes, drawn by stripes instead).
func unfilled(list []op) []op {
	var out []op
	for _, o := range list {
		if o.Op != "P" {
			out = append(out, o)
		}
	}
	return out
}
