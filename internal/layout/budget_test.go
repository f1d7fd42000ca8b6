package layout

import (
	"testing"

	"github.com/sketchdeck/sketchdeck/internal/spec"
)

// TestElementsBudget: a drawing's elements count their items and points
// before making them, and the element that passes the budget gets the
// error. Each full-turn arc is one item of 25 points: 26 each.
func TestElementsBudget(t *testing.T) {
	env := testEnv(t)
	env.Budget = NewBudget(100)
	els := make([]spec.Element, 5)
	for i := range els {
		els[i] = spec.Element{Kind: spec.ElemArc, Width: 100, Height: 80, P: spec.Pos{Line: 2 + 5*i, Col: 1}}
	}
	items, err := Elements(els, env, ElementOptions{File: "arcs.toml"})
	want := "arcs.toml:17:1: the diagram is too big: laying this out passes 100 items and points, the limit for one diagram"
	if err == nil || err.Error() != want {
		t.Fatalf("got %v\nwant %s", err, want)
	}
	if len(items) != 3 || env.Budget.Used() != 78 {
		t.Errorf("%d items, %d counted; want the 3 arcs before the 4th, 78", len(items), env.Budget.Used())
	}
}

// TestMarksBudget: marks count what they will make before they are drawn;
// the first one past the budget is named, once, and the rest are not drawn.
func TestMarksBudget(t *testing.T) {
	env := testEnv(t)
	env.Budget = NewBudget(200)
	var errs spec.ErrorList
	r := resolver{env: env, file: "marks.toml", errs: &errs}
	items, _ := markItems(r, manyMarks(10), "", markScene())
	want := "marks.toml: marks[3]: the diagram is too big: laying this out passes 200 items and points, the limit for one diagram"
	if err := errs.Err(); err == nil || err.Error() != want {
		t.Fatalf("got %v\nwant %s", err, want)
	}
	if len(items) == 0 || env.Budget.Used() > 200 {
		t.Errorf("%d items, %d counted", len(items), env.Budget.Used())
	}
}
