package icon

import (
	"math"
	"testing"
)

// FuzzParsePath: no path data makes the parser panic or loop, and what it
// accepts is whole cubic chains of finite points.
func FuzzParsePath(f *testing.F) {
	for _, d := range []string{
		"M3 7a3 3 0 0 1 3 -3h12a3 3 0 0 1 3 3v2a3 3 0 0 1 -3 3h-12a3 3 0 0 1 -3 -3v-2",
		"M16 21h3c.81 0 1.48 -.67 1.48 -1.48l.02 -.02c0 -.82 -.69 -1.5 -1.5 -1.5h-3v3",
		"M0 0Q1 2 2 0T4 0S5 5 6 6zm1 1", "M.5.5a1 1 0 011 1", "M1e308 1e308A1e-308 1 0 1 1 -1e308 5",
	} {
		f.Add(d)
	}
	f.Fuzz(func(t *testing.T, d string) {
		subs, err := ParsePath(d)
		if err != nil {
			return
		}
		for _, s := range subs {
			if len(s.Points)%3 != 1 {
				t.Fatalf("%q: %d points is no chain of cubics", d, len(s.Points))
			}
			for _, p := range s.Points {
				if math.IsNaN(p.X) || math.IsNaN(p.Y) {
					t.Fatalf("%q: NaN point", d)
				}
			}
		}
	})
}
