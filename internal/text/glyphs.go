package text

import "fmt"

// GlyphID names one glyph of the shipped faces: Face counts the family's
// faces, then the fallback faces.
type GlyphID struct {
	Face int
	GID  uint16
}

// String is a short name usable in an XML id: "f0-123".
func (g GlyphID) String() string {
	return fmt.Sprintf("f%d-%d", g.Face, g.GID)
}

// Glyph is one inked glyph of a laid-out line.
type Glyph struct {
	ID GlyphID
	// X is the glyph's origin from the line's start, in em.
	X float64
}

// Glyphs lays s out exactly as Width measures it and returns the glyphs
// that draw ink, so that a document can define each glyph's outline once
// (GlyphPath) and place it wherever it recurs: far smaller and faster
// than writing every outline in place, and drawn alike by every viewer,
// librsvg included.
func (fs *Fonts) Glyphs(s string) []Glyph {
	var out []Glyph
	pen := 0.0 // em, summed in the order Width sums
	for _, r := range s {
		g, kind := fs.lookup(r)
		if kind != control && fs.face(g.face).inked(g.gid) {
			out = append(out, Glyph{ID: GlyphID{g.face, g.gid}, X: pen})
		}
		pen += g.advance
	}
	return out
}

// GlyphUnits is the size of an em in GlyphPath's coordinates.
const GlyphUnits = 1000

// GlyphPath is the outline of glyph id as SVG path data with the origin on
// the baseline, y down, and GlyphUnits to the em, every number written by
// format. An unknown id gives "".
func (fs *Fonts) GlyphPath(id GlyphID, format func(float64) string) string {
	o := fs.outline(id)
	if o == nil {
		return ""
	}
	// Outlines are kept in em.
	w := pathWriter{format: format, k: GlyphUnits}
	w.glyph(o)
	return w.b.String()
}
