package layout

import (
	"math"

	"github.com/sketchdeck/sketchdeck/internal/geom"
	"github.com/sketchdeck/sketchdeck/internal/spec"
)

// selfLoop is the path of an edge from a node back to itself: a loop over
// the node's top-right corner, leaving its top and coming back into its
// right side, as a state diagram draws a transition that stays put. A
// corner keeps it clear of the edges that leave a side's middle in either
// flow direction. Graphviz places no route for it, and a straight line
// from the node to itself has no length, so it is drawn here. The nth
// loop on the same node (from 0) takes the next corner, clockwise:
// bottom-right, bottom-left, top-left, then round again further out;
// callers pass loopSlot's nth, which leaves a status dot its corner.
func selfLoop(a outline, nth int) track {
	b := a.Box
	c := b.Center()
	sx, sy := loopCorner(nth)
	s := math.Max(10, math.Min(30, math.Min(b.W, b.H)*0.3))
	vertical, horizontal := spec.AtTop, spec.AtRight
	if sy > 0 {
		vertical = spec.AtBottom
	}
	if sx < 0 {
		horizontal = spec.AtLeft
	}
	p := a.anchor(vertical, geom.Pt(c.X+sx*(b.W/2-s), c.Y+sy*b.H/2))
	q := a.anchor(horizontal, geom.Pt(c.X+sx*b.W/2, c.Y+sy*(b.H/2-s)))
	reach := math.Max(80, s*3) * (1 + 0.6*float64(nth/4))
	c1, c2 := p.Add(geom.Pt(0, sy*reach)), q.Add(geom.Pt(sx*reach, 0))
	const n = 12
	pts := make([]geom.Point, n+1)
	for i := range pts {
		u := float64(i) / n
		v := 1 - u
		pts[i] = p.Scale(v * v * v).Add(c1.Scale(3 * v * v * u)).Add(c2.Scale(3 * v * u * u)).Add(q.Scale(u * u * u))
	}
	return track{pts: pts}
}

// loopSlot is the corner slot (selfLoop's nth) of a node's nth self-loop:
// its status dot, when it has one, takes the top-right corner, and the
// loops go round from the next.
func loopSlot(o outline, nth int) int {
	if !o.Dot.Empty() {
		return nth + 1
	}
	return nth
}

// loopCorner is the corner the nth self-loop of a node goes over, as the
// signs of its x and y from the centre (y down).
func loopCorner(nth int) (sx, sy float64) {
	corners := [4][2]float64{{1, -1}, {1, 1}, {-1, 1}, {-1, -1}}
	k := corners[nth%4]
	return k[0], k[1]
}

// loopLabelAt is where a self-loop's label goes: beyond the loop's
// furthest point up (a loop over a top corner) or down, and that side.
func loopLabelAt(nth int, pts []geom.Point) (geom.Point, geom.Point) {
	_, sy := loopCorner(nth)
	best := pts[0]
	for _, p := range pts[1:] {
		if (p.Y-best.Y)*sy > 0 {
			best = p
		}
	}
	return best, geom.Pt(0, sy)
}

// selfLoops are the self-loops of edges by their node's id, each node's
// in written order (nil when there are none).
func selfLoops(edges []spec.Edge) map[string][]*spec.Edge {
	var loops map[string][]*spec.Edge
	for i := range edges {
		if e := &edges[i]; e.From == e.To {
			if loops == nil {
				loops = map[string][]*spec.Edge{}
			}
			loops[e.From] = append(loops[e.From], e)
		}
	}
	return loops
}

// loopFoot is the footprint, centred on the node's centre, that holds the
// node's outline o (centred on the origin) and each of its self-loops
// (selfLoops) with its label: Graphviz, which is not given the loops,
// keeps its neighbours out of it. It is foot itself when the node has no
// loop.
func loopFoot(r resolver, loops []*spec.Edge, o outline, foot geom.Rect) geom.Rect {
	box := foot
	for nth, e := range loops {
		if e.Style == spec.EdgeHidden {
			continue
		}
		tr := selfLoop(o, loopSlot(o, nth)).trim(arrowGap(r, e))
		box = box.Union(geom.Bounds(tr.pts))
		if e.Label != "" {
			label, _ := edgeLabel(r, e, "", loopSlot(o, nth), tr, tr.at(0.5), 0)
			box = box.Union(label.Box)
		}
	}
	if box == foot {
		return foot
	}
	rx := max(-box.X, box.X+box.W)
	ry := max(-box.Y, box.Y+box.H)
	return geom.Rect{X: -rx, Y: -ry, W: 2 * rx, H: 2 * ry}
}
