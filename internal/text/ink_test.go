package text

import "testing"

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
