package layout

import (
	"strconv"

	"github.com/sketchdeck/sketchdeck/gen/geom"
	"github.com/sketchdeck/sketchdeck/gen/scene"
	"github.com/sketchdeck/sketchdeck/gen/spec"
)

// laneGap is the distance between parallel edges joining the same nodes.
const laneGap = 26

// lane is an edge's place among the edges joining the same two nodes.
type lane struct {
	offset float64 // sideways shift, px
	nth    int     // how many earlier edges go from the same node to the same node
}

// parallelLanes spreads the edges that join the same pair of nodes (either
// way) side by side, so that a request and its reply read as two arrows.
func parallelLanes(edges []spec.Edge) []lane {
	type pair struct{ a, b string }
	key := func(e *spec.Edge) (pair, float64) {
		if e.From < e.To {
			return pair{e.From, e.To}, 1
		}
		return pair{e.To, e.From}, -1
	}
	count := map[pair]int{}
	for i := range edges {
		k, _ := key(&edges[i])
		count[k]++
	}
	seen := map[pair]int{}
	same := map[[2]string]int{}
	out := make([]lane, len(edges))
	for i := range edges {
		e := &edges[i]
		k, sign := key(e)
		n := count[k]
		j := seen[k]
		seen[k]++
		out[i].nth = same[[2]string{e.From, e.To}]
		same[[2]string{e.From, e.To}]++
		// Offsets are measured along the normal of the canonical direction;
		// an edge drawn the other way sees that normal flipped.
		out[i].offset = sign * (float64(j) - float64(n-1)/2) * laneGap
	}
	return out
}

func edgeFont(r resolver, e *spec.Edge) float64 {
	if e.FontSize > 0 {
		return e.FontSize
	}
	return r.env.Theme.FontSize * 0.8
}

// edgeItems draws an edge as a straight arrow between two outlines, with its
// tokens riding on it and its label beside it.
// path is the edge's key path, "edges[2]", for error positions.
func edgeItems(r resolver, e *spec.Edge, path string, ln lane, a, b outline) []scene.Item {
	id := func(part string) string {
		s := "edge:" + e.From + "->" + e.To + "#" + strconv.Itoa(ln.nth)
		if part != "" {
			s += ":" + part
		}
		return s
	}
	gap := r.env.Theme.ArrowGap
	if e.Gap != nil {
		gap = *e.Gap
	}
	p, q := straight(a, b, gap, ln.offset)
	st := r.base()
	st.Stroke = r.color(e.Stroke, r.env.Theme.Stroke, path+".stroke")
	if e.StrokeWidth > 0 {
		st.StrokeWidth = e.StrokeWidth
	}
	if e.Style != "" {
		st.Dash = scene.Dash(e.Style)
	}
	if e.Roughness != nil {
		st.Roughness = *e.Roughness
	}
	line := scene.Item{ID: id(""), Kind: scene.Polyline, Points: []geom.Point{p, q}, Style: st, Heads: heads(e.Arrow)}
	items := []scene.Item{line}
	dir := q.Sub(p).Unit()
	clear := 0.0
	if toks := spec.AllTokens(e.Token, e.Tokens); len(toks) > 0 {
		size := e.TokenSize
		if size == 0 {
			size = r.env.Theme.TokenSize
		}
		at := e.TokenAt
		if at == 0 {
			at = 0.5
		}
		items = append(items, tokenRow(r, id("token"), toks, size, p.Lerp(q, at), dir, path+".token")...)
		clear = size / 2
	}
	if e.Label != "" {
		items = append(items, edgeLabel(r, e, id("label"), p, q, clear))
	}
	return items
}

// edgeLabel sits beside the middle of the edge, on its left-hand side
// (above a left-to-right arrow).
func edgeLabel(r resolver, e *spec.Edge, id string, p, q geom.Point, clear float64) scene.Item {
	size := edgeFont(r, e)
	w, h := measure(r.env.Text, e.Label, size)
	dir := q.Sub(p).Unit()
	normal := geom.Pt(dir.Y, -dir.X)
	if normal.Y > 0 || normal.Y == 0 && normal.X < 0 {
		normal = normal.Scale(-1)
	}
	// Push the label out until its box clears the line, whatever its angle.
	reach := abs(normal.X)*w/2 + abs(normal.Y)*h/2 + 8 + clear
	c := p.Lerp(q, 0.5).Add(normal.Scale(reach))
	color := r.color("", r.env.Theme.TextColor, "")
	return textItem(r.env.Text, textSpec{ID: id, Text: e.Label, Size: size, Color: color}, c)
}

func abs(v float64) float64 {
	if v < 0 {
		return -v
	}
	return v
}

func heads(a spec.Arrow) scene.Heads {
	switch a {
	case spec.ArrowNone:
		return scene.Heads{}
	case spec.ArrowStart:
		return scene.Heads{Start: true}
	case spec.ArrowBoth:
		return scene.Heads{Start: true, End: true}
	}
	return scene.Heads{End: true}
}
