package layout

import (
	"strconv"

	"github.com/sketchdeck/sketchdeck/internal/geom"
	"github.com/sketchdeck/sketchdeck/internal/head"
	"github.com/sketchdeck/sketchdeck/internal/scene"
	"github.com/sketchdeck/sketchdeck/internal/spec"
)

// laneGap is the default distance between parallel edges joining the same nodes.
const laneGap = 26

// lane is an edge's place among the edges joining the same two nodes.
type lane struct {
	offset float64 // shift towards the pair's upper (or left) side, px
	nth    int     // how many earlier edges go from the same node to the same node
	// bend takes a straight edge around the nodes in its way (detours),
	// px off its straight line as the bend key says; 0 keeps it straight.
	bend float64
	// otherSide puts the edge's label on its right-hand side, the one
	// free of the other edges at its nodes (labelSides).
	otherSide bool
}

// routed reports whether an edge takes a path of its own (an arc, a
// scribble, a side or corner): such edges do not share lanes.
func routed(e *spec.Edge) bool {
	return e.Bend != 0 || e.Curve != "" || e.Style == spec.EdgeSquiggly || e.Style == spec.EdgeHidden || e.FromSide != "" || e.ToSide != ""
}

// lone reports whether edge e, in lane ln, is a lone straight edge: not
// a loop, an edge with a path of its own, a block edge or one of parallel
// lanes. Such an edge may be taken around nodes (detours), and its label
// may change sides (labelSides).
func lone(e *spec.Edge, ln lane) bool {
	return e.From != e.To && !routed(e) && e.Style != spec.EdgeBlock && ln.offset == 0
}

// parallelLanes spreads the straight edges that join the same pair of nodes
// (either way) gap apart (block edges their width and blockLaneClear apart), so that a request and its reply read as two
// arrows: the first written goes above (or left of) the next.
func parallelLanes(edges []spec.Edge, gap float64) []lane {
	if gap == 0 {
		gap = laneGap
	}
	type pair struct{ a, b string }
	key := func(e *spec.Edge) pair {
		if e.From < e.To {
			return pair{e.From, e.To}
		}
		return pair{e.To, e.From}
	}
	count := map[pair]int{}
	wide := map[pair]float64{} // the widest block edge of a pair
	for i := range edges {
		if e := &edges[i]; !routed(e) {
			count[key(e)]++
			if e.Style == spec.EdgeBlock {
				wide[key(e)] = max(wide[key(e)], blockWidth(e))
			}
		}
	}
	seen := map[pair]int{}
	same := map[[2]string]int{}
	out := make([]lane, len(edges))
	for i := range edges {
		e := &edges[i]
		out[i].nth = same[[2]string{e.From, e.To}]
		same[[2]string{e.From, e.To}]++
		if routed(e) {
			continue
		}
		k := key(e)
		n := count[k]
		j := seen[k]
		seen[k]++
		// Block edges side by side keep their widths apart.
		g := gap
		if w := wide[k]; w > 0 {
			g = max(gap, w+blockLaneClear)
		}
		out[i].offset = (float64(n-1)/2 - float64(j)) * g
	}
	return out
}

func edgeFont(r resolver, e *spec.Edge) float64 {
	if e.FontSize > 0 {
		return e.FontSize
	}
	return r.env.Theme.FontSize * 0.8
}

// edgeID is the stable id of an edge's items; marks find edges by it.
func edgeID(e *spec.Edge, nth int, part string) string {
	s := "edge:" + e.From + "->" + e.To + "#" + strconv.Itoa(nth)
	if part != "" {
		s += ":" + part
	}
	return s
}

// edgeStyle resolves an edge's line style.
func edgeStyle(r resolver, e *spec.Edge, path string) scene.Style {
	st := r.base()
	st.Stroke = r.color(e.Stroke, r.env.Theme.Stroke, path+".stroke")
	if e.StrokeWidth > 0 {
		st.StrokeWidth = e.StrokeWidth
	}
	if e.Style == spec.EdgeSolid || e.Style == spec.EdgeDashed || e.Style == spec.EdgeDotted {
		st.Dash = scene.Dash(e.Style)
	}
	if e.Roughness != nil {
		st.Roughness = *e.Roughness
	}
	return st
}

