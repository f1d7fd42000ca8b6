package i18n

import (
	"strings"
	"testing"

	"github.com/sketchdeck/sketchdeck/internal/geom"
	"github.com/sketchdeck/sketchdeck/internal/scene"
	"github.com/sketchdeck/sketchdeck/internal/spec"
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

// TestOverflowProblems: each spilling block is reported at the text it
// shows, found by its whole text (not a substring) and, for texts that
// read the same, by its item id; at the catalog entry when there is one.
// A layout's own text has no key: with no catalog (the pseudo-locale) it
// once dereferenced the nil catalog; it is reported at its item.
func TestOverflowProblems(t *testing.T) {
	src := "title = \"Mise en cache\"\n\n[[nodes]]\nid = \"a\"\nlabel = \"Deux lignes\"\n\n[[nodes]]\nid = \"b\"\nlabel = \"Deux lignes\"\n\n[[nodes]]\nid = \"c\"\nlabel = \"cache\"\n"
	d, err := spec.Decode("d.toml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	// Blocks past the canvas's left edge, by 20 px.
	block := func(id string, lines ...string) scene.Item {
		it := scene.Item{ID: id, Kind: scene.Label, Box: geom.Rect{X: -20, Y: 100, W: 100, H: 60}, Text: &scene.Text{Size: 20, Align: scene.Left}}
		for i, l := range lines {
			it.Text.Lines = append(it.Text.Lines, scene.Line{Text: l, X: -20, Y: 120 + 20*float64(i), Width: 100})
		}
		return it
	}
	sc := &scene.Scene{Width: 400, Height: 300, Items: []scene.Item{
		block("title", "Mise en", "cache"),
		block("node:b:label", "Deux", "lignes"),
		block("node:c:label", "cache"),
		block("mark:boom:text", "BOOM!"),
	}}
	cat := mustDecode(t, "[d]\ntitle = { source = \"Caching\", text = \"Mise en cache\" }\n")
	for _, c := range []struct {
		name string
		cat  *Catalog
		want []string
	}{
		{"no catalog", nil, []string{
			`d.toml:1:1: d: title (title): "Mise en\\ncache" overflows the canvas by 20 px`,
			`d.toml:9:1: d: nodes.b.label (node:b:label): "Deux\\nlignes" overflows the canvas by 20 px`,
			`d.toml:13:1: d: nodes.c.label (node:c:label): "cache" overflows the canvas by 20 px`,
			`d.toml: d: mark:boom:text: "BOOM!" overflows the canvas by 20 px`,
		}},
		{"catalog", cat, []string{
			`diagrams/locales/fr.toml:2:1: d: title: "Mise en\\ncache" overflows the canvas by 20 px`,
			`d.toml:9:1: d: nodes.b.label (node:b:label): "Deux\\nlignes" overflows the canvas by 20 px`,
			`d.toml:13:1: d: nodes.c.label (node:c:label): "cache" overflows the canvas by 20 px`,
			`d.toml: d: mark:boom:text: "BOOM!" overflows the canvas by 20 px`,
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			var got []string
			for _, p := range OverflowProblems(d, sc, metrics{}, c.cat) {
				got = append(got, p.Error())
			}
			if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(c.want, "\n"))
			}
		})
	}
}
