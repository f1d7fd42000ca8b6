package layout

import (
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/sketchdeck/sketchdeck/internal/geom"
	"github.com/sketchdeck/sketchdeck/internal/scene"
)

// TestNodeIndexFindsEveryOverlap: a node index finds, for any box, the
// nodes a test of every node's reach finds, in the same order: boxes of
// every size (a long label's reach among small ones), touching, apart,
// and a node with a NaN side, which meets nothing.
func TestNodeIndexFindsEveryOverlap(t *testing.T) {
	r := rand.New(rand.NewPCG(18, 5))
	box := func(size float64) geom.Rect {
		return geom.Rect{X: r.Float64()*1000 - 200, Y: r.Float64()*1000 - 200, W: r.Float64() * size, H: r.Float64() * size}
	}
	var os []outline
	for k := range 300 {
		o := outline{Kind: scene.Rect, Box: box(60)}
		if k%7 == 0 {
			o.Label = box(300)
		}
		os = append(os, o)
	}
	os[5].Box.X = math.NaN()
	os[6].Box = geom.Rect{X: os[7].Box.X + os[7].Box.W, Y: os[7].Box.Y, W: 10, H: 10} // touching 7
	ix := newNodeIndex(os)
	for q := range 2000 {
		reach := box(200)
		if q%10 == 0 {
			reach = os[q/10].reach() // nodes 0 to 199: 6 and 7, which touch, among them
		}
		var want []int
		for k := range os {
			if os[k].reach().Overlaps(reach) {
				want = append(want, k)
			}
		}
		if got := ix.overlapping(nil, reach); !slices.Equal(got, want) {
			t.Fatalf("query %d %+v: found %v, want %v", q, reach, got, want)
		}
	}
}

// TestNodeIndexNaNWidth: a node whose reach has a NaN width (a NaN side
// with a label beside it) meets nothing, and does not hide the others:
// the widest reach, which bounds every query, skips it.
func TestNodeIndexNaNWidth(t *testing.T) {
	os := []outline{
		{Kind: scene.Rect, Box: geom.Rect{X: math.NaN(), Y: 0, W: 40, H: 20}, Label: geom.Rect{X: 0, Y: 30, W: 60, H: 10}},
		{Kind: scene.Rect, Box: geom.Rect{X: 100, Y: 0, W: 40, H: 20}},
	}
	if got := newNodeIndex(os).overlapping(nil, geom.Rect{X: 90, Y: 5, W: 20, H: 5}); !slices.Equal(got, []int{1}) {
		t.Errorf("found %v, want [1]", got)
	}
}
