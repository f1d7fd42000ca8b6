package layout

import (
	"math"
	"runtime"

	"github.com/sketchdeck/sketchdeck/internal/geom"
	"github.com/sketchdeck/sketchdeck/internal/spec"
)

// Going around nodes, px: a straight edge of a dot graph that would run
// through a node it does not join is bent around it (lint's
// edge-through-node rule, which reports the edges that cannot be).
const (
	aroundRun    = 3   // a line running this far inside another node goes around it
	aroundMargin = 12  // the arc passes that node this far off, across its chord
	aroundClear  = 4   // and comes no nearer than this to any other node
	aroundStep   = 2   // lines and arcs are tested at points this far apart
	aroundSides  = 24  // a node's border is taken as this many points
	aroundMost   = 0.6 // the largest bend tried, as a fraction of the chord
	aroundRounds = 4   // how many times a bend grows for the nodes its arc meets
)

// Edges are taken around nodes on every core from detourAlone edges on,
// detourChunk edges at a time: each edge is tested against every node
// (most of a 200-node random graph's layout, after Graphviz), while a
// slide's few edges are not worth the goroutines, least of all in a deck,
// whose diagrams are built side by side already.
const (
	detourAlone = 128
	detourChunk = 16
)

// detours are the bends that take each lone straight edge of a dot graph
// around the nodes its line would run through (0 for an edge that runs
// through none, or that no arc clears): lanes[i].bend. outlines are the
// nodes', index finds them by id. Each edge's bend depends on the
// outlines alone, so the edges are shared among the cores.
func detours(r resolver, d *spec.Diagram, lanes []lane, outlines []outline, index map[string]int) {
	if d.Layout.Engine != "" && d.Layout.Engine != spec.Dot {
		return
	}
	procs := 1
	if len(d.Edges) >= detourAlone {
		procs = runtime.GOMAXPROCS(0)
	}
	ix := newNodeIndex(outlines)
	inChunks(procs, len(d.Edges), detourChunk, func(lo, hi int) {
		for i := lo; i < hi; i++ {
			e := &d.Edges[i]
			if !lone(e, lanes[i]) {
				continue
			}
			ends := [2]int{index[e.From], index[e.To]}
			lanes[i].bend = detour(ix, ends, e, arrowGap(r, e))
		}
	})
}

// detour is the bend of edge e, between outlines ends[0] and ends[1] of
// ix, that takes it around the others its straight line runs through, on
// the side that needs less; 0 when none needs it or no arc clears them.
func detour(ix *nodeIndex, ends [2]int, e *spec.Edge, gap float64) float64 {
	a, b := ix.os[ends[0]], ix.os[ends[1]]
	p, q := edgeEnds(a, b, e, gap, 0)
	hit := meets(ix, ends, []geom.Point{p, q}, 0, aroundRun)
	if len(hit) == 0 {
		return 0
	}
	p0, q0 := edgeEnds(a, b, e, 0, 0) // an arc joins the borders, then is trimmed
	best := 0.0
	for _, side := range []float64{1, -1} {
		bend, ok := bowAround(ix, ends, hit, p0, q0, side, gap)
		if ok && (best == 0 || bend < math.Abs(best)) {
			best = side * bend
		}
	}
	return best
}

// bowAround is the least bend of the arc from p0 to q0, over it (side
// 1) or under it (-1), that passes the outlines hit and comes near no
// other, growing it for each node the arc meets on the way; ok is false
// when it grows past aroundMost of the chord.
func bowAround(ix *nodeIndex, ends [2]int, hit []int, p0, q0 geom.Point, side, gap float64) (float64, bool) {
	n := geom.UpNormal(q0.Sub(p0).Unit()).Scale(side)
	passed := map[int]bool{}
	var pts []geom.Point
	margin := float64(aroundMargin)
	for range aroundRounds {
		grown := false
		for _, k := range hit {
			if !passed[k] {
				passed[k], grown = true, true
				pts = append(pts, ix.os[k].border()...)
			}
		}
		if !grown { // the arc still comes near a node it passes: pass it further off
			margin += aroundMargin / 2
		}
		bend, ok := geom.BowPast(p0, q0, n, pts, margin)
		if !ok || bend > aroundMost*q0.Dist(p0) {
			return 0, false
		}
		hit = meets(ix, ends, arc(p0, q0, side*bend).trim(gap).pts, aroundClear, 0)
		if len(hit) == 0 {
			return bend, true
		}
	}
	return 0, false
}

