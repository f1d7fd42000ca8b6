package layout

import (
	"fmt"
	"math"

	"github.com/sketchdeck/sketchdeck/internal/geom"
)

// radialTries bounds how often the rings are spread before the radial
// layout gives up (and the balanced one is used).
const radialTries = 40

// radial places the centre at the origin and every topic on a ray: each
// main branch gets a wedge of the circle in proportion to its leaves, each
// topic splits its wedge among its children the same way, and each level
// sits on a ring. The rings spread until no topics overlap and no
// connector crosses a topic; it reports whether they did.
func (mm *mindmap) radial() bool {
	root := mm.root
	root.box = geom.RectCenter(geom.Point{}, root.w, root.h)
	mm.countLeaves(root)
	a0 := mm.startRay()
	mm.assignAngles(root, a0, a0+2*math.Pi)
	radii := mm.ringRadii()
	mm.radialOK = true
	for range radialTries {
		mm.placeRings(radii)
		if len(mm.problems(1)) == 0 {
			return true
		}
		for d := 1; d < len(radii); d++ {
			radii[d] = radii[d-1] + (radii[d]-radii[d-1])*1.2
		}
		radii[1] *= 1.1
	}
	mm.radialOK = false
	return false
}

// startRay is where the first main branch's wedge begins, in radians
// clockwise from three o'clock (y points down): at twelve o'clock, or, with
// start_angle, so that the first branch's ray points at that angle.
func (mm *mindmap) startRay() float64 {
	up := -math.Pi / 2
	sa := mm.d.Mindmap.StartAngle
	if sa == nil || len(mm.root.kids) == 0 {
		return up
	}
	first := math.Pi * float64(mm.root.kids[0].leaves) / float64(mm.root.leaves)
	return up + *sa*math.Pi/180 - first
}

func (mm *mindmap) countLeaves(n *mmNode) int {
	n.leaves = 0
	for _, k := range n.kids {
		n.leaves += mm.countLeaves(k)
	}
	n.leaves = max(n.leaves, 1)
	return n.leaves
}

// assignAngles gives each child of n a share of the wedge [a0, a1] in
// proportion to its leaves, and its ray through the share's middle. Below
// the main branches a wedge is at most a half-turn, so that no branch
// folds back around the centre.
func (mm *mindmap) assignAngles(n *mmNode, a0, a1 float64) {
	if n.depth > 0 {
		n.dir = (a0 + a1) / 2
		if a1-a0 > math.Pi {
			a0, a1 = n.dir-math.Pi/2, n.dir+math.Pi/2
		}
	}
	total := 0
	for _, k := range n.kids {
		total += k.leaves
	}
	at := a0
	for _, k := range n.kids {
		share := (a1 - a0) * float64(k.leaves) / float64(total)
		mm.assignAngles(k, at, at+share)
		at += share
	}
	n.band = a1 - a0 // the wedge's width, for the rings' radii
}

// ringRadii is the first guess at each level's radius: far enough from
// the level inside it, and wide enough for each topic's wedge.
func (mm *mindmap) ringRadii() []float64 {
	half := []float64{math.Max(mm.root.w, mm.root.h) / 2}
	for _, n := range mm.all[1:] {
		for len(half) <= n.depth {
			half = append(half, 0)
		}
		half[n.depth] = max(half[n.depth], math.Hypot(n.w, n.h)/2)
	}
	radii := make([]float64, len(half))
	for d := 1; d < len(half); d++ {
		radii[d] = radii[d-1] + half[d-1] + mm.levelGap + half[d]
	}
	for _, n := range mm.all[1:] {
		if w := min(n.band, math.Pi); w > 0 {
			radii[n.depth] = max(radii[n.depth], 2*math.Hypot(n.w, n.h)/2/w)
		}
	}
	for d := 2; d < len(radii); d++ {
		radii[d] = max(radii[d], radii[d-1]+half[d-1]+mm.levelGap+half[d])
	}
	return radii
}

// placeRings puts each topic's centre on its ring, on its ray.
func (mm *mindmap) placeRings(radii []float64) {
	for _, n := range mm.all[1:] {
		c := geom.Pt(radii[n.depth]*math.Cos(n.dir), radii[n.depth]*math.Sin(n.dir))
		n.box = geom.RectCenter(c, n.w, n.h)
	}
}

// problems lists overlapping topics and connectors that cross a topic,
// at most limit of them (0: all); a clean map has none.
func (mm *mindmap) problems(limit int) []string {
	var out []string
	full := func() bool { return limit > 0 && len(out) >= limit }
	for i, a := range mm.all {
		for _, b := range mm.all[i+1:] {
			if a.box.Overlaps(b.box) {
				out = append(out, fmt.Sprintf("topics %q and %q overlap", a.id, b.id))
				if full() {
					return out
				}
			}
		}
	}
	for _, l := range mm.links() {
		if n := mm.crossed(l[0], l[1]); n != nil {
			out = append(out, fmt.Sprintf("connector to %q crosses topic %q", l[1].id, n.id))
			if full() {
				return out
			}
		}
	}
	return out
}

// crossed returns a topic, other than the two it joins, that the connector
// from p to k passes through, or nil.
func (mm *mindmap) crossed(p, k *mmNode) *mmNode {
	pts := mm.curve(p, k)
	area := geom.Bounds(pts)
	const steps = 24
	for _, n := range mm.all {
		if n == p || n == k || !n.box.Overlaps(area) {
			continue
		}
		for i := 0; i <= steps; i++ {
			if n.box.Contains(geom.CubicAt(pts[0], pts[1], pts[2], pts[3], float64(i)/steps)) {
				return n
			}
		}
	}
	return nil
}
