package lint

import (
	"math/rand/v2"
	"testing"

	"github.com/sketchdeck/sketchdeck/internal/geom"
)

// TestGridFindsEveryOverlap: whatever the boxes (small, long, empty, moved
// far away), near calls f with every box that overlaps the query, each
// once, as a search of every box would find them (an empty box, a piece
// with no text and no stroke, is never found).
func TestGridFindsEveryOverlap(t *testing.T) {
	rnd := rand.New(rand.NewPCG(1, 2))
	box := func() geom.Rect {
		switch rnd.IntN(10) {
		case 0:
			return geom.Rect{} // a fill alone: no reach
		case 1: // a long edge across the room
			return geom.Rect{X: rnd.Float64() * 100, Y: rnd.Float64() * 1000, W: 900, H: 2}
		}
		return geom.Rect{X: rnd.Float64() * 1000, Y: rnd.Float64() * 1000, W: 1 + rnd.Float64()*40, H: 1 + rnd.Float64()*20}
	}
	rs := make([]geom.Rect, 500)
	for i := range rs {
		rs[i] = box()
	}
	g := newGrid(rs)
	check := func(step int) {
		for q := range rs {
			want := map[int]bool{}
			for k, r := range rs {
				if !r.Empty() && !rs[q].Empty() && rs[q].Overlaps(r) {
					want[k] = true
				}
			}
			got := map[int]int{}
			g.near(rs[q], func(k int) bool { got[k]++; return false })
			for k := range want {
				if got[k] != 1 {
					t.Fatalf("step %d: query %d (%v): box %d (%v) found %d times, want once", step, q, rs[q], k, rs[k], got[k])
				}
			}
			for k, n := range got {
				if n != 1 {
					t.Fatalf("step %d: query %d: box %d found %d times", step, q, k, n)
				}
			}
		}
	}
	check(0)
	for step := 1; step <= 200; step++ {
		i := rnd.IntN(len(rs))
		switch rnd.IntN(4) {
		case 0: // far outside the room
			rs[i] = geom.Rect{X: -5000 + rnd.Float64()*100, Y: 8000, W: 30, H: 10}
		case 1:
			rs[i] = geom.Rect{}
		default: // nudged
			rs[i] = rs[i].Translate(geom.Pt(rnd.Float64()*60-30, rnd.Float64()*60-30))
		}
		g.move(i, rs[i])
		if step%50 == 0 {
			check(step)
		}
	}
	check(201)
	stop := 0
	if !g.near(rs[1], func(int) bool { stop++; return true }) && stop > 0 {
		t.Fatal("near did not report that f returned true")
	}
}
