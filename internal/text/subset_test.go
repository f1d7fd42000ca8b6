package text

import (
	"bytes"
	"testing"

	"golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

// advances maps each rune of s to its advance in a font, parsed by x/image's
// sfnt: an independent reader, so the subsetter is not checked by its own
// parser.
func advances(t *testing.T, ttf []byte, s string) map[rune]fixed.Int26_6 {
	t.Helper()
	f, err := sfnt.Parse(ttf)
	if err != nil {
		t.Fatalf("sfnt.Parse: %v", err)
	}
	var buf sfnt.Buffer
	m := map[rune]fixed.Int26_6{}
	for _, r := range s {
		gid, err := f.GlyphIndex(&buf, r)
		if err != nil || gid == 0 {
			t.Fatalf("rune %q: glyph %d, %v", r, gid, err)
		}
		adv, err := f.GlyphAdvance(&buf, gid, fixed.I(1000), font.HintingNone)
		if err != nil {
			t.Fatalf("rune %q: %v", r, err)
		}
		if _, err := f.LoadGlyph(&buf, gid, fixed.I(1000), nil); err != nil {
			t.Fatalf("rune %q: outline: %v", r, err)
		}
		m[r] = adv
	}
	return m
}

func TestSubsetKeepsAdvances(t *testing.T) {
	fs := mustLoad(t)
	const used = "Hello é"
	files, err := fs.Subset(used)
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != 1 || files[0].Family != "Virgil" {
		t.Fatalf("Subset(%q) gave %d files, want Virgil alone", used, len(files))
	}
	got, want := advances(t, files[0].TTF, used), advances(t, virgilTTF, used)
	for r, adv := range want {
		if got[r] != adv {
			t.Errorf("rune %q: subset advance %v, full font %v", r, got[r], adv)
		}
	}
	f, _ := sfnt.Parse(files[0].TTF)
	if n := f.NumGlyphs(); n != 7 { // .notdef H e l o space eacute
		t.Errorf("subset has %d glyphs, want 7", n)
	}
	if name, _ := f.Name(nil, sfnt.NameIDFamily); name != "Virgil" {
		t.Errorf("subset family %q, want Virgil", name)
	}
}

func TestSubsetFallbacksAndSpaces(t *testing.T) {
	fs := mustLoad(t)
	files, err := fs.Subset("a\u00a0b\u202fc → ✓ 😀")
	if err != nil {
		t.Fatal(err)
	}
	var families []string
	for _, f := range files {
		families = append(families, f.Family)
	}
	if len(files) != 4 || files[3].Family != "Unifont Upper" {
		t.Fatalf("families %q, want Virgil, both Noto faces and Unifont Upper", families)
	}
	spaces := advances(t, files[0].TTF, " \u00a0\u202f")
	if spaces['\u00a0'] != spaces[' '] || spaces['\u202f'] != spaces[' ']/2 {
		t.Errorf("space advances %v: want U+00A0 = space, U+202F = space/2", spaces)
	}
	advances(t, files[1].TTF, "→")
	advances(t, files[2].TTF, "✓")
	advances(t, files[3].TTF, "😀")
}

func TestSubsetDeterministic(t *testing.T) {
	fs := mustLoad(t)
	a, err := fs.Subset("Déjà vu « œuvre » ça ! → ✓")
	if err != nil {
		t.Fatal(err)
	}
	// Same runes in another order and repeated: same bytes.
	b, err := mustLoad(t).Subset("✓ → ! aç » ervuœ « uv àjéD ça")
	if err != nil {
		t.Fatal(err)
	}
	if len(a) != len(b) || CSS(a) != CSS(b) {
		t.Fatal("two subsets of the same runes differ")
	}
	for i := range a {
		if !bytes.Equal(a[i].TTF, b[i].TTF) {
			t.Errorf("%s: subsets differ", a[i].Family)
		}
	}
}

func TestSubsetEmpty(t *testing.T) {
	files, err := mustLoad(t).Subset("\x01\n")
	if err != nil || files != nil {
		t.Errorf("Subset of control characters = %v, %v; want nil, nil", files, err)
	}
}

func TestCSS(t *testing.T) {
	fs := mustLoad(t)
	if got, want := fs.FontFamily(), "Virgil, 'Noto Sans Math', 'Noto Sans Symbols2', 'Noto Sans', Unifont, 'Unifont Upper', sans-serif"; got != want {
		t.Errorf("FontFamily() = %q, want %q", got, want)
	}
	got := CSS([]FontFile{{"Virgil", []byte("abc")}, {"Noto Sans Math", []byte{0xff}}})
	want := "@font-face{font-family:Virgil;src:url(data:font/ttf;base64,YWJj) format('truetype');}\n" +
		"@font-face{font-family:'Noto Sans Math';src:url(data:font/ttf;base64,/w==) format('truetype');}\n"
	if got != want {
		t.Errorf("CSS =\n%s\nwant\n%s", got, want)
	}
}

// A diagram's labels: about 40 distinct runes, with accents.
const diagramText = "Déjà vu « œuvre » ça ! The quick brown fox jumps over the lazy dog → ✓ 2024"

func BenchmarkSubset(b *testing.B) {
	fs := mustLoad(b)
	for b.Loop() {
		if _, err := fs.Subset(diagramText); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		mustLoad(b)
	}
}
