package text

import (
	"fmt"
	"strings"
)

// Family is the shipped face a document's text is set in; the other
// shipped faces are its fallbacks, so a rune it lacks is still drawn in a
// shipped font.
type Family int

const (
	// Handwriting is Virgil, Excalidraw's handwriting face: the default.
	Handwriting Family = iota
	// Sans is Noto Sans, a plain sans-serif face.
	Sans
	// Mono is Noto Sans Mono, a monospaced face for code.
	Mono
)

// shippedFace is one embedded font file, its family name and its bytes
// (see embedded.go), which are only ever read.
type shippedFace struct {
	family, file string
	data         *[]byte
}

var (
	virgil   = shippedFace{"Virgil", "font/Virgil-Regular.ttf", &virgilTTF}
	notoSans = shippedFace{"Noto Sans", "font/NotoSans-Latin.ttf", &notoSansTTF}
	notoMono = shippedFace{"Noto Sans Mono", "font/NotoSansMono-Latin.ttf", &notoMonoTTF}
	// The symbol faces supply arrows, operators and dingbats to every
	// family.
	notoMath     = shippedFace{"Noto Sans Math", "font/NotoSansMath-Arrows.ttf", &notoMathTTF}
	notoSymbols2 = shippedFace{"Noto Sans Symbols2", "font/NotoSansSymbols2-Dingbats.ttf", &notoSymbols2TTF}
)

// shippedFaces are every embedded face, in the order glyph ids number
// them (GlyphID.Face): the handwriting family's chain first, so its ids
// stay what they were before the other families came.
var shippedFaces = []shippedFace{virgil, notoMath, notoSymbols2, notoSans, notoMono}

// families names each Family, in the order help lists them.
var families = []familyFaces{
	// Noto Sans comes last: what Virgil lacks (Ω, some Greek and
	// Cyrillic) is drawn in it rather than as a missing-glyph box, and the
	// faces before it keep the glyph ids they always had.
	{Handwriting, "handwriting", []shippedFace{virgil, notoMath, notoSymbols2, notoSans}},
	{Sans, "sans", []shippedFace{notoSans, virgil, notoMath, notoSymbols2}},
	{Mono, "mono", []shippedFace{notoMono, notoSans, virgil, notoMath, notoSymbols2}},
}

// familyFaces is a family's name and its faces, the first choice first.
type familyFaces struct {
	family Family
	name   string
	faces  []shippedFace
}

// Families lists the families' names.
func Families() []string {
	names := make([]string, len(families))
	for i, f := range families {
		names[i] = f.name
	}
	return names
}

// ParseFamily reads a family's name; "" is Handwriting.
func ParseFamily(s string) (Family, error) {
	if s == "" {
		return Handwriting, nil
	}
	for _, f := range families {
		if f.name == s {
			return f.family, nil
		}
	}
	return Handwriting, fmt.Errorf("unknown font %q: valid choices are %s", s, strings.Join(Families(), ", "))
}

// String is the family's name.
func (f Family) String() string {
	for _, fm := range families {
		if fm.family == f {
			return fm.name
		}
	}
	return fmt.Sprintf("Family(%d)", int(f))
}
