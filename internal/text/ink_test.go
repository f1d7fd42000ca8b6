package text

import (
	"math"
	"testing"
)

// TestInk: one box per inked glyph, inside the glyph's advance and the
// font's ink limits; a space has none; boxes scale with the size.
func TestInk(t *testing.T) {
	fs, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	boxes := fs.Ink("H i", 20)
	if len(boxes) != 2 {
		t.Fatalf("Ink(\"H i\") = %d boxes, want 2 (the space draws nothing)", len(boxes))
	}
	h, i := boxes[0], boxes[1]
	if h.X0 < 0 || h.X1 > fs.Width("H", 20)+1 || h.Y0 >= 0 || h.Y1 > fs.Descent(20) {
		t.Errorf("H's box %+v is not on the baseline within its advance", h)
	}
	if i.X0 < fs.Width("H ", 20)-1 {
		t.Errorf("i's box %+v starts before its pen position %.2f", i, fs.Width("H ", 20))
	}
	big := fs.Ink("H", 40)[0]
	if d := big.Y0 - 2*h.Y0; d > 1e-9 || d < -1e-9 {
		t.Errorf("at twice the size the top is %.3f, want %.3f", big.Y0, 2*h.Y0)
	}
	if len(fs.Ink("", 20)) != 0 || len(fs.Ink("   ", 20)) != 0 {
		t.Error("blank text has ink")
	}
}

// TestInkSameAsPoints: the boxes Ink places from each glyph's kept bounds
// are, to the bit, those its points give, for every rune of the shipped
// faces in every family and a few of the fallback faces', at several sizes and pen positions.
func TestInkSameAsPoints(t *testing.T) {
	fs, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, fam := range []Family{Handwriting, Sans, Mono} {
		f := fs.In(fam)
		runes := f.chainRunes()
		runes = append(runes, '中', '文', 'ㄅ', '😀', 0x10FFFD) // the fallback faces', and one no face has
		for _, size := range []float64{0, 1, 13.7, 16, 20, 1000, -16} {
			for i := 0; i < len(runes); i += 7 {
				s := string(runes[i:min(i+7, len(runes))])
				got, want := f.Ink(s, size), inkOfPoints(f, s, size)
				if len(got) != len(want) {
					t.Fatalf("%v %q at %v: %d boxes, want %d", fam, s, size, len(got), len(want))
				}
				for k := range got {
					if !sameBits(got[k], want[k]) {
						t.Fatalf("%v %q at %v: box %d = %+v, want %+v", fam, s, size, k, got[k], want[k])
					}
				}
			}
		}
	}
}

// inkOfPoints is Ink measured the long way, over every point of every
// glyph.
func inkOfPoints(fs *Fonts, s string, size float64) []InkBox {
	var out []InkBox
	pen := 0.0
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

func sameBits(a, b InkBox) bool {
	return math.Float64bits(a.X0) == math.Float64bits(b.X0) && math.Float64bits(a.Y0) == math.Float64bits(b.Y0) &&
		math.Float64bits(a.X1) == math.Float64bits(b.X1) && math.Float64bits(a.Y1) == math.Float64bits(b.Y1)
}
