package lint

import (
	"fmt"
	"math"
	"slices"

	"github.com/sketchdeck/sketchdeck/internal/geom"
	"github.com/sketchdeck/sketchdeck/internal/scene"
)

// Clearances of an edge's line from a node it does not join, px.
const (
	throughMin = 3  // the line must run this far inside the node
	bowMargin  = 12 // a suggested bend passes the node this far off
	bowRound   = 10 // and is rounded up to a multiple of this
)

// through reports every edge of a graph whose line runs through a node
// that is not one of its ends: a reader follows it into the node. The
// finding suggests the bend that takes the line around the node.
func (c *checker) through(ps []*piece) {
	var nodes []*piece // the closed shapes of nodes: outlines, bands, icons, nodes inside
	for _, p := range ps {
		if p.g.list == "nodes" && len(p.area) >= 3 && len(p.lines) == 0 {
			nodes = append(nodes, p)
		}
	}
	if len(nodes) == 0 {
		return
	}
	for _, e := range ps {
		if e.g.list != "edges" || e.it.ID != e.g.id || len(e.strokes) == 0 {
			continue
		}
		reach := geom.Bounds(e.all)
		for _, n := range nodes {
			if !reach.Overlaps(n.area.box()) {
				continue
			}
			if slices.Contains(e.g.ends[:], n.g.id) {
				c.underDot(e, n)
				continue
			}
			if runsInside(e, n.area) <= throughMin {
				continue
			}
			c.add(EdgeThroughNode, e, n, "edge %q (%s) runs through node %q, which is not one of its ends: %s",
				e.g.ref, e.it.ID, n.g.ref, aroundFix(e, n.area))
		}
	}
}

// underDot reports edge e if its line runs under the status dot of n,
// one of its own nodes: the dot sits on the node's top-right corner,
// where an edge may leave or arrive, and the layout pulls an edge's end
// back from it (a line too short to yield, or a block edge's band, may
// still cover it).
func (c *checker) underDot(e, n *piece) {
	if n.it.ID != n.g.id+":status" || runsInside(e, n.area) <= crossMin {
		return
	}
	c.add(EdgeUnderDot, e, n, "edge %q (%s) runs under the status dot of node %q, one of its ends: "+
		"a side (from_side, to_side) or moving a node takes it off the corner", e.g.ref, e.it.ID, n.g.ref)
}

// runsInside is how far the strokes of e run inside the convex area.
func runsInside(e *piece, area polygon) float64 {
	box := area.box()
	in := 0.0
	for _, s := range e.strokes {
		if s.near().Overlaps(box) {
			in += insideLen(area, s)
		}
	}
	return in
}

// aroundFix says how to take the line of e around area: the bend, on
// the side that needs less, that clears it (an edge's bend is px off the
// straight line, positive over it), if a line can be bent; and moving the
// nodes.
func aroundFix(e *piece, area polygon) string {
	const move = "move a node (rank in dot, pos in neato and fdp, or another engine)"
	if e.it.Kind == scene.Polygon || len(e.all) < 2 { // a block edge takes no bend
		return move
	}
	p, q := e.all[0], e.all[len(e.all)-1]
	n := geom.UpNormal(q.Sub(p).Unit())
	best, found := 0.0, false
	for _, side := range []float64{1, -1} {
		b, ok := geom.BowPast(p, q, n.Scale(side), area, bowMargin)
		if ok && (!found || b < math.Abs(best)) {
			best, found = side*b, true
		}
	}
	if !found || math.Abs(best) > p.Dist(q) {
		return move
	}
	bend := math.Copysign(math.Ceil(math.Abs(best)/bowRound)*bowRound, best)
	return fmt.Sprintf("bend = %s on the edge takes it around, or %s", num(bend), move)
}
