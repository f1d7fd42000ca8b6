package text

import (
	"fmt"
	"slices"
	"unicode"
)

// LineHeight is the line pitch as a multiple of the font size: the value
// Excalidraw uses for Virgil, so a diagram's text blocks match the look.
const LineHeight = 1.25

// Fonts is the shipped set of faces, set in one family: the family's face
// first, then the faces that supply what it lacks, then the fallback faces
// (GNU Unifont) for everything else. Each rune is measured and drawn with
// the first face of the chain that has it, as browsers do per glyph. In
// gives the same faces set in another family, with the same glyph ids, so
// one document may mix families. A Fonts is immutable once loaded and safe
// for concurrent use; build it once with Load and hand it to whoever
// measures or embeds text.
type Fonts struct {
	faces    []*face   // every shipped face, in shippedFaces order
	chains   *[]chain  // one per family, in families order
	chain    *chain    // the family this Fonts sets text in
	fallback *fallback // the last-resort faces, parsed on first use
}

// chain is one family's fallback order. A rune is looked up in its faces'
// cmaps in turn when it is measured (find): a table of every rune the
// family's faces draw, made for every family at load, cost more than all
// the lookups a build makes (its ASCII runes are in ascii).
type chain struct {
	family Family
	order  []int        // indexes into faces, first choice first
	ascii  [128]float64 // advances of ASCII runes in em, -1 if missing; the common case
}

// glyphRef says which face draws a rune, with which glyph and how wide.
type glyphRef struct {
	face    int
	gid     uint16
	advance float64 // em
}

// Load parses the embedded fonts set in the handwriting family. It fails
// only if an embedded font file is malformed, which a test guards
// against.
func Load() (*Fonts, error) { return LoadFamily(Handwriting) }

// LoadFamily parses the embedded fonts set in family: its face first,
// then the others, then the fallback faces.
func LoadFamily(family Family) (*Fonts, error) {
	if !slices.ContainsFunc(families, func(f familyFaces) bool { return f.family == family }) {
		return nil, fmt.Errorf("text: no font family %d", int(family))
	}
	fs := &Fonts{fallback: &fallback{}}
	for _, s := range shippedFaces {
		f, err := parseLazyFace(s.family, *s.data)
		if err != nil {
			return nil, fmt.Errorf("text: %s: %w", s.file, err)
		}
		addSpaces(f)
		f.cacheOutlines()
		fs.faces = append(fs.faces, f)
	}
	chains := make([]chain, len(families))
	for i, fm := range families {
		chains[i] = fs.newChain(fm.family, fm.faces)
	}
	fs.chains = &chains
	return fs.In(family), nil
}

// In is fs set in family: the same faces and glyph ids, another chain.
// An unknown family gives the handwriting one.
func (fs *Fonts) In(family Family) *Fonts {
	c := *fs
	c.chain = &(*fs.chains)[0]
	for i := range *fs.chains {
		if (*fs.chains)[i].family == family {
			c.chain = &(*fs.chains)[i]
		}
	}
	return &c
}

// Named is fs set in the family named name (a line's font, as a scene
// carries it); "" or a name no family has keeps fs.
func (fs *Fonts) Named(name string) *Fonts {
	f, err := ParseFamily(name)
	if name == "" || err != nil {
		return fs
	}
	return fs.In(f)
}

// Family is the family fs sets text in.
func (fs *Fonts) Family() Family { return fs.chain.family }

// newChain is the chain of the faces named, in order, with the advances
// of the ASCII runes.
func (fs *Fonts) newChain(family Family, faces []shippedFace) chain {
	c := chain{family: family}
	for _, s := range faces {
		c.order = append(c.order, slices.Index(shippedFaces, s))
	}
	for r := range c.ascii {
		c.ascii[r] = -1
		if g, ok := c.find(fs.faces, rune(r)); ok {
			c.ascii[r] = g.advance
		} else if unicode.IsControl(rune(r)) {
			c.ascii[r] = 0
		}
	}
	return c
}

// find is the glyph of r in the first of c's faces that has it.
func (c *chain) find(faces []*face, r rune) (glyphRef, bool) {
	for _, i := range c.order {
		if g, ok := faces[i].glyph(i, r); ok {
			return g, true
		}
	}
	return glyphRef{}, false
}

