package text

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"fmt"
	"io"
	"sync"
	"unicode"
)

// fallbackFaces are GNU Unifont's two halves: every assigned character of
// the Basic Multilingual Plane (CJK, Hangul, Arabic, Hebrew, Indic scripts…)
// and of the Supplementary Multilingual Plane (emoji, historic scripts).
// They are the last resort behind every family, stored gzipped (2.3 MB
// instead of 11 MB) and parsed only when a text needs them.
var fallbackFaces = []shippedFace{
	{"Unifont", "font/Unifont.ttf.gz", &unifontGz},
	{"Unifont Upper", "font/UnifontUpper.ttf.gz", &unifontUpperGz},
}

// Replacement is the character drawn for a rune no shipped font has (an
// unassigned or private-use code point, a noncharacter, invalid UTF-8):
// U+FFFD, the replacement character, a question mark in a diamond. It is
// measured as it is drawn.
const Replacement = '\uFFFD'

// fallback holds the fallback faces of one Fonts, parsed on first use: a
// document whose runes the family's faces all draw (as the deck's do)
// never pays for decompressing and parsing 70,000 glyphs.
type fallback struct {
	once  sync.Once
	faces []*face
	err   error
}

// get parses the fallback faces once. A malformed embedded file is a
// defect of the build, which TestFallbackLoads guards against, so it
// panics rather than making every measurement return an error.
func (fb *fallback) get() []*face {
	fb.once.Do(func() { fb.faces, fb.err = parseFallback() })
	if fb.err != nil {
		panic(fb.err)
	}
	return fb.faces
}

func parseFallback() ([]*face, error) {
	faces := make([]*face, len(fallbackFaces))
	for i, s := range fallbackFaces {
		data, err := gunzip(*s.data)
		if err != nil {
			return nil, fmt.Errorf("text: %s: %w", s.file, err)
		}
		if faces[i], err = parseLazyFace(s.family, data); err != nil {
			return nil, fmt.Errorf("text: %s: %w", s.file, err)
		}
	}
	return faces, nil
}

// gunzip decompresses z, a whole gzip file.
func gunzip(z []byte) ([]byte, error) {
	r, err := gzip.NewReader(bytes.NewReader(z))
	if err != nil {
		return nil, err
	}
	// gzip's trailer ends with the data's size: read it into one buffer.
	var out bytes.Buffer
	if len(z) >= 4 {
		out.Grow(int(binary.LittleEndian.Uint32(z[len(z)-4:])))
	}
	if _, err := io.Copy(&out, r); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}

// glyphKind says how a rune is set.
type glyphKind uint8

const (
	drawn    glyphKind = iota // by a face that has it
	control                   // a control character: nothing, zero width
	replaced                  // no face has it: Replacement is drawn instead
)

// lookup is the glyph that draws r: from the family's faces, else from the
// fallback faces (numbered after the family's), else Replacement's.
func (fs *Fonts) lookup(r rune) (glyphRef, glyphKind) {
	if g, ok := fs.chain.find(fs.faces, r); ok {
		return g, drawn
	}
	if unicode.IsControl(r) {
		return glyphRef{}, control
	}
	if g, ok := fs.lookupFallback(r); ok {
		return g, drawn
	}
	g, _ := fs.lookupFallback(Replacement) // Unifont has it: TestFallbackLoads
	return g, replaced
}

func (fs *Fonts) lookupFallback(r rune) (glyphRef, bool) {
	for i, f := range fs.fallback.get() {
		if g, ok := f.glyph(len(fs.faces)+i, r); ok {
			return g, true
		}
	}
	return glyphRef{}, false
}

// face is face number i: the family's faces, then the fallback faces,
// which it loads if need be; nil if there is no such face.
func (fs *Fonts) face(i int) *face {
	switch {
	case i < 0:
		return nil
	case i < len(fs.faces):
		return fs.faces[i]
	}
	if fb := fs.fallback.get(); i-len(fs.faces) < len(fb) {
		return fb[i-len(fs.faces)]
	}
	return nil
}

// outline is glyph gid's outline: decoded once and kept for a shipped face
// (cacheOutlines), decoded now for a fallback face (whose glyphs are all
// simple: TestFallbackLoads). nil if gid is out of range.
func (f *face) outline(gid uint16) *glyphOutline {
	switch {
	case int(gid) >= len(f.glyphs):
		return nil
	case f.decoded != nil:
		o, err := f.cached(int(gid), 0)
		if err != nil {
			return &glyphOutline{} // TestShippedOutlines decodes every glyph
		}
		return o
	}
	g := f.glyphs[gid]
	if len(g) < 10 || int16(u16(g, 0)) < 0 {
		return &glyphOutline{} // blank, or a composite a lazy face must not have
	}
	p := outlineParser{scale: float32(1 / f.upem)}
	o, err := p.parseSimple(g)
	if err != nil {
		return &glyphOutline{} // TestFallbackLoads decodes every glyph
	}
	o.bound()
	return &o
}

// inked tells whether glyph gid draws anything.
func (f *face) inked(gid uint16) bool {
	if f.decoded != nil {
		o := f.outline(gid)
		return o != nil && len(o.pts) > 0
	}
	return int(gid) < len(f.glyphs) && len(f.glyphs[gid]) >= 10
}
