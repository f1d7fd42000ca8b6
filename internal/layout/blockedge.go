package layout

import (
	"math"

	"github.com/sketchdeck/sketchdeck/internal/geom"
	"github.com/sketchdeck/sketchdeck/internal/scene"
	"github.com/sketchdeck/sketchdeck/internal/shape"
	"github.com/sketchdeck/sketchdeck/internal/spec"
)

// blockEdgeWidth is a block edge's width (its heads' height) at
// arrow_size 1, px; its shaft is half as wide.
const blockEdgeWidth = 40

// blockLaneClear is the blank between two block edges joining the same
// nodes side by side, px.
const blockLaneClear = 12

// blockWidth is the width of block edge e.
func blockWidth(e *spec.Edge) float64 {
	if e.ArrowSize > 0 {
		return blockEdgeWidth * e.ArrowSize
	}
	return blockEdgeWidth
}

// blockEdge draws an edge of style "block": internal/shape's block arrow
// laid along the straight track from its start to its end (already
// clipped at the nodes), with a head at each end arrow puts one on, drawn
// with the edge's pen and no fill.
func blockEdge(e *spec.Edge, id string, tr track, st scene.Style) scene.Item {
	o, ok := shape.OutlineNamed("block_arrow")
	if !ok {
		panic("layout: the block arrow is not in internal/shape's registry")
	}
	p, q := tr.pts[0], tr.pts[len(tr.pts)-1]
	d := q.Sub(p)
	h := heads(e.Heads, spec.ArrowEnd)
	st.Fill, st.FillStyle = "", scene.FillNone
	return scene.Item{
		ID: id, Kind: scene.Kind(o.Name),
		Box:    geom.RectCenter(p.Lerp(q, 0.5), d.Len(), blockWidth(e)),
		Rotate: math.Atan2(d.Y, d.X) * 180 / math.Pi,
		Style:  st, Heads: scene.Heads{Start: h.Start, End: h.End},
	}
}

// clearEnds pulls a block edge's ends back along its track until the
// corners of each end lie outside the node there, as its tip already
// does: a wide arrow meeting a round node would otherwise cut into it. A
// headed end's corners are those of its head's base, a flat end's those
// of its shaft. Each end moves at most a quarter of the track's length.
func clearEnds(tr track, a, b outline, w float64, hs scene.Heads) track {
	if len(tr.pts) < 2 {
		return tr
	}
	p, q := tr.pts[0], tr.pts[len(tr.pts)-1]
	n := 0
	for _, on := range []bool{hs.Start, hs.End} {
		if on {
			n++
		}
	}
	hl := math.Min(w*0.6, p.Dist(q)/float64(n+1))
	budget := p.Dist(q) / 4
	p = pullBack(p, q, a, w, hl, hs.Start, budget)
	q = pullBack(q, p, b, w, hl, hs.End, budget)
	return track{pts: []geom.Point{p, q}}
}

// pullBack moves end e (the far end is f) towards f, 2 px at a time and
// at most budget px, until its corners are outside o.
func pullBack(e, f geom.Point, o outline, w, hl float64, headed bool, budget float64) geom.Point {
	u := e.Sub(f).Unit()
	side := geom.Pt(-u.Y, u.X)
	back, half := 0.0, w/4
	if headed {
		back, half = hl, w/2
	}
	for moved := 0.0; moved < budget; moved += 2 {
		base := e.Sub(u.Scale(back))
		if !o.holds(base.Add(side.Scale(half))) && !o.holds(base.Sub(side.Scale(half))) {
			break
		}
		e = e.Sub(u.Scale(2))
	}
	return e
}

// holds reports whether x lies inside the outline (or its label beside
// it): nearer its centre than where the ray towards x leaves it.
func (o outline) holds(x geom.Point) bool {
	c := o.Box.Center()
	if x.Dist(c) == 0 {
		return true
	}
	return x.Dist(c) < o.exit(x).Dist(c)
}