// edgeItems draws an edge between two outlines (straight, arced or
// scribbled), with its tokens riding on it and its label beside it. It
// returns the path as drawn, for marks placed on the edge. path is the
// edge's key path, "edges[2]", for error positions.
func edgeItems(r resolver, e *spec.Edge, path string, ln lane, a, b outline) ([]scene.Item, track, []mover) {
	id := func(part string) string { return edgeID(e, ln.nth, part) }
	st := edgeStyle(r, e, path)
	items, tr, rd := edgeTrack(r, e, id(""), ln, a, b, st)
	loop := e.From == e.To
	switch {
	case e.Style == spec.EdgeSquiggly && !loop: // the squiggle drew itself
	case e.Style == spec.EdgeBlock && !loop:
		tr = clearEnds(tr, a, b, blockWidth(e), heads(e.Heads, spec.ArrowEnd))
		items = append(items, blockEdge(e, id(""), tr, st))
	default:
		kind := scene.Polyline
		if len(tr.pts) > 2 {
			kind = scene.Curve
		}
		items = append(items, scene.Item{ID: id(""), Kind: kind, Points: tr.pts, Style: st, Heads: heads(e.Heads, spec.ArrowEnd),
			From: nodeID(e.From, ""), To: nodeID(e.To, "")})
	}
	anchor := tr.at(0.5)
	clear := 0.0
	var riders []int // the tokens' items, which slide with the label
	if toks := spec.AllTokens(e.Token, e.Tokens); len(toks) > 0 {
		size := pick(e.TokenSize, r.env.Theme.TokenSize)
		if rd.at == 0 {
			rd.at = 0.5
		}
		anchor = tr.at(rd.at).Add(rd.out.Scale(size / 4))
		row := tokenRow(r, id("token"), toks, size, anchor, tr.dir(rd.at), path+".token")
		for k := range row {
			riders = append(riders, len(items)+k)
		}
		items = append(items, row...)
		clear = size / 2
	}
	if e.Style == spec.EdgeBlock {
		clear = max(clear, blockWidth(e)/2)
	}
	if e.Label == "" {
		return items, tr, nil
	}
	label, flip := edgeLabel(r, e, id("label"), loopSlot(a, ln.nth), tr, anchor, clear)
	if (ln.bend < 0 || ln.otherSide) && e.LabelPosition == "" {
		// Taken under a node: the label goes under the arc, away from it;
		// or its left-hand side is in a wedge between edges.
		label, flip = shifted(label, flip), flip.Scale(-1)
	}
	items = append(items, label)
	m := mover{at: []int{len(items) - 1}}
	// A label slides along a straight edge, its tokens with it, unless
	// they were placed on purpose (token_at) or ride a squiggle or curl.
	slide := len(tr.pts) == 2 && e.Style != spec.EdgeSquiggly && e.Style != spec.EdgeCurl && (len(riders) == 0 || e.TokenAt == 0)
	if slide {
		m.at = append(m.at, riders...)
	}
	n, step := len(m.at), geom.Point{}
	if slide {
		step = tr.pts[1].Sub(tr.pts[0]).Scale(0.05)
	}
	m.moves = func() [][]geom.Point { return labelMoves(step, flip, n, slide) }
	return items, tr, []mover{m}
}

// labelMoves are the places an edge's label tries when it collides: the
// other side of the edge, then slid along a straight edge (with its
// tokens, the first n-1 items after the label) a twentieth of its length
// at a time (step), backwards first, on either side, when slide.
func labelMoves(step, flip geom.Point, n int, slide bool) [][]geom.Point {
	count := 1
	if slide {
		count += 8 * 2 * 2
	}
	buf := make([]geom.Point, count*n) // one array for every move's shifts
	move := func(slide geom.Point, flipped bool) []geom.Point {
		mv := buf[:n:n]
		buf = buf[n:]
		for i := range mv {
			mv[i] = slide
		}
		if flipped {
			mv[0] = mv[0].Add(flip)
		}
		return mv
	}
	out := make([][]geom.Point, 0, count)
	out = append(out, move(geom.Point{}, true))
	if !slide {
		return out
	}
	for k := 1; k <= 8; k++ {
		for _, sign := range []float64{-1, 1} {
			s := step.Scale(sign * float64(k))
			out = append(out, move(s, false), move(s, true))
		}
	}
	return out
}

// arrowGap is the blank between an edge's ends and the nodes it joins:
// its gap, or the theme's for an arrow. A line (no head at either end)
// meets the outlines, as a connector is drawn: the theme's gap sets an
// arrow off its nodes, and on a line it only read as a line too short.
// A block edge's band keeps the gap: it is drawn clear of its nodes.
func arrowGap(r resolver, e *spec.Edge) float64 {
	if e.Gap != nil {
		return *e.Gap
	}
	if start, end := e.Heads.Ends(spec.ArrowEnd); start == "" && end == "" && e.Style != spec.EdgeBlock {
		return 0
	}
	return r.env.Theme.ArrowGap
}

