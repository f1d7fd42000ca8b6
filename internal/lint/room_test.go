package lint_test

import (
	"testing"

	"github.com/sketchdeck/sketchdeck/internal/lint"
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
