package build

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/sketchdeck/sketchdeck/internal/scene"
)

// TestLanesKeepBands: in the release cycle, left to right and top to
// bottom, every node lies inside its own lane's band, between the rules
// that bound it, whatever Graphviz did across the ranks.
func TestLanesKeepBands(t *testing.T) {
	lanes := map[string]int{"plan": 0, "code": 0, "review": 0, "test": 1, "release": 2, "monitor": 2}
	b := newTestBuilder(t)
	for _, file := range []string{"testdata/lanes-release.toml", "testdata/lanes-release-tb.toml"} {
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		res := b.Build(context.Background(), Source{File: file, Data: data})
		if res.Err != nil {
			t.Fatal(res.Err)
		}
		across := strings.Contains(string(data), `direction = "LR"`)
		var frame scene.Item
		var rules []float64
		for _, it := range res.Scene.Items {
			switch {
			case it.ID == "lanes:frame":
				frame = it
			case strings.HasPrefix(it.ID, "lanes:rule:"):
				if across {
					rules = append(rules, it.Points[0].Y)
				} else {
					rules = append(rules, it.Points[0].X)
				}
			}
		}
		lo, hi := frame.Box.X, frame.Box.X+frame.Box.W
		if across {
			lo, hi = frame.Box.Y, frame.Box.Y+frame.Box.H
		}
		bounds := append(append([]float64{lo}, rules...), hi)
		if len(bounds) != 4 {
			t.Fatalf("%s: %d lane bounds, want 4", file, len(bounds))
		}
		for _, it := range res.Scene.Items {
			id, ok := strings.CutPrefix(it.ID, "node:")
			if !ok || strings.Contains(id, ":") {
				continue
			}
			a, z := it.Box.X, it.Box.X+it.Box.W
			if across {
				a, z = it.Box.Y, it.Box.Y+it.Box.H
			}
			k := lanes[id]
			if a < bounds[k] || z > bounds[k+1] {
				t.Errorf("%s: node %s spans %.1f–%.1f, outside its lane's band %.1f–%.1f", file, id, a, z, bounds[k], bounds[k+1])
			}
		}
	}
}
