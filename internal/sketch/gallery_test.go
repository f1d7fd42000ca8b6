package sketch

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/sketchdeck/sketchdeck/internal/geom"
	"github.com/sketchdeck/sketchdeck/internal/scene"
	"github.com/sketchdeck/sketchdeck/internal/shape"
)

var update = flag.Bool("update", false, "rewrite testdata/gallery.svg")

// num is the gallery's number formatter: two decimals, no "-0".
func num(v float64) string {
	s := strconv.FormatFloat(v, 'f', 2, 64)
	s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	if s == "-0" || s == "" {
		return "0"
	}
	return s
}

// galleryShapes are the closed kinds (every outline of internal/shape, and
// a polygon) in a 100×70 cell at the origin.
func galleryShapes() []scene.Item {
	box := geom.Rect{X: 10, Y: 15, W: 100, H: 70}
	var out []scene.Item
	for _, o := range shape.Outlines() {
		out = append(out, scene.Item{ID: o.Name, Kind: scene.Kind(o.Name), Box: box})
	}
	return append(out, scene.Item{ID: "polygon", Kind: scene.Polygon, Points: []geom.Point{{X: 10, Y: 85}, {X: 40, Y: 15}, {X: 60, Y: 50}, {X: 80, Y: 15}, {X: 110, Y: 85}}})
}

// galleryLines are the open kinds, with arrowheads.
func galleryLines() []scene.Item {
	return []scene.Item{
		{ID: "polyline", Kind: scene.Polyline, Points: []geom.Point{{X: 10, Y: 80}, {X: 50, Y: 20}, {X: 110, Y: 40}}, Heads: scene.Heads{End: true}},
		{ID: "bezier", Kind: scene.Bezier, Points: []geom.Point{{X: 10, Y: 80}, {X: 30, Y: 10}, {X: 80, Y: 10}, {X: 70, Y: 50}, {X: 60, Y: 90}, {X: 110, Y: 90}, {X: 110, Y: 30}}, Heads: scene.Heads{Start: true, End: true}},
		{ID: "curve", Kind: scene.Curve, Points: []geom.Point{{X: 10, Y: 50}, {X: 40, Y: 20}, {X: 70, Y: 80}, {X: 110, Y: 40}}, Heads: scene.Heads{End: true}},
		{ID: "freehand", Kind: scene.Freehand, Points: []geom.Point{{X: 10, Y: 60}, {X: 25, Y: 30}, {X: 45, Y: 25}, {X: 60, Y: 50}, {X: 80, Y: 70}, {X: 100, Y: 40}, {X: 110, Y: 20}}},
		{ID: "dashed", Kind: scene.Polyline, Points: []geom.Point{{X: 10, Y: 50}, {X: 110, Y: 50}}, Heads: scene.Heads{End: true}, Style: scene.Style{Dash: scene.Dashed}},
	}
}

var galleryFills = []scene.FillStyle{scene.FillNone, scene.FillSolid, scene.FillHachure, scene.FillCrossHatch, scene.FillZigzag, scene.FillDots}

// TestGallery draws every kind × fill style × roughness 0, 1, 2 and, with
// -update, writes them to testdata/gallery.svg for a person to look at.
func TestGallery(t *testing.T) {
	const cw, ch = 130, 100
	var b strings.Builder
	y := 0.0
	row := func(label string, items []scene.Item) {
		fmt.Fprintf(&b, "<text x=\"4\" y=\"%s\" font-size=\"11\" font-family=\"sans-serif\">%s</text>\n", num(y+12), label)
		for i, it := range items {
			off := geom.Point{X: 90 + float64(i)*cw, Y: y}
			writeItem(&b, it, off)
		}
		y += ch
	}
	for _, r := range []float64{0, 1, 2} {
		for _, f := range galleryFills {
			items := galleryShapes()
			for i := range items {
				items[i].Style = galleryStyle(r, f)
			}
			row(fmt.Sprintf("r%g %s", r, f), items)
		}
		items := galleryLines()
		for i := range items {
			dash := items[i].Style.Dash
			items[i].Style = galleryStyle(r, scene.FillNone)
			items[i].Style.Dash = dash
		}
		row(fmt.Sprintf("r%g lines", r), items)
	}
	svg := fmt.Sprintf("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%s\" viewBox=\"0 0 %d %s\">\n<rect width=\"100%%\" height=\"100%%\" fill=\"white\"/>\n%s</svg>\n",
		90+5*cw, num(y), 90+5*cw, num(y), b.String())
	if !*update {
		return
	}
	path := filepath.Join("testdata", "gallery.svg")
	if err := os.MkdirAll("testdata", 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(svg), 0o644); err != nil {
		t.Fatal(err)
	}
}

func galleryStyle(r float64, f scene.FillStyle) scene.Style {
	return scene.Style{Stroke: "#1e1e1e", StrokeWidth: 2, Fill: "#a5d8ff", FillStyle: f, Roughness: r, Bowing: 1}
}

// writeItem writes the item's paths the way the svg stage will paint them.
func writeItem(b *strings.Builder, it scene.Item, off geom.Point) {
	it.Box = it.Box.Translate(off)
	pts := make([]geom.Point, len(it.Points))
	for i, q := range it.Points {
		pts[i] = q.Add(off)
	}
	it.Points = pts
	d := Draw(it, 42)
	for _, p := range d.Paths {
		var paint string
		switch p.Role {
		case Stroke:
			paint = fmt.Sprintf(`fill="none" stroke="%s" stroke-width="%s"`, it.Style.Stroke, num(p.Width))
			if it.Style.Dash == scene.Dashed {
				paint += ` stroke-dasharray="8 6"`
			}
		case Head:
			paint = fmt.Sprintf(`fill="none" stroke="%s" stroke-width="%s"`, it.Style.Stroke, num(p.Width))
		case FillLines:
			paint = fmt.Sprintf(`fill="none" stroke="%s" stroke-width="%s"`, it.Style.Fill, num(p.Width))
		case FillArea:
			paint = fmt.Sprintf(`fill="%s" stroke="none"`, it.Style.Fill)
		case InkArea:
			paint = fmt.Sprintf(`fill="%s" stroke="none"`, it.Style.Stroke)
		}
		fmt.Fprintf(b, "<path d=\"%s\" %s stroke-linecap=\"round\" stroke-linejoin=\"round\"/>\n", p.D(num), paint)
	}
}
