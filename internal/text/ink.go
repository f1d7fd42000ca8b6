package text

// InkBox is the box one glyph's ink covers, in px, y down, relative to the
// line's origin (the pen's start on the baseline).
type InkBox struct{ X0, Y0, X1, Y1 float64 }

// Ink is the box of each inked glyph of s set on one line at size px per
// em, in order; spaces and other blank glyphs have none. A box bounds the
// contour's points, on- and off-curve, which contain its quadratic
// curves: the measured ink, a little generous on round strokes. Layout
// checks use it: the font's ascent and descent bound every glyph, and a
// line's box would make a descender of one word touch the next line's
// capitals.
func (fs *Fonts) Ink(s string, size float64) []InkBox {
	var out []InkBox
	pen := 0.0 // em, summed in the order Width sums
	for _, r := range s {
		o, adv := fs.glyphOf(r)
		if o != nil && len(o.pts) > 0 {
			b := InkBox{X0: 1e9, Y0: 1e9, X1: -1e9, Y1: -1e9}
			for _, p := range o.pts {
				x, y := (pen+float64(p.x))*size, -float64(p.y)*size
				b = InkBox{min(b.X0, x), min(b.Y0, y), max(b.X1, x), max(b.Y1, y)}
			}
			out = append(out, b)
		}
		pen += adv
	}
	return out
}
