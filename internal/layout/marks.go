package layout

import (
	"math"
	"strconv"

	"github.com/sketchdeck/sketchdeck/internal/geom"
	"github.com/sketchdeck/sketchdeck/internal/scene"
	"github.com/sketchdeck/sketchdeck/internal/spec"
)

// edgeClear is the extra room a mark beside an edge leaves for its token.
const edgeClear = 16

// target is what a mark is placed on: a node's outline, an edge's path,
// or a box (a panel, the whole drawing).
type target struct {
	o  outline
	tr *track
}

// mark is one mark being drawn: its spec, id, key path, and the point and
// outward direction it was anchored at on its target.
type mark struct {
	m    *spec.Overlay
	id   string
	path string
	t    target
	pt   geom.Point
	out  geom.Point // unit vector away from the target; zero on it
	step int        // the step's number, for step marks
}

// markItems draws marks over a placed graph. prefix is the graph's key
// path ("panels[1].") for error positions. It returns the items of the
// marks (to go after pl.items) and what may move to make room: pl's
// labels and the marks' texts, indexed in pl.items and then these.
func markItems(r resolver, marks []spec.Overlay, prefix string, pl placed) ([]scene.Item, []mover) {
	var out []scene.Item
	movers := pl.movers
	seen := map[string]int{}
	steps := 0
	// The whole drawing includes the marks before this one (an axis goes
	// under everything): its bounds grow with each mark's items, so that a
	// mark costs its own items, not a copy of all those before it.
	whole := contentBounds(pl.items)
	for i := range marks {
		m := &marks[i]
		key := string(m.Kind) + ":" + m.On
		seen[key]++
		mk := mark{m: m, id: "mark:" + key + "#" + strconv.Itoa(seen[key]), path: prefix + "marks[" + strconv.Itoa(i) + "]"}
		if !r.take(markCost+perArrowCost*max(m.Count, 1), mk.path) {
			break
		}
		t, ok := findTarget(m.On, whole, pl)
		if !ok {
			// Validation names every bad target; a panel's marks may not
			// see the whole drawing's targets.
			continue
		}
		mk.t = t
		mk.pt, mk.out = t.point(m)
		if m.Kind == spec.OverlayStep {
			steps++
			mk.step = steps
		}
		items := mk.draw(r)
		if len(m.Offset) == 2 {
			translate(items, geom.Pt(m.Offset[0], m.Offset[1]))
		}
		// A text mark is placed by its author: it moves to make room
		// only in a translation.
		if r.env.Original != nil && m.Kind == spec.OverlayText && len(items) == 1 && items[0].Kind == scene.Label {
			size := items[0].Text.Size
			movers = append(movers, mover{at: []int{len(pl.items) + len(out)}, moves: func() [][]geom.Point { return nudges(size, 1) }})
		}
		out = append(out, stamp(items, int(m.Step))...)
		whole = whole.Union(contentBounds(items))
	}
	return out, movers
}

// findTarget resolves a mark's "on": a node id, "from->to[#n]", or "" for
// everything placed so far, whose bounds are whole.
func findTarget(on string, whole geom.Rect, pl placed) (target, bool) {
	if on == "" {
		return target{o: outline{Kind: scene.Rect, Box: whole}}, true
	}
	if o, ok := pl.nodes[on]; ok {
		return target{o: o}, true
	}
	if ref, ok := spec.ParseEdgeRef(on); ok {
		for i := range pl.edges {
			pe := &pl.edges[i]
			if pe.e.From == ref.From && pe.e.To == ref.To && pe.nth == ref.Nth {
				return target{o: outline{Kind: scene.Rect, Box: geom.Bounds(pe.tr.pts)}, tr: &pe.tr}, true
			}
		}
	}
	return target{}, false
}

// contentBounds is the area items cover, without the wobble margin.
func contentBounds(items []scene.Item) geom.Rect {
	var r geom.Rect
	for _, it := range items {
		b := it.Box
		if len(it.Points) > 0 {
			b = geom.Bounds(it.Points)
		}
		r = r.Union(b)
	}
	return r
}

// point is where on the target a mark is anchored, and which way is out.
func (t target) point(m *spec.Overlay) (geom.Point, geom.Point) {
	side := anchorVector(m.At)
	if t.tr != nil {
		f := 0.5
		switch m.At {
		case spec.AtStart:
			f = 0
		case spec.AtEnd:
			f = 1
		}
		if m.Along != nil {
			f = *m.Along
		}
		return t.tr.at(f), side
	}
	if m.At == "" || m.At == spec.AtCenter || m.At == spec.AtStart || m.At == spec.AtEnd {
		return t.o.Box.Center(), geom.Point{}
	}
	c := t.o.Box.Center()
	far := c.Add(geom.Pt(side.X*t.o.Box.W, side.Y*t.o.Box.H))
	return t.o.anchor(m.At, far), side
}

// anchorVector is the unit vector from a target's centre towards an anchor.
func anchorVector(a spec.Anchor) geom.Point {
	d := math.Sqrt2 / 2
	switch a {
	case spec.AtTop:
		return geom.Pt(0, -1)
	case spec.AtBottom:
		return geom.Pt(0, 1)
	case spec.AtLeft:
		return geom.Pt(-1, 0)
	case spec.AtRight:
		return geom.Pt(1, 0)
	case spec.AtTopLeft:
		return geom.Pt(-d, -d)
	case spec.AtTopRight:
		return geom.Pt(d, -d)
	case spec.AtBottomLeft:
		return geom.Pt(-d, d)
	case spec.AtBottomRight:
		return geom.Pt(d, d)
	}
	return geom.Point{}
}

// beside is the centre of a w×h box placed against the anchor, on its
// outer side (or on it, for a centre anchor), clear by gap.
func (mk mark) beside(w, h, gap float64) geom.Point {
	if mk.out == (geom.Point{}) {
		return mk.pt
	}
	if mk.t.tr != nil {
		gap += edgeClear // beside an edge, clear the token riding on it
	}
	reach := math.Abs(mk.out.X)*w/2 + math.Abs(mk.out.Y)*h/2 + gap
	return mk.pt.Add(mk.out.Scale(reach))
}

// size is the mark's size, or def.
func (mk mark) size(def float64) float64 { return pick(mk.m.Size, def) }

// color resolves the mark's colour, or def.
func (mk mark) color(r resolver, def string) string {
	return r.color(mk.m.Color, def, mk.path+".color")
}

// line is a mark's stroke style of colour c.
func (mk mark) line(r resolver, c string, width float64) scene.Style {
	st := r.base()
	st.Stroke = c
	st.StrokeWidth = pick(mk.m.StrokeWidth, width)
	if mk.m.Style != "" {
		st.Dash = scene.Dash(mk.m.Style)
	}
	return st
}