// meets lists the outlines of ix, but for ends, that the line through
// pts runs more than run inside, each grown by margin, in their order.
func meets(ix *nodeIndex, ends [2]int, pts []geom.Point, margin, run float64) []int {
	var near [16]int
	var out []int
	for _, k := range ix.overlapping(near[:0], geom.Bounds(pts).Inset(-margin)) {
		if k == ends[0] || k == ends[1] {
			continue
		}
		if inside := ix.os[k].runs(pts, margin); inside > run || run == 0 && inside > 0 {
			out = append(out, k)
		}
	}
	return out
}

// reach is the outline's box with its label's.
func (o outline) reach() geom.Rect {
	if o.Label.Empty() {
		return o.Box
	}
	return o.Box.Union(o.Label)
}

// runs is how far the line through pts runs inside the outline grown by
// margin, tested every aroundStep px (only where a segment crosses the
// box that holds the outline and its label: no other point can be in it).
func (o outline) runs(pts []geom.Point, margin float64) float64 {
	x0, y0, x1, y1 := o.span(margin)
	in := 0.0
	for i := 1; i < len(pts); i++ {
		a, b := pts[i-1], pts[i]
		t0, t1, ok := clipSegment(a, b, x0, y0, x1, y1)
		if !ok {
			continue
		}
		l := b.Dist(a)
		steps := max(1, int(math.Ceil(l/aroundStep)))
		// Sample s is at t = (s+0.5)/steps; one more on each side of the
		// crossing, against rounding.
		first := max(0, int(math.Floor(t0*float64(steps)-0.5))-1)
		last := min(steps-1, int(math.Ceil(t1*float64(steps)-0.5))+1)
		for s := first; s <= last; s++ {
			if o.within(a.Lerp(b, (float64(s)+0.5)/float64(steps)), margin) {
				in += l / float64(steps)
			}
		}
	}
	return in
}

// clipSegment is the part of the segment from a to b inside the box
// [x0, x1] × [y0, y1], as the range [t0, t1] of a + t(b - a); ok is false
// when it misses the box.
func clipSegment(a, b geom.Point, x0, y0, x1, y1 float64) (t0, t1 float64, ok bool) {
	t0, t1 = 0, 1
	for _, ax := range [2][3]float64{{a.X, b.X - a.X, 0}, {a.Y, b.Y - a.Y, 1}} {
		p, d := ax[0], ax[1]
		lo, hi := x0, x1
		if ax[2] == 1 {
			lo, hi = y0, y1
		}
		if d == 0 {
			if p < lo || p > hi {
				return 0, 0, false
			}
			continue
		}
		ta, tb := (lo-p)/d, (hi-p)/d
		t0, t1 = max(t0, min(ta, tb)), min(t1, max(ta, tb))
	}
	return t0, t1, t0 <= t1
}

// span is the box, as its sides, that holds every point within the
// outline or its label grown by margin.
func (o outline) span(margin float64) (x0, y0, x1, y1 float64) {
	b := o.Box.Inset(-margin)
	x0, y0, x1, y1 = b.X, b.Y, b.X+b.W, b.Y+b.H
	if !o.Label.Empty() {
		l := o.Label.Inset(-margin)
		x0, y0, x1, y1 = min(x0, l.X), min(y0, l.Y), max(x1, l.X+l.W), max(y1, l.Y+l.H)
	}
	return x0, y0, x1, y1
}

// within reports whether x lies inside the outline or its label, grown by
// margin.
func (o outline) within(x geom.Point, margin float64) bool {
	if !o.Label.Empty() && o.Label.Inset(-margin).Contains(x) {
		return true
	}
	if !o.Box.Inset(-margin).Contains(x) {
		return false
	}
	c := o.Box.Center()
	return x.Dist(c) <= o.figure().Exit(o.Box, o.Params, x).Dist(c)+margin
}

// border is points of the outline's border (aroundSides of them around
// it, and those towards its box's corners, where a rectangle's are), and
// its label's corners.
func (o outline) border() []geom.Point {
	sh := o.figure()
	c, far := o.Box.Center(), o.Box.W+o.Box.H
	out := make([]geom.Point, 0, aroundSides+8)
	for k := range aroundSides {
		s, co := math.Sincos(2 * math.Pi * float64(k) / aroundSides)
		out = append(out, sh.Exit(o.Box, o.Params, c.Add(geom.Pt(co, s).Scale(far))))
	}
	for _, k := range o.Box.Corners() {
		out = append(out, sh.Exit(o.Box, o.Params, k))
	}
	if !o.Label.Empty() {
		cs := o.Label.Corners()
		out = append(out, cs[:]...)
	}
	return out
}
