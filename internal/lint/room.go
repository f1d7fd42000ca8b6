package lint

import (
	"slices"

	"github.com/sketchdeck/sketchdeck/internal/geom"
	"github.com/sketchdeck/sketchdeck/internal/scene"
	"github.com/sketchdeck/sketchdeck/internal/spec"
)

// Room is a scene being laid out, kept as geometry so that a layout can
// ask, as it moves a text to make room, whether the text still collides
// with anything: the rules and exceptions are Check's, so what the layout
// settles on is what lint accepts. The canvas is not checked (it is framed
// around the items afterwards).
type Room struct {
	gs    groups
	d     *spec.Diagram
	ink   Inker
	items []scene.Item
	ps    []*piece
	reach []geom.Rect // each piece's reach, indexed by near
	near  *grid       // nil until the queries have tested gridAfter pieces
	tried int         // pieces tested one by one so far
}

// gridAfter is how many pieces a room's queries test one by one before
// it indexes them in a grid. Most rooms (a slide's few labels, each
// checked once) never get there: indexing a hundred pieces costs more
// than testing them. Both find the same clashes, the grid only skips
// pieces whose reach is too far to meet.
const gridAfter = 4096

// NewRoom measures items, laid out from d (it keeps its own copy).
func NewRoom(d *spec.Diagram, items []scene.Item, ink Inker) *Room {
	r := &Room{gs: owners(d), d: d, ink: ink, items: append([]scene.Item(nil), items...)}
	r.ps = measure(r.items, r.gs, ink)
	r.reach = make([]geom.Rect, len(r.items))
	for i, p := range r.ps {
		r.reach[i] = p.reach()
	}
	return r
}

// neighbours calls f with every piece whose reach may meet reach (each
// once) until f returns true; it reports whether one did.
func (r *Room) neighbours(reach geom.Rect, f func(k int) bool) bool {
	if r.near == nil && r.tried < gridAfter {
		r.tried += len(r.ps)
		for k := range r.ps {
			if f(k) {
				return true
			}
		}
		return false
	}
	if r.near == nil {
		r.near = newGrid(r.reach)
	}
	return r.near.near(reach, f)
}

// Item is item i as the room holds it.
func (r *Room) Item(i int) scene.Item { return r.items[i] }

// Set replaces item i (moved).
func (r *Room) Set(i int, it scene.Item) {
	r.items[i] = it
	r.ps[i] = newPiece(&r.items[i], i, r.gs.of(it.ID), r.ink)
	r.reach[i] = r.ps[i].reach()
	if r.near != nil {
		r.near.move(i, r.reach[i])
	}
}

// Saved is what a room held at some of its items (Save), to put back
// as it was (Restore).
type Saved struct {
	at    []int
	items []scene.Item
	ps    []*piece
	reach []geom.Rect
}

// Item is the n-th item saved, as it was.
func (s Saved) Item(n int) scene.Item { return s.items[n] }

// Save keeps items at as the room holds them now.
func (r *Room) Save(at []int) Saved {
	s := Saved{at: at, items: make([]scene.Item, len(at)), ps: make([]*piece, len(at)), reach: make([]geom.Rect, len(at))}
	for n, i := range at {
		s.items[n], s.ps[n], s.reach[n] = r.items[i], r.ps[i], r.reach[i]
	}
	return s
}

// Restore puts back the items s saved, as they were measured then: a text
// tried at other places goes back without being measured again. (A piece
// points at its item's place in the room, which holds the saved item
// again.)
func (r *Room) Restore(s Saved) {
	for n, i := range s.at {
		r.items[i], r.ps[i], r.reach[i] = s.items[n], s.ps[n], s.reach[n]
		if r.near != nil {
			r.near.move(i, r.reach[i])
		}
	}
}

// Clashes reports whether item i overlaps another text, is a text crossed
// by another element's stroke, or crosses another element's text, in a
// way no exception of the diagram accepts: what Check would report.
func (r *Room) Clashes(i int) bool { return r.clashes(i, nil) }

// Blocked is Clashes, stricter, for a place the layout tries: a stroke
// may not pass even between two words of a line, and the strokes of the
// item's own element count too (a label moved onto its own edge is
// crossed by it), except those of the items in with, which move along.
func (r *Room) Blocked(i int, with []int) bool {
	return r.clashes(i, func(k int) bool { return !slices.Contains(with, k) })
}

// clashes is Clashes, or Blocked when own is set: own says whether the
// strokes of item k, of the item's own element, count.
func (r *Room) clashes(i int, own func(k int) bool) bool {
	cross := crossed
	if own != nil {
		cross = crossedLine
	}
	a, reach := r.ps[i], r.reach[i]
	// Only pieces whose reach meets a's can overlap or cross it.
	return r.neighbours(reach, func(k int) bool {
		b := r.ps[k]
		if k == i || !reach.Overlaps(r.reach[k]) || r.accepted(a, b) {
			return false
		}
		if len(a.lines) > 0 && len(b.lines) > 0 {
			slack := 0.0
			if a.g == b.g {
				slack = a.grow + b.grow
			}
			if lineOverlap(a, b, slack) {
				return true
			}
		}
		if related(a, b) && (own == nil || !own(k)) {
			return false
		}
		return len(a.lines) > 0 && len(b.strokes) > 0 && cross(a, b) ||
			len(b.lines) > 0 && len(a.strokes) > 0 && cross(b, a)
	})
}

// accepted reports whether an exception of the diagram names both items.
func (r *Room) accepted(a, b *piece) bool {
	for _, al := range r.d.Lint.Allow {
		if len(al.IDs) != 2 {
			continue
		}
		x, y := al.IDs[0], al.IDs[1]
		if r.gs.names(x, a.it.ID) && r.gs.names(y, b.it.ID) || r.gs.names(x, b.it.ID) && r.gs.names(y, a.it.ID) {
			return true
		}
	}
	return false
}

// crossedLine is crossed with each line of t taken whole, the blanks
// between its words included (t.spans).
func crossedLine(t, s *piece) bool {
	for _, w := range t.spans() {
		for _, sg := range s.strokes {
			if w.box.Overlaps(sg.near()) && crosses(w.hull, sg, crossMin) {
				return true
			}
		}
	}
	return false
}
