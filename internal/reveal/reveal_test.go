package reveal

import (
	"math"
	"testing"
	"time"

	"github.com/sketchdeck/sketchdeck/internal/scene"
)

func testScene() *scene.Scene {
	return &scene.Scene{Items: []scene.Item{
		{ID: "title", Kind: scene.Label},
		{ID: "a", Kind: scene.Rect},
		{ID: "a->b", Kind: scene.Polyline, Step: 1},
		{ID: "b", Kind: scene.Ellipse, Step: 1},
		{ID: "c", Kind: scene.Rect, Step: 2},
	}}
}

// TestStepFilter: a step file keeps the items of its steps and those
// without one, in painting order, and dims the earlier steps only.
func TestStepFilter(t *testing.T) {
	p := Make(testScene(), Options{Step: 2, DimPast: true})
	var ids []string
	for i, it := range p.Scene.Items {
		ids = append(ids, it.ID)
		if want := it.Step == 1; p.Effects[i].Dim != want {
			t.Errorf("%s: dim %v, want %v", it.ID, p.Effects[i].Dim, want)
		}
	}
	if got := len(Make(testScene(), Options{Step: 1}).Scene.Items); got != 4 {
		t.Errorf("step 1 keeps %d items, want 4", got)
	}
	if len(ids) != 5 || p.Kept[4] != 4 {
		t.Errorf("step 2 keeps %v (%v)", ids, p.Kept)
	}
}

// TestSchedule: the animation draws step by step, and in a step shapes,
// then lines, then words; the last item ends at the duration.
func TestSchedule(t *testing.T) {
	p := Make(testScene(), Options{Animate: 2 * time.Second})
	start := map[string]float64{}
	end := 0.0
	for i, it := range p.Scene.Items {
		e := p.Effects[i]
		if e.Dur <= 0 {
			t.Fatalf("%s is not animated", it.ID)
		}
		start[it.ID] = e.Start
		end = max(end, e.Start+e.Dur)
	}
	order := []string{"a", "title", "b", "a->b", "c"}
	for i := 1; i < len(order); i++ {
		if start[order[i]] <= start[order[i-1]] {
			t.Errorf("%s starts at %v, not after %s at %v", order[i], start[order[i]], order[i-1], start[order[i-1]])
		}
	}
	if math.Abs(end-2) > 1e-9 {
		t.Errorf("the animation ends at %v s, want 2", end)
	}
	// A step file draws in only its own step.
	p = Make(testScene(), Options{Step: 1, Animate: time.Second})
	for i, it := range p.Scene.Items {
		if animated := p.Effects[i].Dur > 0; animated != (it.Step == 1) {
			t.Errorf("step file 1: %s animated %v", it.ID, animated)
		}
	}
}

// TestPlainPicture: the plain document (no step, no animation) is the
// scene itself, every item drawn as it is, without a copy of the items.
func TestPlainPicture(t *testing.T) {
	sc := testScene()
	for _, o := range []Options{{}, {DimPast: true}} {
		p := Make(sc, o)
		if p.Scene != sc || p.Effects != nil {
			t.Errorf("%+v: a copy of the scene, or effects %v", o, p.Effects)
		}
		for i := range sc.Items {
			if p.Drawn(i) != i {
				t.Errorf("%+v: item %d drawn as item %d", o, i, p.Drawn(i))
			}
		}
	}
}
