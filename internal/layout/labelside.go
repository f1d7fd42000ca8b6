package layout

import (
	"github.com/sketchdeck/sketchdeck/internal/geom"
	"github.com/sketchdeck/sketchdeck/internal/spec"
)

// wedgeSide is how far, as a fraction of its length, another edge's
// direction must lean to one side of an edge for it to count as on that
// side (a nearly parallel one is on neither).
const wedgeSide = 0.05

// labelSides marks, in lanes, the straight labelled edges whose label
// would sit on its default side (the edge's left-hand side) in the wedge
// between the edge and another one that leaves or reaches one of its
// nodes within a right angle of it, while its other side faces no such
// edge: the label goes on that free side instead, where it is not
// squeezed between the two lines. Edges whose label is placed
// (label_position), parallel lanes, arcs and loops keep theirs. Node
// centres give the directions, as they give a straight edge's line; an
// arc's are its own at either end.
func labelSides(d *spec.Diagram, lanes []lane, outlines []outline, index map[string]int) {
	type ray struct {
		edge int
		dir  geom.Point // away from the node
	}
	rays := make([][]ray, len(outlines))
	for i := range d.Edges {
		e := &d.Edges[i]
		if e.From == e.To || e.Style == spec.EdgeHidden {
			continue
		}
		a, b := index[e.From], index[e.To]
		if out, in, ok := edgeRays(e, lanes[i], outlines[a], outlines[b]); ok {
			rays[a] = append(rays[a], ray{i, out})
			rays[b] = append(rays[b], ray{i, in})
		}
	}
	for i := range d.Edges {
		e := &d.Edges[i]
		if e.Label == "" || e.LabelPosition != "" || !lone(e, lanes[i]) || lanes[i].bend != 0 {
			continue
		}
		a, b := index[e.From], index[e.To]
		v := outlines[b].Box.Center().Sub(outlines[a].Box.Center())
		if v.Len() == 0 {
			continue
		}
		u := v.Unit()
		n := geom.UpNormal(u) // the label's default side
		toward, away := false, false
		for k, out := range [2]geom.Point{u, u.Scale(-1)} {
			for _, r := range rays[[2]int{a, b}[k]] {
				if r.edge == i || r.dir.X*out.X+r.dir.Y*out.Y <= 0 {
					continue
				}
				switch side := r.dir.X*n.X + r.dir.Y*n.Y; {
				case side > wedgeSide:
					toward = true
				case side < -wedgeSide:
					away = true
				}
			}
		}
		lanes[i].otherSide = toward && !away
	}
}

// edgeRays are the directions in which an edge leaves its start and its
// end, away from each node: the line between the centres, or an arc's
// own at its ends (as edgeTrack draws it). ok is false for nodes that
// share a centre.
func edgeRays(e *spec.Edge, ln lane, a, b outline) (out, in geom.Point, ok bool) {
	v := b.Box.Center().Sub(a.Box.Center())
	if v.Len() == 0 {
		return geom.Point{}, geom.Point{}, false
	}
	bend := ln.bend
	var p, q geom.Point
	if e.Bend != 0 || e.Curve != "" {
		p, q = edgeEnds(a, b, e, 0, 0)
		bend = bendOf(e, p, q)
	} else if bend != 0 {
		p, q = edgeEnds(a, b, e, 0, 0)
	}
	if bend == 0 || p == q {
		return v.Unit(), v.Unit().Scale(-1), true
	}
	// The arc's control point (arc): its tangents at p and q point at it.
	ctrl := p.Lerp(q, 0.5).Add(geom.UpNormal(q.Sub(p).Unit()).Scale(2 * bend))
	return ctrl.Sub(p).Unit(), ctrl.Sub(q).Unit(), true
}
