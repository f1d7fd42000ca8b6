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
//
// Each glyph's box in em is kept with its outline (glyphOutline.bound) and
// placed here: scaling and moving preserve order, so the box is the one
// the points themselves give, to the bit (TestInkSameAsPoints).
func (fs *Fonts) Ink(s string, size float64) []InkBox {
	var out []InkBox
	pen := 0.0 // em, summed in the order Width sums
	for _, r := range s {
		o, adv := fs.glyphOf(r)
		if o != nil && len(o.pts) > 0 {
			if out == nil {
				out = make([]InkBox, 0, len(s))
			}
			x0, x1 := (pen+float64(o.lo.x))*size, (pen+float64(o.hi.x))*size
			y0, y1 := -float64(o.hi.y)*size, -float64(o.lo.y)*size
			out = append(out, InkBox{min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)})
		}
		pen += adv
	}
	return out
}
