package text

import "strings"

// Outline returns the glyph outlines of one line of text set at size px
// per em, with the baseline origin at (x, y) (y down, SVG user units), as
// SVG path data: absolute M, L, Q and Z commands, every number written by
// format so the svg stage keeps one float format. Fill it with the default
// nonzero rule, as TrueType intends.
//
// It lays s out exactly as Width measures it: the same advances and the
// same per-rune choice of fallback face (the fonts have no kerning), so
// the outline's pen ends at x + Width(s, size). Control characters advance
// nothing and draw nothing. A rune no shipped font has (see Missing)
// advances MissingAdvance em and draws a hand-drawn-looking box, the tofu
// a browser would show, so the gap reads as a missing character rather
// than as a space; callers that want the system font's emoji must draw
// such runes some other way.
//
// Drawing text as paths makes every SVG viewer show the handwriting face,
// including librsvg, which ignores @font-face. The result depends only on
// its arguments; segments that format rounds to nothing are dropped. It
// is about 1 KB per Virgil glyph at 2 decimals (Virgil's strokes have ~90
// points each).
//
// Ink is not bounded by Ascent and Descent: Virgil's accented capitals rise
// to 1.02 em above the baseline (À; Ǽ 1.15) against an ascent of 0.886,
// and y reaches 0.43 em below it against a descent of 0.374, as in
// browsers. Leave that much margin where text nears the drawing's edge.
func (fs *Fonts) Outline(s string, size, x, y float64, format func(float64) string) string {
	w := pathWriter{format: format, k: size, y: y}
	pen := 0.0 // em, summed in the order Width sums, so positions agree exactly
	for _, r := range s {
		var o *glyphOutline
		adv := 0.0
		if g, ok := fs.glyphs[r]; ok {
			o, adv = &fs.faces[g.face].outlines[g.gid], g.advance
		} else if a, ok := fs.advance(r); ok {
			adv = a // a control character
		} else {
			o, adv = &fs.missingBox, MissingAdvance
		}
		if o != nil && len(o.pts) > 0 {
			if w.b.Len() == 0 {
				w.b.Grow(len(s) * len(o.pts) * 14) // about one "12.34 56.78" per point
			}
			w.x = x + pen*size
			w.glyph(o)
		}
		pen += adv
	}
	return w.b.String()
}

// pathWriter writes glyph contours as path data, placing one glyph at a
// time at (x, y) scaled by k px per em.
type pathWriter struct {
	b       strings.Builder
	format  func(float64) string
	x, y, k float64
	cx, cy  string // the current point as written, to drop empty segments
}

func (w *pathWriter) glyph(o *glyphOutline) {
	start := 0
	for _, end := range o.ends {
		w.contour(o.pts[start:end])
		start = end
	}
}

// contour writes one closed quadratic B-spline. Two off-curve points in a
// row imply an on-curve point midway between them; a contour may start
// off the curve, in which case it starts at its last point if that is on
// the curve, else at the implied midpoint of its last and first points.
func (w *pathWriter) contour(pts []gpoint) {
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
	w.cx, w.cy = w.point(start)
	w.command('M', w.cx, w.cy)
	var ctrl gpoint
	pending := false
	for _, q := range seq {
		switch {
		case q.on && pending:
			w.quad(ctrl, q)
			pending = false
		case q.on:
			w.line(q)
		case pending:
			w.quad(ctrl, mid(ctrl, q))
			ctrl = q
		default:
			ctrl, pending = q, true
		}
	}
	if pending {
		w.quad(ctrl, start)
	}
	w.b.WriteByte('Z')
}

func mid(a, b gpoint) gpoint { return gpoint{(a.x + b.x) / 2, (a.y + b.y) / 2, true} }

// point formats p in user units: scaled, y flipped, moved to the origin.
func (w *pathWriter) point(p gpoint) (string, string) {
	return w.format(w.x + float64(p.x)*w.k), w.format(w.y - float64(p.y)*w.k)
}

func (w *pathWriter) line(p gpoint) {
	x, y := w.point(p)
	if x == w.cx && y == w.cy {
		return
	}
	w.command('L', x, y)
	w.cx, w.cy = x, y
}

// quad writes a quadratic segment, or a line when its control point
// coincides with an end once formatted (it is then straight).
func (w *pathWriter) quad(c, p gpoint) {
	qx, qy := w.point(c)
	x, y := w.point(p)
	switch {
	case x == w.cx && y == w.cy && qx == x && qy == y:
		return
	case (qx == w.cx && qy == w.cy) || (qx == x && qy == y):
		w.command('L', x, y)
	default:
		w.command('Q', qx, qy)
		w.b.WriteByte(' ')
		w.b.WriteString(x)
		w.b.WriteByte(' ')
		w.b.WriteString(y)
	}
	w.cx, w.cy = x, y
}

func (w *pathWriter) command(c byte, x, y string) {
	w.b.WriteByte(c)
	w.b.WriteString(x)
	w.b.WriteByte(' ')
	w.b.WriteString(y)
}

// newMissingBox builds the glyph Outline draws for a rune no font has: a
// box 0.7 em square with slightly uneven corners and bowed sides, stroked
// about as heavily as Virgil, inside the MissingAdvance-wide cell. The
// inner contour runs the other way round, so the nonzero fill leaves it
// hollow.
func newMissingBox() glyphOutline {
	on := func(x, y float32) gpoint { return gpoint{x * MissingAdvance, y, true} }
	off := func(x, y float32) gpoint { return gpoint{x * MissingAdvance, y, false} }
	return glyphOutline{
		pts: []gpoint{
			// outer, counter-clockwise (y up): bottom left, right, top right, left
			on(0.14, -0.02), off(0.5, 0.01), on(0.86, 0.01), off(0.88, 0.36),
			on(0.85, 0.72), off(0.5, 0.70), on(0.15, 0.70), off(0.12, 0.34),
			// inner, clockwise: bottom left, top left, top right, bottom right
			on(0.205, 0.05), off(0.185, 0.34), on(0.21, 0.635), off(0.5, 0.64),
			on(0.785, 0.655), off(0.81, 0.36), on(0.795, 0.075), off(0.5, 0.075),
		},
		ends: []int{8, 16},
	}
}
