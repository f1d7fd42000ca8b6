package text

import (
	"math"
	"slices"
	"testing"
)

func mustLoad(t testing.TB) *Fonts {
	t.Helper()
	fs, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	return fs
}

// The want values were measured independently: headless Chromium 156 (Debian bookworm)
// loading the shipped TTF files (unsubsetted) through @font-face, with
// font-family Virgil, 'Noto Sans Math', 'Noto Sans Symbols2' at 36px,
// reading canvas measureText().width (SVG getComputedTextLength agreed to
// 0.02 px). The last case also checks the no-break spaces: Chromium gave
// U+00A0 a space's width and U+202F half of one, as Load synthesises.
func TestWidthMatchesChromium(t *testing.T) {
	fs := mustLoad(t)
	for _, c := range []struct {
		s    string
		want float64
	}{
		{"Hello", 78.408},
		{"Déjà vu « œuvre » ça !", 441.108},
		{"The quick brown fox jumps", 464.472},
		{"Wrap → ✓ done", 273.456},
		{"prix\u202f: 10\u00a0€", 175.716},
	} {
		if got := fs.Width(c.s, 36); math.Abs(got-c.want) > 0.5 {
			t.Errorf("Width(%q, 36) = %.3f, want %.3f ± 0.5", c.s, got, c.want)
		}
	}
}

func TestMetrics(t *testing.T) {
	fs := mustLoad(t)
	// Virgil's hhea: ascender 886, descender -374 per 1000 units.
	for name, c := range map[string]struct{ got, want float64 }{
		"Ascent":     {fs.Ascent(36), 31.896},
		"Descent":    {fs.Descent(36), 13.464},
		"LineHeight": {fs.LineHeight(36), 45},
		"Baseline":   {fs.Baseline(36), 31.716}, // 31.896 + (45 - 45.36)/2
	} {
		if math.Abs(c.got-c.want) > 1e-9 {
			t.Errorf("%s(36) = %v, want %v", name, c.got, c.want)
		}
	}
	w, h := fs.Block([]string{"Hello", "", "Déjà vu « œuvre » ça !"}, 36)
	if math.Abs(w-441.108) > 1e-9 || h != 135 {
		t.Errorf("Block = %v × %v, want 441.108 × 135", w, h)
	}
}

func TestMissing(t *testing.T) {
	fs := mustLoad(t)
	for _, c := range []struct {
		s    string
		want []rune
	}{
		{"éèêàâçôîïùûœŒ«»’“”…–—\u202f\u00a0✕✓→⇒≤≥★●", nil},
		{"ok 😀 中文 😀 한국어 עברית عربي ∮ ⌘\n", nil},
		{"bad \xff byte \ue000 \U0010fffd", []rune{'\ufffd', '\ue000', '\U0010fffd'}},
	} {
		if got := fs.Missing(c.s); !slices.Equal(got, c.want) {
			t.Errorf("Missing(%q) = %q, want %q", c.s, got, c.want)
		}
	}
	// Unifont draws wide characters 16 pixels of 16 wide, the rest 8.
	for s, want := range map[string]float64{"中": 36, "😀": 36, "한": 36, "א": 18, "\ue000": fs.Width("\ufffd", 36)} {
		if got := fs.Width(s, 36); got != want {
			t.Errorf("Width(%q, 36) = %v, want %v", s, got, want)
		}
	}
	if got, want := fs.Width("\x01Hello\x1b", 36), fs.Width("Hello", 36); got != want {
		t.Errorf("Width with control characters = %v, want %v", got, want)
	}
}

func TestWrap(t *testing.T) {
	fs := mustLoad(t)
	// At 36px: "Hello" is 78.408 wide, a space 18, "Hello world" 183.708,
	// "«\u00a0œuvre\u00a0»" 193.284.
	for _, c := range []struct {
		s    string
		max  float64
		want []string
	}{
		{"Hello world", 200, []string{"Hello world"}},
		{"Hello world", 183.708, []string{"Hello world"}},
		{"Hello world", 183.7, []string{"Hello", "world"}},
		{"  Hello \t  world  ", 1000, []string{"Hello world"}},
		{"Hello\n\nworld", 1000, []string{"Hello", "", "world"}},
		// Plain spaces let a guillemet dangle; no-break spaces hold it.
		{"« œuvre » a b", 160, []string{"« œuvre", "» a b"}},
		{"«\u00a0œuvre\u00a0» a", 200, []string{"«\u00a0œuvre\u00a0»", "a"}},
		// Only a word wider than the line is broken, between runes.
		{"a Supercalifragilistic", 120, []string{"a", "Superc", "alifrag", "ilistic"}},
		{"", 100, []string{""}},
		{"Supercalifragilistic\n\n  a b  \nHello world", 120, []string{"Superc", "alifrag", "ilistic", "", "a b", "Hello", "world"}},
	} {
		if got := fs.Wrap(c.s, 36, c.max); !slices.Equal(got, c.want) {
			t.Errorf("Wrap(%q, 36, %v) = %q, want %q", c.s, c.max, got, c.want)
		}
		if n := fs.WrapCount(c.s, 36, c.max); n != len(c.want) {
			t.Errorf("WrapCount(%q, 36, %v) = %d, want %d", c.s, c.max, n, len(c.want))
		}
	}
}

func BenchmarkWidth(b *testing.B) {
	fs := mustLoad(b)
	for b.Loop() {
		fs.Width("Déjà vu « œuvre » ça ! The quick brown fox", 36)
	}
}

// chainRunes lists, sorted, every rune the faces of fs's family draw.
func (fs *Fonts) chainRunes() []rune {
	seen := map[rune]bool{}
	var runes []rune
	for _, i := range fs.chain.order {
		for r := range fs.faces[i].cmap {
			if !seen[r] {
				seen[r] = true
				runes = append(runes, r)
			}
		}
	}
	slices.Sort(runes)
	return runes
}
