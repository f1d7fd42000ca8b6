package text

// Pen receives a glyph's outline as closed contours of lines and
// quadratic Bézier segments, in em, with the origin on the baseline and y
// down (as SVG and most page formats lay out). Fill the contours with the
// nonzero rule, as TrueType intends. Every backend draws glyphs through a
// Pen: the SVG one writes path data, a rasterizer or PDF writer its own
// commands, so all place the same curves.
type Pen interface {
	MoveTo(x, y float64)
	LineTo(x, y float64)
	QuadTo(cx, cy, x, y float64)
	Close()
}

// DrawGlyph traces the outline of glyph id on p, and tells whether id is
// one of the fonts' glyphs (an unknown id draws nothing).
func (fs *Fonts) DrawGlyph(id GlyphID, p Pen) bool {
	o := fs.outline(id)
	if o == nil {
		return false
	}
	o.trace(p)
	return true
}

// outline is glyph id's outline, or nil for an unknown id.
func (fs *Fonts) outline(id GlyphID) *glyphOutline {
	if f := fs.face(id.Face); f != nil {
		return f.outline(id.GID)
	}
	return nil
}

// trace draws every contour of o on p.
func (o *glyphOutline) trace(p Pen) {
	start := 0
	for _, end := range o.ends {
		traceContour(o.pts[start:end], p)
		start = end
	}
}

// traceContour draws one closed quadratic B-spline. Two off-curve points
// in a row imply an on-curve point midway between them; a contour may
// start off the curve, in which case it starts at its last point if that
// is on the curve, else at the implied midpoint of its last and first
// points.
func traceContour(pts []gpoint, p Pen) {
	n := len(pts)
	if n < 3 { // two points enclose nothing
		return
	}
	start, seq := pts[0], pts[1:]
	switch {
	case pts[0].on:
	case pts[n-1].on:
		start, seq = pts[n-1], pts[:n-1]
	default:
		start, seq = mid(pts[n-1], pts[0]), pts
	}
	p.MoveTo(start.em())
	var ctrl gpoint
	pending := false
	quad := func(c, q gpoint) {
		cx, cy := c.em()
		x, y := q.em()
		p.QuadTo(cx, cy, x, y)
	}
	for _, q := range seq {
		switch {
		case q.on && pending:
			quad(ctrl, q)
			pending = false
		case q.on:
			p.LineTo(q.em())
		case pending:
			quad(ctrl, mid(ctrl, q))
			ctrl = q
		default:
			ctrl, pending = q, true
		}
	}
	if pending {
		quad(ctrl, start)
	}
	p.Close()
}

func mid(a, b gpoint) gpoint { return gpoint{(a.x + b.x) / 2, (a.y + b.y) / 2, true} }

// em is the point in em, y down.
func (p gpoint) em() (x, y float64) { return float64(p.x), -float64(p.y) }
