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
	if len(gs) != 4 { // a, b, →, and the emoji; the space draws nothing
		t.Fatalf("got %d glyphs: %+v", len(gs), gs)
	}
	if gs[0].X != 0 || math.Abs(gs[1].X-fs.Width("a ", 1)) > 1e-9 || math.Abs(gs[3].X-fs.Width("a b→", 1)) > 1e-9 {
		t.Errorf("positions %+v do not follow Width", gs)
	}
	if gs[2].ID.Face == gs[0].ID.Face || gs[3].ID.Face < len(fs.faces) {
		t.Errorf("→ should come from a symbol face and the emoji from a fallback face: %+v", gs)
	}
	format := func(v float64) string { return strconv.FormatFloat(v, 'f', 1, 64) }
	for _, g := range gs {
		d := fs.GlyphPath(g.ID, format)
		if !strings.HasPrefix(d, "M") || !strings.HasSuffix(d, "Z") {
			t.Errorf("%v: path %.40q", g.ID, d)
		}
	}
	// An "H" stands about 0.7 em tall above the baseline: y down, in glyph units.
	h := fs.Glyphs("H")[0]
	minY, maxY := math.Inf(1), math.Inf(-1)
	nums := strings.FieldsFunc(fs.GlyphPath(h.ID, format), func(r rune) bool { return strings.ContainsRune("MLQZ ", r) })
	for i := 1; i < len(nums); i += 2 {
		y, err := strconv.ParseFloat(nums[i], 64)
		if err != nil {
			t.Fatal(err)
		}
		minY, maxY = math.Min(minY, y), math.Max(maxY, y)
	}
	if minY > -500 || minY < -1000 || maxY > 100 {
		t.Errorf("H spans y %v..%v glyph units; want about -700..0", minY, maxY)
	}
	if fs.GlyphPath(GlyphID{Face: 9}, format) != "" {
		t.Error("an unknown glyph should have no path")
	}
}
