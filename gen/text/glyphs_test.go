package text

import (
	"math"
	"strconv"
	"strings"
	"testing"
)

func TestGlyphs(t *testing.T) {
	fs, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	gs := fs.Glyphs("a b→😀")
	if len(gs) != 4 { // a, b, →, and the box for the emoji; the space draws nothing
		t.Fatalf("got %d glyphs: %+v", len(gs), gs)
	}
	if gs[0].X != 0 || math.Abs(gs[1].X-fs.Width("a ", 1)) > 1e-9 || math.Abs(gs[3].X-fs.Width("a b→", 1)) > 1e-9 {
		t.Errorf("positions %+v do not follow Width", gs)
	}
	if gs[2].ID.Face == gs[0].ID.Face || gs[3].ID.String() != "missing" {
		t.Errorf("→ should come from a fallback face and the emoji be the missing box: %+v", gs)
	}
	format := func(v float64) string { return strconv.FormatFloat(v, 'f', 1, 64) }
	for _, g := range gs {
		d := fs.GlyphPath(g.ID, format)
		if !strings.HasPrefix(d, "M") || !strings.HasSuffix(d, "Z") {
			t.Errorf("%v: path %.40q", g.ID, d)
		}
	}
	if fs.GlyphPath(GlyphID{Face: 9}, format) != "" {
		t.Error("an unknown glyph should have no path")
	}
}
