package text

import (
	"testing"
	"unicode"
)

// TestFallbackLoads parses the fallback faces (a malformed one would make
// lookups panic) and checks that they draw every assigned character of the
// Basic Multilingual Plane and every emoji-block symbol Go's Unicode tables
// know, and the Replacement character itself.
func TestFallbackLoads(t *testing.T) {
	fs := mustLoad(t)
	faces, err := parseFallback()
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := faces[0].cmap[Replacement]; !ok {
		t.Fatal("Unifont has no U+FFFD")
	}
	// Lazy faces decode one simple glyph at a time: check them all now.
	for _, f := range faces {
		for gid, g := range f.glyphs {
			if len(g) >= 10 && int16(u16(g, 0)) < 0 {
				t.Fatalf("%s: glyph %d is a composite", f.family, gid)
			}
		}
		if _, err := parseOutlines(f.glyphs, f.upem); err != nil {
			t.Fatalf("%s: %v", f.family, err)
		}
	}
	var missing []rune
	check := func(lo, hi rune) {
		for r := lo; r <= hi; r++ {
			if !assigned(r) {
				continue
			}
			if _, kind := fs.lookup(r); kind == replaced {
				missing = append(missing, r)
			}
		}
	}
	check(0, 0xFFFF)
	check(0x1F000, 0x1FAFF) // mahjong to symbols and pictographs extended-A: the emoji
	if len(missing) > 0 {
		t.Errorf("%d assigned characters draw as U+FFFD, first %U", len(missing), missing[0])
	}
}

// assigned tells whether r is a character a user can type: a letter,
// mark, number, punctuation, symbol, space separator or format character
// in Go's Unicode tables (not a control, surrogate, private-use or
// unassigned code point).
func assigned(r rune) bool {
	return unicode.In(r, unicode.L, unicode.M, unicode.N, unicode.P, unicode.S, unicode.Zs, unicode.Cf)
}

func BenchmarkFallbackParse(b *testing.B) {
	for b.Loop() {
		if _, err := parseFallback(); err != nil {
			b.Fatal(err)
		}
	}
}
