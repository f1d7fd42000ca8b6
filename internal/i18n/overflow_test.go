package i18n

import (
	"strings"
	"testing"

	"github.com/sketchdeck/sketchdeck/internal/geom"
	"github.com/sketchdeck/sketchdeck/internal/scene"
)

type metrics struct{}

func (metrics) Ascent(size float64) float64  { return 0.8 * size }
func (metrics) Descent(size float64) float64 { return 0.2 * size }

// label is a one-line centred text item of width w at centre c.
func label(id string, c geom.Point, w float64, box geom.Rect) scene.Item {
	return scene.Item{ID: id, Kind: scene.Label, Box: box, Text: &scene.Text{
		Size: 20, Align: scene.Center, Lines: []scene.Line{{Text: "Équipe", X: c.X, Y: c.Y + 6, Width: w}},
	}}
}

func TestOverflows(t *testing.T) {
	cell := geom.Rect{X: 100, Y: 100, W: 100, H: 40}
	shape := scene.Item{ID: "node:a", Kind: scene.Rect, Box: cell}
	c := cell.Center()
	tests := []struct {
		name  string
		items []scene.Item
		want  string
	}{
		{"fits", []scene.Item{shape, label("node:a:label", c, 80, cell)}, ""},
		{"wider than its fixed cell", []scene.Item{label("cell:1:2", c, 130, cell)}, `node? cell:1:2 "Équipe" overflows its box by 14 px`},
		{"spills out of its shape", []scene.Item{shape, label("node:a:label", c, 140, geom.RectCenter(c, 140, 20))},
			`node? node:a:label "Équipe" overflows node:a by 20 px`},
		{"beside its shape is fine", []scene.Item{shape, label("node:a:label", geom.Pt(150, 60), 140, geom.RectCenter(geom.Pt(150, 60), 140, 20))}, ""},
		{"past the canvas", []scene.Item{label("title", geom.Pt(10, 30), 100, geom.RectCenter(geom.Pt(10, 30), 100, 20))},
			`node? title "Équipe" overflows the canvas by 40 px`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sc := &scene.Scene{Width: 400, Height: 300, Items: tt.items}
			var got []string
			for _, s := range Overflows(sc, metrics{}) {
				got = append(got, "node? "+s.ItemID+" "+s.String())
			}
			if strings.Join(got, "\n") != tt.want {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), tt.want)
			}
		})
	}
}

func TestKeyOf(t *testing.T) {
	ts := []Text{{Key: "title", Source: "Mise en cache"}, {Key: "nodes.a.label", Source: "Deux\nlignes"}}
	for _, tt := range []struct {
		lines []string
		want  string
	}{
		{[]string{"Mise en cache"}, "title"},
		{[]string{"Deux", "lignes"}, "nodes.a.label"},
		{[]string{"Mise en", "cache"}, "title"},
		{[]string{"autre"}, ""},
	} {
		if got := KeyOf(ts, tt.lines); got != tt.want {
			t.Errorf("%q: got %q, want %q", tt.lines, got, tt.want)
		}
	}
}
