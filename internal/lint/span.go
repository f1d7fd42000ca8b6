package lint

import (
	"math"

	"github.com/sketchdeck/sketchdeck/internal/geom"
)

// span is a stretch of a text line taken whole (crossedLine): the convex
// hull of its glyphs' boxes and the blanks between them, turned with the
// text, and the hull's bounds.
type span struct {
	hull polygon
	box  geom.Rect
}

// spans are p's lines cut where a blank is wider than half an em (several
// spaces, a hole the author left for a logo), in order. They depend on
// the text alone, so they are found once per piece: a room asks whether a
// text it moves is crossed by each of its neighbours.
func (p *piece) spans() []span {
	if p.spanned {
		return p.spanList
	}
	p.spanned = true
	if len(p.lines) == 0 {
		return nil
	}
	a := p.it.Rotate * math.Pi / 180
	dir := geom.Pt(math.Cos(a), math.Sin(a))
	hole := 0.5 * p.it.Text.Size
	most := 0
	for _, l := range p.lines {
		most = max(most, len(l.glyphs))
	}
	pts := make([]geom.Point, 0, 4*most) // a glyph's box has four corners
	p.spanList = make([]span, 0, len(p.lines))
	flush := func() {
		if len(pts) > 0 {
			h := hull(pts) // glyphs and the blanks between them, turned with the text
			p.spanList = append(p.spanList, span{hull: h, box: h.box()})
		}
		pts = pts[:0]
	}
	for _, l := range p.lines {
		end := math.Inf(-1)
		for _, g := range l.glyphs {
			lo, hi := project(g, dir)
			if lo-end > hole {
				flush()
			}
			pts = append(pts, g...)
			end = max(end, hi)
		}
		flush()
	}
	return p.spanList
}
