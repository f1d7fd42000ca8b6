package lint

import (
	"fmt"
	"math"
	"strings"

	"github.com/sketchdeck/sketchdeck/internal/geom"
	"github.com/sketchdeck/sketchdeck/internal/scene"
)

// texts reports every two text items whose inked lines overlap.
func (c *checker) texts(ps []*piece) {
	for i, a := range ps {
		for _, b := range ps[i+1:] {
			if len(a.lines) == 0 || len(b.lines) == 0 || stacked(a, b) {
				continue
			}
			// One element's texts are lines the layout stacked (a
			// cell's texts): only their ink must not overlap.
			slack := 0.0
			if a.g == b.g {
				slack = a.grow + b.grow
			}
			if lineOverlap(a, b, slack) {
				c.add(TextOnText, a, b, "%s overlaps %s", a.label(), b.label())
			}
		}
	}
}

func lineOverlap(a, b *piece, slack float64) bool {
	for _, la := range a.lines {
		for _, lb := range b.lines {
			if !la.bounds.Overlaps(lb.bounds) {
				continue
			}
			for _, ga := range la.glyphs {
				for _, gb := range lb.glyphs {
					if depth(ga, gb) > slack {
						return true
					}
				}
			}
		}
	}
	return false
}

// crossings reports every text crossed by a stroke of another element,
// or written over a picture (which hides what is under it, or shows
// through what is written on it).
func (c *checker) crossings(ps []*piece) {
	for _, t := range ps {
		if len(t.lines) == 0 {
			continue
		}
		for _, s := range ps {
			if related(t, s) {
				continue
			}
			switch {
			case s.it.Kind == scene.Picture && onArea(t, s.area):
				c.add(TextCrossed, t, s, "%s is written over %s", t.label(), s.label())
			case len(s.strokes) > 0 && crossed(t, s):
				c.add(TextCrossed, t, s, "%s is crossed by %s", t.label(), s.label())
			}
		}
	}
}

// onArea reports whether a glyph of t reaches into area.
func onArea(t *piece, area polygon) bool {
	if len(area) < 3 {
		return false
	}
	box := area.box()
	for _, l := range t.lines {
		if !l.bounds.Overlaps(box) {
			continue
		}
		for _, g := range l.glyphs {
			if depth(g, area) > crossMin {
				return true
			}
		}
	}
	return false
}

func crossed(t, s *piece) bool {
	for _, l := range t.lines {
		for _, sg := range s.strokes {
			if !l.bounds.Overlaps(sg.near()) {
				continue
			}
			for _, g := range l.glyphs {
				if crosses(g, sg, crossMin) {
					return true
				}
			}
		}
	}
	return false
}

// shapes reports closed shapes of different elements that overlap
// without one containing the other.
func (c *checker) shapes(ps []*piece) {
	for i, a := range ps {
		if len(a.area) < 3 {
			continue
		}
		ba := a.area.box()
		for _, b := range ps[i+1:] {
			if len(b.area) < 3 || related(a, b) || !ba.Overlaps(b.area.box()) {
				continue
			}
			if depth(a.area, b.area) > shapeDepth && !contains(a.area, b.area, shapeDepth) && !contains(b.area, a.area, shapeDepth) {
				c.add(ShapeOnShape, a, b, "%s overlaps %s", a.label(), b.label())
			}
		}
	}
}

// canvas reports items that reach past the canvas.
func (c *checker) canvas(ps []*piece, sc *scene.Scene) {
	for _, p := range ps {
		if len(p.all) == 0 || len(p.lines) == 0 && len(p.strokes) == 0 && !p.filled {
			continue
		}
		b := geom.Bounds(p.all)
		over := []struct {
			side string
			by   float64
		}{{"left", -b.X}, {"top", -b.Y}, {"right", b.X + b.W - sc.Width}, {"bottom", b.Y + b.H - sc.Height}}
		side, by := "", float64(canvasTol)
		for _, o := range over {
			if o.by > by {
				side, by = o.side, o.by
			}
		}
		if side != "" {
			c.add(OffCanvas, p, nil, "%s is %s px outside the canvas (%s side of %s×%s)",
				p.label(), num(by), side, num(sc.Width), num(sc.Height))
		}
	}
}

// heads reports arrowheads whose tip lies under a filled shape drawn
// after the arrow.
func (c *checker) heads(ps []*piece) {
	for _, a := range ps {
		h := a.it.Heads
		if len(a.strokes) == 0 || !h.Start && !h.End || len(a.all) < 2 {
			continue
		}
		var tips []geom.Point
		if h.Start {
			tips = append(tips, a.all[0])
		}
		if h.End {
			tips = append(tips, a.all[len(a.all)-1])
		}
		for _, b := range ps[a.idx+1:] {
			if !b.filled || len(b.area) < 3 {
				continue
			}
			for _, tip := range tips {
				if inside(b.area, tip, headInset) {
					c.add(HiddenHead, a, b, "the arrowhead of %s is hidden under %s", a.label(), b.label())
				}
			}
		}
	}
}

// num writes a length for a message: whole pixels, or one decimal.
func num(v float64) string {
	if r := math.Round(v); math.Abs(v-r) < 0.05 {
		return fmt.Sprintf("%.0f", r)
	}
	return fmt.Sprintf("%.1f", v)
}

// stacked reports whether two text items are lines of one label that the
// layout stacked (a label or a cell written as lines: "node:a:label:0" and
// "node:a:label:1"): like the lines of one text item, they are one block,
// spaced by its line height, and not checked against each other.
func stacked(a, b *piece) bool {
	if a.g != b.g {
		return false
	}
	pa, oka := stackOf(a.it.ID)
	pb, okb := stackOf(b.it.ID)
	return oka && okb && pa == pb
}

// stackOf is the id of the label whose line id is: id without its last
// ":N" part, and whether id ends in one.
func stackOf(id string) (string, bool) {
	i := strings.LastIndexByte(id, ':')
	if i < 0 || i == len(id)-1 {
		return "", false
	}
	for _, c := range id[i+1:] {
		if c < '0' || c > '9' {
			return "", false
		}
	}
	return id[:i], true
}
