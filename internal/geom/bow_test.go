package geom

import "testing"

// TestBowPast: the bend of the arc from (0,0) to (100,0), over it (n up),
// that leaves points behind: 4u(1-u)·bend must reach each point's height
// above the chord plus the margin; points under the chord need none, and
// one on the arc's side near or past an end cannot be passed.
func TestBowPast(t *testing.T) {
	p, q, up := Pt(0, 0), Pt(100, 0), Pt(0, -1)
	for _, tc := range []struct {
		name   string
		pts    []Point
		margin float64
		bend   float64
		ok     bool
	}{
		{"middle", []Point{Pt(50, -10)}, 2, 12, true},
		{"quarter", []Point{Pt(25, -15)}, 0, 20, true},
		{"most", []Point{Pt(50, -10), Pt(25, -15)}, 0, 20, true},
		{"under", []Point{Pt(50, 10)}, 2, 0, true},
		{"under, within margin", []Point{Pt(50, 1)}, 2, 1, true},
		{"at an end", []Point{Pt(2, -5)}, 0, 0, false},
		{"past an end", []Point{Pt(150, -5)}, 0, 0, false},
		{"past an end, under", []Point{Pt(150, 5)}, 0, 0, true},
	} {
		bend, ok := BowPast(p, q, up, tc.pts, tc.margin)
		if ok != tc.ok || ok && bend != tc.bend {
			t.Errorf("%s: BowPast = %v, %v; want %v, %v", tc.name, bend, ok, tc.bend, tc.ok)
		}
	}
	if _, ok := BowPast(p, p, up, []Point{Pt(1, 1)}, 0); ok {
		t.Error("BowPast of an empty chord is ok")
	}
}

// TestUpNormal: the normal of a unit direction points up, or right for a
// vertical direction.
func TestUpNormal(t *testing.T) {
	for _, tc := range []struct{ dir, want Point }{
		{Pt(1, 0), Pt(0, -1)}, {Pt(-1, 0), Pt(0, -1)}, {Pt(0, 1), Pt(1, 0)}, {Pt(0, -1), Pt(1, 0)}, {Pt(0.6, -0.8), Pt(-0.8, -0.6)},
	} {
		if got := UpNormal(tc.dir); got.Dist(tc.want) > 1e-12 {
			t.Errorf("UpNormal(%v) = %v, want %v", tc.dir, got, tc.want)
		}
	}
}
