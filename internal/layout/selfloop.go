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
// from the node to itself has no length, so it is drawn here.
func selfLoop(a outline) track {
	b := a.Box
	s := math.Max(10, math.Min(30, math.Min(b.W, b.H)*0.3))
	p := a.anchor(spec.AtTop, geom.Pt(b.X+b.W-s, b.Y))
	q := a.anchor(spec.AtRight, geom.Pt(b.X+b.W, b.Y+s))
	reach := math.Max(80, s*3)
	c1, c2 := p.Add(geom.Pt(0, -reach)), q.Add(geom.Pt(reach, 0))
	const n = 12
	pts := make([]geom.Point, n+1)
	for i := range pts {
		u := float64(i) / n
		v := 1 - u
		pts[i] = p.Scale(v * v * v).Add(c1.Scale(3 * v * v * u)).Add(c2.Scale(3 * v * u * u)).Add(q.Scale(u * u * u))
	}
	return track{pts: pts}
}

// loopFoot is the footprint, centred on the node's centre, that holds the
// node's outline o (centred on the origin) and each of its self-loops with
// its label: Graphviz, which is not given the loops, keeps its
// neighbours out of it. It is foot itself when the node has no loop.
func loopFoot(r resolver, edges []spec.Edge, id string, o outline, foot geom.Rect) geom.Rect {
	box := foot
	for i := range edges {
		e := &edges[i]
		if e.From != id || e.To != id || e.Style == spec.EdgeHidden {
			continue
		}
		tr := selfLoop(o).trim(arrowGap(r, e))
		box = box.Union(geom.Bounds(tr.pts))
		if e.Label != "" {
			label, _ := edgeLabel(r, e, "", tr, tr.at(0.5), 0)
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

// topmost is the highest of pts (the first of equals).
func topmost(pts []geom.Point) geom.Point {
	best := pts[0]
	for _, p := range pts[1:] {
		if p.Y < best.Y {
			best = p
		}
	}
	return best
}
