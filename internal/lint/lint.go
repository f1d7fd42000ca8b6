package lint

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/sketchdeck/sketchdeck/internal/scene"
	"github.com/sketchdeck/sketchdeck/internal/spec"
)

// Rule names what a finding is about.
type Rule string

// The rules, as docs/LINT.md states them.
const (
	TextOnText      Rule = "text-on-text"
	TextCrossed     Rule = "text-crossed"
	ShapeOnShape    Rule = "shape-on-shape"
	OffCanvas       Rule = "off-canvas"
	HiddenHead      Rule = "hidden-arrowhead"
	EdgeThroughNode Rule = "edge-through-node"
	EdgeUnderDot    Rule = "edge-under-status-dot"
	StaleAllowing   Rule = "stale-allow"
)

// Canvas is the id that names the canvas in an off-canvas finding, for
// [[lint.allow]].
const Canvas = "canvas"

// Tolerances, px. Ink boxes are a little generous (they bound the
// glyphs' control points) and hand-drawn strokes wander by about a pixel,
// so contact closer than this is not a collision a reader sees.
const (
	clearance   = 1.5  // each text line's ink box is grown by this on every side: text needs room to read
	clearanceEm = 0.15 // or by this much of its font size, if more
	crossMin    = 1    // a stroke must run this far inside a text's ink
	shapeDepth  = 2    // shapes must interpenetrate this deep
	canvasTol   = 1    // how far past the canvas an item may reach
	headInset   = 1    // how deep under a shape an arrow's tip must be
)

// Finding is one collision, placed at the element of the diagram its
// first item comes from.
type Finding struct {
	File string
	Pos  spec.Pos
	Rule Rule
	// A and B are the ids of the items involved (B is Canvas for an
	// off-canvas finding, "" for a stale exception).
	A, B string
	Msg  string
}

// String is "file:line:col: message".
func (f Finding) String() string {
	return (&spec.Error{File: f.File, Pos: f.Pos, Msg: f.Msg}).Error()
}

// Check returns every collision of sc, the scene laid out from d, except
// those d's [[lint.allow]] accepts, sorted by position; used says which
// exceptions accepted a finding (Stale reports the others once every
// language is checked). ink measures text.
func Check(d *spec.Diagram, sc *scene.Scene, ink Inker) (found []Finding, used []bool) {
	gs := owners(d)
	ps := measure(sc.Items, gs, ink)
	c := &checker{d: d, seen: map[string]bool{}}
	c.texts(ps)
	c.crossings(ps)
	c.shapes(ps)
	c.canvas(ps, sc)
	c.heads(ps)
	c.through(ps)
	found, used = allow(d, gs, c.found)
	slices.SortStableFunc(found, func(a, b Finding) int {
		return cmp.Or(cmp.Compare(a.Pos.Line, b.Pos.Line), cmp.Compare(a.Pos.Col, b.Pos.Col))
	})
	return found, used
}

// checker collects findings, one per rule and pair of units.
type checker struct {
	d     *spec.Diagram
	found []Finding
	seen  map[string]bool
}

func (c *checker) add(rule Rule, a, b *piece, format string, args ...any) {
	bid, bunit := Canvas, Canvas
	if b != nil {
		bid, bunit = b.it.ID, b.unit()
	}
	key := string(rule) + "\x00" + a.unit() + "\x00" + bunit
	if c.seen[key] {
		return
	}
	c.seen[key] = true
	pos := a.g.where(c.d)
	if pos.Line == 0 {
		pos = spec.Pos{Line: 1, Col: 1}
	}
	c.found = append(c.found, Finding{File: c.d.File, Pos: pos, Rule: rule, A: a.it.ID, B: bid, Msg: fmt.Sprintf(format, args...)})
}

// related reports whether two items are drawn together by design: parts
// of one element (a node and its label, an edge and its tokens), or a
// mark and what it is placed on.
func related(a, b *piece) bool {
	if a.g == b.g {
		return true
	}
	for _, on := range a.g.on {
		if under(b.g.id, on) {
			return true
		}
	}
	for _, on := range b.g.on {
		if under(a.g.id, on) {
			return true
		}
	}
	return false
}

// allow drops the findings an exception of d accepts, and says which
// exceptions accepted one.
func allow(d *spec.Diagram, gs groups, found []Finding) ([]Finding, []bool) {
	used := make([]bool, len(d.Lint.Allow))
	var out []Finding
	for _, f := range found {
		ok := false
		for i, a := range d.Lint.Allow {
			if len(a.IDs) == 2 && (gs.names(a.IDs[0], f.A) && gs.names(a.IDs[1], f.B) || gs.names(a.IDs[0], f.B) && gs.names(a.IDs[1], f.A)) {
				used[i], ok = true, true
			}
		}
		if !ok {
			out = append(out, f)
		}
	}
	return out, used
}

// Stale reports each exception of d that accepted no finding: used[i]
// is whether exception i accepted one in any of the languages checked.
func Stale(d *spec.Diagram, used []bool) []Finding {
	var out []Finding
	for i, a := range d.Lint.Allow {
		if i < len(used) && used[i] {
			continue
		}
		q := make([]string, len(a.IDs))
		for k, id := range a.IDs {
			q[k] = fmt.Sprintf("%q", id)
		}
		out = append(out, Finding{File: d.File, Pos: a.P, Rule: StaleAllowing,
			Msg: fmt.Sprintf("lint.allow ids = [%s] accepts no finding: the exception is stale, remove it", strings.Join(q, ", "))})
	}
	return out
}

// names reports whether an exception's id names item: the item's id or a
// prefix of it ending at ":", "/" or "#", or the id the diagram gives the
// element it comes from.
func (gs groups) names(id, item string) bool {
	if under(item, id) {
		return true
	}
	return gs.of(item).named(id)
}

// OrUsed merges which exceptions accepted a finding in two languages (as
// Check returns them), for Stale; a may be nil.
func OrUsed(a, b []bool) []bool {
	if a == nil {
		return append([]bool(nil), b...)
	}
	for i := range min(len(a), len(b)) {
		a[i] = a[i] || b[i]
	}
	return a
}