// edgeTrack is an edge's path as drawn (straight, arced, scribbled or
// curled, then cut), the scribble's items (a squiggle draws itself) and
// where its tokens ride (token_at, or the squiggle's junction, or the
// curl's loop).
func edgeTrack(r resolver, e *spec.Edge, id string, ln lane, a, b outline, st scene.Style) ([]scene.Item, track, ride) {
	gap := arrowGap(r, e)
	var items []scene.Item
	var tr track
	tokenAt := e.TokenAt
	switch {
	case e.From == e.To: // drawn as a plain loop, whatever its style
		tr = selfLoop(a, loopSlot(a, ln.nth)).trim(gap)
	case e.Style == spec.EdgeSquiggly: // drawn here: its ends clear the status dots first
		p, q := edgeEnds(a, b, e, gap, 0)
		ends := track{pts: []geom.Point{p, q}}.clearDots(a.Dot, b.Dot, gap)
		var join geom.Point
		items, tr, join = squiggle(id, e, ends.pts[0], ends.pts[1], st)
		if tokenAt == 0 {
			tokenAt = tr.fraction(join)
		}
	case e.Bend != 0 || e.Curve != "":
		p, q := edgeEnds(a, b, e, 0, 0)
		tr = arc(p, q, bendOf(e, p, q)).trim(gap)
	case ln.bend != 0: // taken around the nodes in its way
		p, q := edgeEnds(a, b, e, 0, 0)
		tr = arc(p, q, ln.bend).trim(gap)
	default:
		// straight shifts along its own normal; turn the lane's upward
		// (or leftward) shift into that.
		dir := b.Box.Center().Sub(a.Box.Center()).Unit()
		side := geom.UpNormal(dir)
		if abs(dir.Y) > abs(dir.X) {
			side = geom.Pt(-1, 0)
		}
		off := ln.offset * (side.X*-dir.Y + side.Y*dir.X)
		p, q := edgeEnds(a, b, e, gap, off)
		tr = track{pts: []geom.Point{p, q}}
	}
	if e.Style != spec.EdgeSquiggly {
		tr = tr.clearDots(a.Dot, b.Dot, gap)
	}
	lost := e.Cut > 0 && e.Cut < 1
	if lost {
		tr = tr.cut(e.Cut)
	}
	if e.Style == spec.EdgeCurl {
		// Curl what is drawn, so that a cut edge still loops before it stops.
		var loop ride
		tr, loop = curl(id, tr, lost)
		if tokenAt == 0 {
			return items, tr, loop
		}
	}
	return items, tr, ride{at: tokenAt}
}

// edgeEnds are where an edge leaves a and reaches b: on a side or corner
// when the edge names one, else border to border between the centres.
func edgeEnds(a, b outline, e *spec.Edge, gap, offset float64) (geom.Point, geom.Point) {
	if e.FromSide == "" && e.ToSide == "" {
		return straight(a, b, gap, offset)
	}
	p := a.anchor(e.FromSide, b.Box.Center())
	q := b.anchor(e.ToSide, p)
	if e.FromSide == "" {
		p = a.exit(q)
	}
	if e.ToSide == "" {
		q = b.exit(p)
	}
	dir := q.Sub(p).Unit()
	g := min(gap, pullRoom(q.Dist(p)))
	return p.Add(dir.Scale(g)), q.Sub(dir.Scale(g))
}

// edgeLabel sits beside the edge's anchor (its middle, or its token): on
// the side label_position names, or on the edge's left-hand side (above a
// left-to-right arrow); a self-loop's beyond its loop, whose corner slot
// is nth (loopSlot).
func edgeLabel(r resolver, e *spec.Edge, id string, nth int, tr track, at geom.Point, clear float64) (label scene.Item, flip geom.Point) {
	size := edgeFont(r, e)
	w, h := measure(r.env.Text, e.Label, size)
	dir := tr.dir(0.5)
	var c geom.Point
	side, ok := sideVector(e.LabelPosition)
	if !ok && e.From == e.To {
		// A self-loop's label sits beyond its loop, over it or under it.
		at, side = loopLabelAt(nth, tr.pts)
		ok = true
	}
	if ok {
		reach := abs(side.X)*w/2 + abs(side.Y)*h/2 + 8 + clear
		c = at.Add(side.Scale(reach))
		flip = side.Scale(-2 * reach)
		if along := side.X*dir.X + side.Y*dir.Y; abs(along) > 0.7 {
			// Beside a token along the line: lift the words off the line.
			c = c.Add(geom.UpNormal(dir).Scale(h * 0.45))
		}
	} else {
		normal := geom.UpNormal(dir)
		// Push the label out until its box clears the line, whatever its angle.
		reach := abs(normal.X)*w/2 + abs(normal.Y)*h/2 + 8 + clear
		c = tr.at(0.5).Add(normal.Scale(reach))
		flip = normal.Scale(-2 * reach)
	}
	color := r.color("", r.env.Theme.TextColor, "")
	return textItem(r.env.Text, textSpec{ID: id, Text: e.Label, Size: size, Color: color}, c), flip
}

// sideVector is the unit vector towards a label side; ok is false for
// "inside" and the default.
func sideVector(s spec.Side) (geom.Point, bool) {
	switch s {
	case spec.Above:
		return geom.Pt(0, -1), true
	case spec.Below:
		return geom.Pt(0, 1), true
	case spec.Left:
		return geom.Pt(-1, 0), true
	case spec.Right:
		return geom.Pt(1, 0), true
	}
	return geom.Point{}, false
}

func abs(v float64) float64 {
	if v < 0 {
		return -v
	}
	return v
}

// heads are the arrowheads of a line, resolved (spec.Heads.Ends); def is
// where they go when arrow is not written.
func heads(h spec.Heads, def spec.Arrow) scene.Heads {
	start, end := h.Ends(def)
	name := func(a spec.ArrowHead) string {
		if a == spec.ArrowHead(head.Default().Name) {
			return "" // the scene's default
		}
		return string(a)
	}
	return scene.Heads{Start: start != "", End: end != "", Tail: name(start), Head: name(end), Size: h.ArrowSize}
}