// glyph is r's glyph in f, face number i, if f has one.
func (f *face) glyph(i int, r rune) (glyphRef, bool) {
	gid, ok := f.cmap[r]
	if !ok {
		return glyphRef{}, false
	}
	return glyphRef{i, gid, float64(f.metrics[gid].advance) / f.upem}, true
}

// addSpaces gives a face the no-break spaces French typesetting needs when
// the font lacks them (Virgil does): U+00A0 shares the space glyph, U+202F
// gets a blank glyph half a space wide, which is what HarfBuzz synthesises
// for it. Doing it here, not only when measuring, means the subset font
// really draws them, so browsers do not fall back to another font's width.
func addSpaces(f *face) {
	space, ok := f.cmap[' ']
	if !ok {
		return
	}
	if _, ok := f.cmap['\u00a0']; !ok {
		f.cmap['\u00a0'] = space
	}
	if _, ok := f.cmap['\u202f']; !ok && len(f.metrics) < 0xFFFF {
		f.cmap['\u202f'] = uint16(len(f.metrics))
		f.metrics = append(f.metrics, hmetric{advance: f.metrics[space].advance / 2})
		f.glyphs = append(f.glyphs, nil)
	}
}

// advance is r's width in em. Control characters (a stray tab or CR) draw
// nothing and measure 0; a rune no face has measures as Replacement.
func (fs *Fonts) advance(r rune) float64 {
	if r >= 0 && r < 128 {
		if a := fs.chain.ascii[r]; a >= 0 {
			return a
		}
	}
	g, _ := fs.lookup(r)
	return g.advance
}

// Width is the advance width in px of s set on one line at size px per em:
// the sum of the glyphs' hmtx advances. The shipped fonts have no kerning
// or ligatures, so this is what browsers lay out. Each rune counts the
// advance of the glyph that draws it, a fallback one included; control
// characters count nothing.
func (fs *Fonts) Width(s string, size float64) float64 {
	w := 0.0
	for _, r := range s {
		w += fs.advance(r)
	}
	return w * size
}

// Ascent is the family's face's ascender in px at size: how far glyphs may
// rise above the baseline.
func (fs *Fonts) Ascent(size float64) float64 { return fs.primary().ascent * size }

// Descent is the family's face's descender in px at size, as a positive
// distance below the baseline.
func (fs *Fonts) Descent(size float64) float64 { return fs.primary().descent * size }

func (fs *Fonts) primary() *face { return fs.faces[fs.chain.order[0]] }

// LineHeight is the distance in px between consecutive baselines at size.
func (fs *Fonts) LineHeight(size float64) float64 { return LineHeight * size }

// Baseline is the distance in px from the top of a line box (LineHeight
// tall) to its baseline. It is the CSS rule, ascent plus half the leading,
// which is also how Excalidraw places Virgil, so text set at
// top + Baseline(size) + i*LineHeight(size) sits centred in its line box in
// Chromium. To centre a block of n lines in a box, take
// top = box centre - n*LineHeight(size)/2.
func (fs *Fonts) Baseline(size float64) float64 {
	a, d := fs.Ascent(size), fs.Descent(size)
	return (fs.LineHeight(size)-(a+d))/2 + a
}

// Block is the size in px of lines set one under another at size: the
// widest line's width by the number of lines times the line height.
func (fs *Fonts) Block(lines []string, size float64) (w, h float64) {
	for _, l := range lines {
		w = max(w, fs.Width(l, size))
	}
	return w, float64(len(lines)) * fs.LineHeight(size)
}

// Missing lists, once each and in order of first use, the runes in s that
// no shipped font draws, the fallback faces included: unassigned and
// private-use code points, noncharacters. They are drawn (and measured) as
// Replacement, so callers can report them. Invalid UTF-8 is listed as
// U+FFFD. Control characters are not listed: they draw nothing.
func (fs *Fonts) Missing(s string) []rune {
	var missing []rune
	for _, r := range s {
		if r >= 0 && r < 128 && fs.chain.ascii[r] >= 0 {
			continue
		}
		if _, kind := fs.lookup(r); kind != replaced && r != Replacement {
			continue
		}
		if !containsRune(missing, r) {
			missing = append(missing, r)
		}
	}
	return missing
}

func containsRune(rs []rune, r rune) bool {
	for _, x := range rs {
		if x == r {
			return true
		}
	}
	return false
}
