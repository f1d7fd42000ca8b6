package layout

import (
	"runtime"
	"strconv"
	"testing"

	"github.com/sketchdeck/sketchdeck/internal/geom"
	"github.com/sketchdeck/sketchdeck/internal/scene"
	"github.com/sketchdeck/sketchdeck/internal/spec"
)

// markScene is one placed node, "a", for marks to land on.
func markScene() placed {
	box := geom.Rect{X: 100, Y: 100, W: 120, H: 60}
	return placed{
		items: []scene.Item{{ID: "node:a", Kind: scene.Rect, Box: box}},
		nodes: map[string]outline{"a": {Kind: scene.Rect, Box: box}},
	}
}

// manyMarks alternates fans and stars on the node with fans on the whole
// drawing, whose bounds grow with every mark.
func manyMarks(n int) []spec.Overlay {
	marks := make([]spec.Overlay, n)
	for i := range marks {
		switch i % 3 {
		case 0:
			marks[i] = spec.Overlay{Kind: spec.OverlayFan, On: "a", Count: 3}
		case 1:
			marks[i] = spec.Overlay{Kind: spec.OverlayBoom, On: "a"}
		default:
			marks[i] = spec.Overlay{Kind: spec.OverlayFan, At: spec.AtRight}
		}
	}
	return marks
}

// allocated is how many bytes drawing n marks allocates: the work done,
// counted, not timed.
func allocated(t *testing.T, r resolver, n int) uint64 {
	marks, pl := manyMarks(n), markScene()
	r.env.Budget = NewBudget(MaxScene)
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	items, _ := markItems(r, marks, "", pl)
	runtime.ReadMemStats(&after)
	if len(items) == 0 {
		t.Fatal("no items")
	}
	return after.TotalAlloc - before.TotalAlloc
}

// TestMarksLinear: each mark costs its own items. Drawing marks used to
// copy every item placed before each one (the whole drawing is a target),
// so four times the marks allocated sixteen times the bytes.
func TestMarksLinear(t *testing.T) {
	env := testEnv(t)
	var errs spec.ErrorList
	r := resolver{env: env, file: "marks.toml", errs: &errs}
	small, large := allocated(t, r, 300), allocated(t, r, 1200)
	if err := errs.Err(); err != nil {
		t.Fatal(err)
	}
	if ratio := float64(large) / float64(small); ratio > 6 {
		t.Errorf("4× the marks allocated %.1f× the bytes (%d → %d): not linear", ratio, small, large)
	}
}

// TestMarksSameBounds: a mark on the whole drawing sees the marks before
// it, as when the drawing was copied for each mark.
func TestMarksSameBounds(t *testing.T) {
	env := testEnv(t)
	var errs spec.ErrorList
	r := resolver{env: env.bounded(), file: "marks.toml", errs: &errs}
	marks := []spec.Overlay{
		{Kind: spec.OverlayText, On: "a", At: spec.AtRight, Text: "far to the right", Offset: []float64{900, 0}},
		{Kind: spec.OverlayAxis},
	}
	items, _ := markItems(r, marks, "", markScene())
	axis := items[len(items)-1]
	if axis.ID != "mark:axis:#1" {
		t.Fatalf("last item is %q", axis.ID)
	}
	if got, want := axis.Points[1].X-axis.Points[0].X, contentBounds(append(markScene().items, items[:len(items)-1]...)).W; got != want {
		t.Errorf("axis is %v long, want the width of everything before it, %v", got, want)
	}
}

// BenchmarkMarks draws n marks over one node.
func BenchmarkMarks(b *testing.B) {
	env := testEnv(b)
	for _, n := range []int{1000, 2000, 4000} {
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			var errs spec.ErrorList
			r := resolver{env: env, file: "marks.toml", errs: &errs}
			marks, pl := manyMarks(n), markScene()
			for b.Loop() {
				r.env.Budget = NewBudget(MaxScene)
				markItems(r, marks, "", pl)
			}
		})
	}
}
