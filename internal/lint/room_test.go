package lint_test

import (
	"reflect"
	"slices"
	"testing"

	"github.com/sketchdeck/sketchdeck/internal/lint"
	"github.com/sketchdeck/sketchdeck/internal/scene"
)

// TestRoomGridSameAnswers: a room that tests every piece and one that
// looks its neighbours up in a grid give the same answers for every item
// of the deck, where they were laid out and moved onto others, as makeRoom
// moves labels.
func TestRoomGridSameAnswers(t *testing.T) {
	b, fonts := newBuilder(t)
	asked, clashing := 0, 0
	for _, l := range deck(t, b) {
		scan := lint.NewRoomIndexed(l.d, l.sc.Items, fonts, false)
		grid := lint.NewRoomIndexed(l.d, l.sc.Items, fonts, true)
		compare := func(when string) {
			t.Helper()
			for i := range l.sc.Items {
				with := []int{i}
				if i+1 < len(l.sc.Items) {
					with = append(with, i+1)
				}
				c, b := scan.Clashes(i), scan.Blocked(i, with)
				if gc, gb := grid.Clashes(i), grid.Blocked(i, with); c != gc || b != gb {
					t.Fatalf("%s, %s: item %d (%s): scanning says clashes %v, blocked %v; the grid %v, %v", l.d.File, when, i, l.sc.Items[i].ID, c, b, gc, gb)
				}
				asked++
				if c || b {
					clashing++
				}
			}
		}
		compare("as laid out")
		// Put every third item where another one is, then compare again.
		n := len(l.sc.Items)
		for i := 0; i < n; i += 3 {
			moved := l.sc.Items[(i*7+1)%n]
			moved.ID = l.sc.Items[i].ID
			scan.Set(i, moved)
			grid.Set(i, moved)
		}
		compare("moved")
	}
	t.Logf("%d answers, %d clash", asked, clashing)
	if clashing == 0 || clashing == asked {
		t.Fatalf("%d of %d answers clash: the comparison tells nothing", clashing, asked)
	}
}

// TestRoomRestore: items tried at other places and restored give the
// room's answers of before, for every item of the deck, with and without
// the grid; and the room holds the items as they were.
func TestRoomRestore(t *testing.T) {
	b, fonts := newBuilder(t)
	for _, l := range deck(t, b) {
		n := len(l.sc.Items)
		var at []int
		for i := 0; i < n; i += 4 {
			at = append(at, i)
		}
		for _, indexed := range []bool{false, true} {
			r := lint.NewRoomIndexed(l.d, l.sc.Items, fonts, indexed)
			answers := func() []bool {
				var out []bool
				for i := range n {
					out = append(out, r.Clashes(i), r.Blocked(i, []int{i, (i + 1) % n}))
				}
				return out
			}
			before := answers()
			saved := r.Save(at)
			for k, i := range at {
				if saved.Item(k).ID != l.sc.Items[i].ID {
					t.Fatalf("%s: saved item %d is %q, want %q", l.d.File, k, saved.Item(k).ID, l.sc.Items[i].ID)
				}
				moved := l.sc.Items[(i*7+1)%n]
				moved.ID = l.sc.Items[i].ID
				r.Set(i, moved)
			}
			r.Restore(saved)
			if after := answers(); !slices.Equal(before, after) {
				t.Fatalf("%s (grid %v): answers after Restore differ from those before", l.d.File, indexed)
			}
			for i := range n {
				if got := r.Item(i); !reflect.DeepEqual(got, l.sc.Items[i]) {
					t.Fatalf("%s: item %d after Restore is %+v, want %+v", l.d.File, i, got, l.sc.Items[i])
				}
			}
		}
	}
}

// TestMeasureSameOnCores: the items of every deck diagram together, a
// scene large enough to be measured on several goroutines, give the same
// pieces on one as on two, three or seven (run with -race, this also
// checks that measuring shares nothing it writes).
func TestMeasureSameOnCores(t *testing.T) {
	b, fonts := newBuilder(t)
	laid := deck(t, b)
	var items []scene.Item
	for _, l := range laid {
		items = append(items, l.sc.Items...)
	}
	for _, parts := range []int{2, 3, 7} {
		same, split := lint.MeasureSame(laid[0].d, items, fonts, parts)
		if !split {
			t.Fatalf("%d items are measured on one goroutine: the test tells nothing", len(items))
		}
		if !same {
			t.Errorf("%d items measured on %d goroutines differ from those measured on one", len(items), parts)
		}
	}
}
