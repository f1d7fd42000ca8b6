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
// nothing and draw nothing. A rune no shipped font has, the fallback faces
// included (see Missing), draws as Replacement.
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
		o, adv := fs.glyphOf(r)
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
// time at (x, y) scaled by k px per em. It is the Pen of Outline and
// GlyphPath.
type pathWriter struct {
	b       strings.Builder
	format  func(float64) string
	x, y, k float64
	cx, cy  string // the current point as written, to drop empty segments
}

func (w *pathWriter) glyph(o *glyphOutline) { o.trace(w) }

// point formats p (em, y down) in user units: scaled and moved to the origin.
func (w *pathWriter) point(x, y float64) (string, string) {
	return w.format(w.x + x*w.k), w.format(w.y + y*w.k)
}

// MoveTo starts a contour.
func (w *pathWriter) MoveTo(x, y float64) {
	w.cx, w.cy = w.point(x, y)
	w.command('M', w.cx, w.cy)
}

// LineTo writes a line, unless it is empty once formatted.
func (w *pathWriter) LineTo(x, y float64) {
	sx, sy := w.point(x, y)
	if sx == w.cx && sy == w.cy {
		return
	}
	w.command('L', sx, sy)
	w.cx, w.cy = sx, sy
}

// QuadTo writes a quadratic segment, or a line when its control point
// coincides with an end once formatted (it is then straight).
func (w *pathWriter) QuadTo(cx, cy, x, y float64) {
	qx, qy := w.point(cx, cy)
	sx, sy := w.point(x, y)
	switch {
	case sx == w.cx && sy == w.cy && qx == sx && qy == sy:
		return
	case (qx == w.cx && qy == w.cy) || (qx == sx && qy == sy):
		w.command('L', sx, sy)
	default:
		w.command('Q', qx, qy)
		w.b.WriteByte(' ')
		w.b.WriteString(sx)
		w.b.WriteByte(' ')
		w.b.WriteString(sy)
	}
	w.cx, w.cy = sx, sy
}

// Close ends a contour.
func (w *pathWriter) Close() { w.b.WriteByte('Z') }

func (w *pathWriter) command(c byte, x, y string) {
	w.b.WriteByte(c)
	w.b.WriteString(x)
	w.b.WriteByte(' ')
	w.b.WriteString(y)
}

// glyphOf is the outline that draws r (nil for a control character) and
// its advance in em.
func (fs *Fonts) glyphOf(r rune) (*glyphOutline, float64) {
	g, kind := fs.lookup(r)
	if kind == control {
		return nil, 0
	}
	return fs.face(g.face).outline(g.gid), g.advance
}
