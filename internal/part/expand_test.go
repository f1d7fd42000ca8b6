package part

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sketchdeck/sketchdeck/internal/geom"
	"github.com/sketchdeck/sketchdeck/internal/layout"
)

// nestedParts writes depth parts, p0 … p(depth-1), each placing copies of
// the next, the last drawing one rectangle; it returns their folder.
func nestedParts(t *testing.T, depth, copies int) string {
	dir := t.TempDir()
	for i := range depth {
		var b strings.Builder
		if i == depth-1 {
			b.WriteString("[[elements]]\nkind = \"rect\"\nwidth = 10\nheight = 10\n")
		}
		for k := range copies * min(1, depth-1-i) {
			fmt.Fprintf(&b, "[[elements]]\nkind = \"part\"\npart = \"p%d\"\nx = %d\nwidth = 10\nheight = 10\n", i+1, 10*k)
		}
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("p%d.toml", i)), []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// TestExpansionBudget: placing parts counts their items against the
// diagram's budget as they are made and stops as soon as it passes, with
// the chain of parts being placed. Five parts, four of them placing ten
// copies of the next, make 10 000 items; a budget of 1000 stops at 1000.
func TestExpansionBudget(t *testing.T) {
	l, err := Load(Options{Dirs: []string{nestedParts(t, 5, 10)}, Env: env(t)})
	if err != nil {
		t.Fatal(err)
	}
	b := layout.NewBudget(1000)
	items, err := l.Place("p0", "x", geom.Rect{W: 100, H: 100}, layout.PartOptions{Budget: b})
	var over *layout.SceneError
	if !errors.As(err, &over) {
		t.Fatalf("got %d items, error %v; want a *layout.SceneError", len(items), err)
	}
	want := `the diagram is too big: placing part "p0" → "p1" → "p2" → "p3" → "p4" passes 1000 items and points, the limit for one diagram`
	if err.Error() != want {
		t.Errorf("got  %s\nwant %s", err, want)
	}
	if b.Used() != 1000 {
		t.Errorf("%d items and points made; the budget is 1000", b.Used())
	}
	// Within the budget, the same parts place in full.
	items, err = l.Place("p0", "x", geom.Rect{W: 100, H: 100}, layout.PartOptions{Budget: layout.NewBudget(10_000)})
	if err != nil || len(items) != 10_000 {
		t.Errorf("%d items, %v; want 10000", len(items), err)
	}
}
