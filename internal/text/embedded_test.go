package text

import (
	"crypto/sha256"
	"testing"
)

// TestEmbeddedUnchanged loads the fonts, subsets them and draws every
// family's text, then checks that the embedded files, which faces slice
// without copying, hold the same bytes as before.
func TestEmbeddedUnchanged(t *testing.T) {
	sum := func() [sha256.Size]byte {
		h := sha256.New()
		for _, s := range append(append([]shippedFace(nil), shippedFaces...), fallbackFaces...) {
			h.Write(*s.data)
		}
		return [sha256.Size]byte(h.Sum(nil))
	}
	before := sum()
	fs := mustLoad(t)
	const text = "Hello é → ✓ Ω ∑ 中文 😀"
	for _, fam := range []Family{Handwriting, Sans, Mono} {
		f := fs.In(fam)
		if _, err := f.Subset(text); err != nil {
			t.Fatal(err)
		}
		f.Outline(text, 16, 0, 0, func(v float64) string { return "" })
		f.Glyphs(text)
	}
	if sum() != before {
		t.Fatal("loading, subsetting or drawing the fonts changed an embedded font file")
	}
}
