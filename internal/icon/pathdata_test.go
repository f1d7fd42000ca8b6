package icon

import (
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/sketchdeck/sketchdeck/internal/geom"
)

// ends lists each subpath's joints (P0, P1, ...) rounded to 0.01, with a
// "z" when closed: what a path visits, whatever its control points.
func ends(subs []Subpath) string {
	var parts []string
	for _, s := range subs {
		var b strings.Builder
		for i := 0; i < len(s.Points); i += 3 {
			p := s.Points[i]
			fmt.Fprintf(&b, "%g,%g ", math.Round(p.X*100)/100, math.Round(p.Y*100)/100)
		}
		if s.Closed {
			b.WriteString("z")
		}
		parts = append(parts, strings.TrimSpace(b.String()))
	}
	return strings.Join(parts, " | ")
}

func TestParsePath(t *testing.T) {
	tests := []struct{ name, d, want string }{
		{"lines", "M1 2L3 4H5V6", "1,2 3,4 5,4 5,6"},
		{"relative", "m1 2l2 2h2v2", "1,2 3,4 5,4 5,6"},
		{"implicit lineto", "M0 0 1 1 2 0", "0,0 1,1 2,0"},
		{"implicit relative lineto", "m1 1 1 0 0 1", "1,1 2,1 2,2"},
		{"close", "M0 0h4v4z", "0,0 4,0 4,4 0,0 z"},
		{"close then draw", "M0 0h4v4zl1 1", "0,0 4,0 4,4 0,0 z | 0,0 1,1"},
		{"two subpaths", "M0 0h1M5 5h1", "0,0 1,0 | 5,5 6,5"},
		{"moveto alone dropped", "M0 0M5 5h1", "5,5 6,5"},
		{"compact numbers", "M.5.5l-.5-.5", "0.5,0.5 0,0"},
		{"exponent", "M1e1 0L2E1 0", "10,0 20,0"},
		{"cubic and smooth", "M0 0C0 1 1 2 2 2S4 1 4 0", "0,0 2,2 4,0"},
		{"quadratic and smooth", "M0 0Q1 2 2 0T4 0", "0,0 2,0 4,0"},
		{"half circle", "M0 0a1 1 0 0 0 2 0", "0,0 1,1 2,0"},
		{"full circle as two arcs", "M11 12a1 1 0 1 0 2 0a1 1 0 1 0 -2 0", "11,12 12,13 13,12 12,11 11,12"},
		{"arc flags run together", "M0 0a1 1 0 012 0", "0,0 1,-1 2,0"},
		{"radius too small is scaled", "M0 0A.1 .1 0 0 1 4 0", "0,0 2,-2 4,0"},
		{"zero radius is a line", "M0 0A0 1 0 0 1 4 0", "0,0 4,0"},
		{"zero-length dot", "M7 8l0 .01", "7,8 7,8.01"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			subs, err := ParsePath(tc.d)
			if err != nil {
				t.Fatal(err)
			}
			if got := ends(subs); got != tc.want {
				t.Errorf("%s: got %s, want %s", tc.d, got, tc.want)
			}
		})
	}
}

// TestArcStaysOnCircle: the cubics of a quarter arc stay within 0.03% of
// the radius of the circle they stand for.
func TestArcStaysOnCircle(t *testing.T) {
	subs, err := ParsePath("M10 0A10 10 0 0 1 0 10")
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range subs[0].flatten(16) {
		if r := q.Dist(geom.Pt(0, 0)); math.Abs(r-10) > 0.003 {
			t.Errorf("point %v is %.4f from the centre, not 10", q, r)
		}
	}
}

func TestParsePathErrors(t *testing.T) {
	tests := []struct{ d, want string }{
		{"L1 2", `path data "L1 2": offset 0: path data must start with a moveto (M or m), not L`},
		{"1 2", `path data "1 2": offset 0: path data must start with a command, not '1'`},
		{"M1", `path data "M1": offset 2: M: a number is missing at the end`},
		{"M0 0a1 1 0 2 0 1 1", `path data "M0 0a1 1 0 2 0 1 1": offset 11: a: an arc flag is 0 or 1`},
		{"M0 0Lx", `path data "M0 0Lx": offset 5: L: want a number, not "x"`},
		{"M1 1e308v1e308 1", `path data "M1 1e308v1e308 1": offset 14: v: the path goes past the largest coordinate (about 1.8e308)`},
		{"M-1e308 0L1e308 0", `path data "M-1e308 0L1e308 0": offset 17: L: the path goes past the largest coordinate (about 1.8e308)`},
	}
	for _, tc := range tests {
		_, err := ParsePath(tc.d)
		if err == nil || err.Error() != tc.want {
			t.Errorf("%s: got %v, want %s", tc.d, err, tc.want)
		}
	}
}
