package layout

import (
	"math"
	"slices"

	"github.com/sketchdeck/sketchdeck/internal/geom"
	"github.com/sketchdeck/sketchdeck/internal/scene"
	"github.com/sketchdeck/sketchdeck/internal/spec"
)

// statusDot is the coloured dot centred on a node's top-right corner.
func statusDot(r resolver, n *spec.Node, shape geom.Rect, path string) scene.Item {
	c := r.color(spec.Color(n.Status), "", path)
	return scene.Item{
		ID: nodeID(n.ID, "status"), Kind: scene.Ellipse,
		Box: statusBox(r.env.Theme.StatusSize, shape), Style: r.fillStyle(c),
	}
}

// statusBox is the box of the status dot on a node whose shape is in
// shape: the theme's size, smaller on a small node, centred on the
// top-right corner.
func statusBox(size float64, shape geom.Rect) geom.Rect {
	size = math.Min(size, math.Max(16, 0.45*math.Min(shape.W, shape.H)))
	return geom.RectCenter(geom.Pt(shape.X+shape.W, shape.Y), size, size)
}

// holdStatus grows a graph node's centred footprint to hold its status
// dot, which sticks out of the shape's top-right corner, and centres it
// again: Graphviz then keeps the dot clear of the node's neighbours, as it
// keeps their shapes. Without it the dot overlapped the next node. It
// grows on the dot's sides only: grown evenly about the centre, a row of
// nodes with dots spread wider and their arrows' ends moved under the
// dots. A node
// inside a node keeps its cell: its holder's size is often written, and a
// wider cell would push the dot into the holder's border instead.
func (nd *node) holdStatus(size float64) {
	if nd.spec.Status == "" {
		return
	}
	nd.dot = statusBox(size, nd.shape)
	box := nd.foot.Union(nd.dot)
	if box == nd.foot {
		return
	}
	c := box.Center().Scale(-1)
	nd.foot, nd.shape, nd.dot = box.Translate(c), nd.shape.Translate(c), nd.dot.Translate(c)
	if !nd.label.Empty() {
		nd.label = nd.label.Translate(c)
	}
}

// dotClear is the least blank an edge keeps from a status dot it would
// end under, px: a line (whose gap is 0) must not seem to join the dot.
const dotClear = 4

// clearDots pulls back each end of the track that runs under a status
// dot (start's at its start, end's at its end; empty for none) to where
// it passes gap (at least dotClear) off the dot, as it stops gap short
// of the outline: the dot sits on its node's top-right corner, where an
// edge may leave or arrive, and without this the line (or its
// arrowhead) was drawn under it. The track keeps at least its middle
// part, as trim does.
func (t track) clearDots(start, end geom.Rect, gap float64) track {
	if len(t.pts) < 2 || start.Empty() && end.Empty() {
		return t
	}
	l := geom.Length(t.pts)
	most := pullRoom(l) // how far either end may be pulled back
	clear := math.Max(gap/2, dotClear)
	if !start.Empty() {
		if s := underDot(t.pts, start, clear, most); s > 0 {
			t = t.from(s / l).smoothStart()
		}
	}
	if !end.Empty() {
		rev := slices.Clone(t.pts)
		slices.Reverse(rev)
		if s := underDot(rev, end, clear, most); s > 0 {
			t = t.cut(1 - s/geom.Length(t.pts)).smoothEnd()
		}
	}
	return t
}

// underDot is how far along pts, from its first point and at most most
// px, the polyline last runs within clear of the dot in box: 0 if it
// does not come that near.
func underDot(pts []geom.Point, box geom.Rect, clear, most float64) float64 {
	c, r := box.Center(), box.W/2+clear
	last, run := 0.0, 0.0
	for i := 1; i < len(pts) && run < most; i++ {
		a, b := pts[i-1], pts[i]
		seg := b.Dist(a)
		if u, ok := lastInside(a, b, c, r); ok {
			last = math.Min(most, run+u*seg)
		}
		run += seg
	}
	return last
}

// lastInside is the last fraction u (0 to 1) of the segment from a to b
// whose point lies within r of c, and whether any does.
func lastInside(a, b, c geom.Point, r float64) (float64, bool) {
	d, f := b.Sub(a), a.Sub(c)
	qa, qb, qc := d.X*d.X+d.Y*d.Y, 2*(d.X*f.X+d.Y*f.Y), f.X*f.X+f.Y*f.Y-r*r
	if qa == 0 {
		return 0, qc <= 0
	}
	disc := qb*qb - 4*qa*qc
	if disc < 0 {
		return 0, false
	}
	sq := math.Sqrt(disc)
	u0, u1 := (-qb-sq)/(2*qa), (-qb+sq)/(2*qa)
	if u1 < 0 || u0 > 1 {
		return 0, false
	}
	return math.Min(u1, 1), true
}

// minStep is the shortest first or last step a pulled-back curve keeps:
// a curve drawn through a point just beside its end hooks there.
const minStep = 6

// smoothStart drops the curve's second point when it lies within minStep
// of its first (a straight track keeps its two).
func (t track) smoothStart() track {
	if len(t.pts) > 2 && t.pts[0].Dist(t.pts[1]) < minStep {
		t.pts = append(t.pts[:1:1], t.pts[2:]...)
	}
	return t
}

// smoothEnd drops the curve's last point but one when it lies within
// minStep of its last.
func (t track) smoothEnd() track {
	if n := len(t.pts); n > 2 && t.pts[n-1].Dist(t.pts[n-2]) < minStep {
		t.pts = append(t.pts[:n-2:n-2], t.pts[n-1])
	}
	return t
}
