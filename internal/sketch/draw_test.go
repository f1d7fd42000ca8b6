package sketch

import (
	"math"
	"reflect"
	"strconv"
	"testing"

	"github.com/sketchdeck/sketchdeck/internal/geom"
	"github.com/sketchdeck/sketchdeck/internal/scene"
	"github.com/sketchdeck/sketchdeck/internal/shape"
)

func style(rough float64, fill scene.FillStyle) scene.Style {
	return scene.Style{Stroke: "#000", StrokeWidth: 2, Fill: "#fff", FillStyle: fill, Roughness: rough, Bowing: 1}
}

// everyKind is one item of each kind, rough and hachured.
func everyKind() []scene.Item {
	items := append(galleryShapes(), galleryLines()...)
	items = append(items, scene.Item{ID: "label", Kind: scene.Label, Box: geom.Rect{W: 10, H: 10}})
	for i := range items {
		items[i].Style = style(2, scene.FillHachure)
	}
	return items
}

func TestDrawIsDeterministic(t *testing.T) {
	f := func(v float64) string { return strconv.FormatFloat(v, 'f', 2, 64) }
	for _, it := range everyKind() {
		a, b := Draw(it, 9), Draw(it, 9)
		if !reflect.DeepEqual(a, b) {
			t.Errorf("%s: two draws differ", it.ID)
		}
		for i := range a.Paths {
			if a.Paths[i].D(f) != b.Paths[i].D(f) {
				t.Errorf("%s: path %d's d differs", it.ID, i)
			}
		}
		if it.Kind == scene.Label || it.Kind == scene.Freehand {
			continue // no randomness to vary
		}
		other := it
		other.ID += "'"
		if reflect.DeepEqual(a, Draw(other, 9)) {
			t.Errorf("%s: another id draws the same strokes", it.ID)
		}
		if reflect.DeepEqual(a, Draw(it, 10)) {
			t.Errorf("%s: another theme seed draws the same strokes", it.ID)
		}
	}
}

func roles(d Drawing) []Role {
	var rs []Role
	for _, p := range d.Paths {
		rs = append(rs, p.Role)
	}
	return rs
}

func TestDrawRoles(t *testing.T) {
	box := geom.Rect{X: 0, Y: 0, W: 80, H: 50}
	line := []geom.Point{{X: 0, Y: 0}, {X: 100, Y: 0}}
	noStroke := style(1, scene.FillSolid)
	noStroke.Stroke = "none"
	noFill := style(1, scene.FillHachure)
	noFill.Fill = "none"
	tests := []struct {
		name string
		it   scene.Item
		want []Role
	}{
		{"rect solid", scene.Item{Kind: scene.Rect, Box: box, Style: style(1, scene.FillSolid)}, []Role{FillArea, Stroke}},
		{"rect hachure", scene.Item{Kind: scene.Rect, Box: box, Style: style(1, scene.FillHachure)}, []Role{FillLines, Stroke}},
		{"rect no fill colour", scene.Item{Kind: scene.Rect, Box: box, Style: noFill}, []Role{Stroke}},
		{"rect no stroke", scene.Item{Kind: scene.Rect, Box: box, Style: noStroke}, []Role{FillArea}},
		{"ellipse dots", scene.Item{Kind: scene.Ellipse, Box: box, Style: style(1, scene.FillDots)}, []Role{FillLines, Stroke}},
		{"diamond none", scene.Item{Kind: "diamond", Box: box, Style: style(1, scene.FillNone)}, []Role{Stroke}},
		{"cylinder", scene.Item{Kind: "cylinder", Box: box, Style: style(1, scene.FillSolid)}, []Role{FillArea, Stroke}},
		{"arrow", scene.Item{Kind: scene.Polyline, Points: line, Heads: scene.Heads{Start: true, End: true}, Style: style(1, "")}, []Role{Stroke, Head, Head}},
		{"curve", scene.Item{Kind: scene.Curve, Points: line, Heads: scene.Heads{End: true}, Style: style(1, "")}, []Role{Stroke, Head}},
		{"freehand", scene.Item{Kind: scene.Freehand, Points: line, Style: style(1, "")}, []Role{InkArea}},
		{"text", scene.Item{Kind: scene.Label, Box: box, Style: style(1, scene.FillSolid)}, nil},
	}
	for _, tt := range tests {
		if got := roles(Draw(tt.it, 1)); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: roles %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestDashedDrawsOneStroke(t *testing.T) {
	it := scene.Item{Kind: scene.Rect, Box: geom.Rect{W: 80, H: 50}, Style: style(2, scene.FillNone)}
	if n := countKind(Draw(it, 1).Paths[0].Ops, Move); n != 8 {
		t.Errorf("solid rect: %d strokes, want 8", n)
	}
	it.Style.Dash = scene.Dashed
	if n := countKind(Draw(it, 1).Paths[0].Ops, Move); n != 4 {
		t.Errorf("dashed rect: %d strokes, want 4", n)
	}
}

// TestArrowheadFollowsEndTangent checks a clean head: its tip is the path's
// end, and its wings sit ±20° off the last control point's direction, even
// when Graphviz puts the last control point on the end itself.
func TestArrowheadFollowsEndTangent(t *testing.T) {
	tip := geom.Pt(200, 100)
	pts := []geom.Point{{X: 0, Y: 0}, {X: 50, Y: 0}, {X: 100, Y: 200}, {X: 200, Y: 0}, {X: 150, Y: 0}, {X: 200, Y: 50}, tip}
	for _, lastCtrl := range []geom.Point{{X: 200, Y: 50}, tip} {
		pts[5] = lastCtrl
		it := scene.Item{Kind: scene.Bezier, Points: pts, Heads: scene.Heads{End: true}, Style: style(0, "")}
		d := Draw(it, 1)
		head := d.Paths[len(d.Paths)-1]
		if head.Role != Head || len(head.Ops) != 4 {
			t.Fatalf("last path %v with %d ops, want a head of 2 lines", head.Role, len(head.Ops))
		}
		back := pts[4].Sub(tip).Unit()
		if lastCtrl != tip {
			back = lastCtrl.Sub(tip).Unit()
		}
		for _, i := range []int{0, 2} {
			wing, end := head.Ops[i].P[0], head.Ops[i+1].P[0]
			if end != tip {
				t.Errorf("head line ends at %v, want the tip %v", end, tip)
			}
			w := wing.Sub(tip)
			angle := math.Acos(dot(w.Unit(), back)) * 180 / math.Pi
			if math.Abs(angle-20) > 1e-6 || math.Abs(w.Len()-30) > 1e-6 {
				t.Errorf("wing at %.3f° and %.3f long, want 20° and 30", angle, w.Len())
			}
		}
	}
}

func TestRotate(t *testing.T) {
	it := scene.Item{Kind: scene.Rect, Box: geom.Rect{X: 10, Y: 20, W: 80, H: 40}, Style: style(0, scene.FillNone), Rotate: 90}
	got := Draw(it, 1).Bounds()
	want := geom.Rect{X: 30, Y: 0, W: 40, H: 80}
	if math.Abs(got.X-want.X)+math.Abs(got.Y-want.Y)+math.Abs(got.W-want.W)+math.Abs(got.H-want.H) > 1e-9 {
		t.Errorf("rotated bounds %v, want %v", got, want)
	}
}

func TestFreehandOutline(t *testing.T) {
	pts := []geom.Point{{X: 0, Y: 0}, {X: 40, Y: 10}, {X: 80, Y: -10}, {X: 120, Y: 30}}
	const size = 6
	out := FreehandOutline(pts, size)
	if len(out) < 20 {
		t.Fatalf("outline has %d points", len(out))
	}
	widest := 0.0
	for _, q := range out {
		d := math.Inf(1)
		for i := 1; i < len(pts); i++ {
			d = math.Min(d, segDist(q, pts[i-1], pts[i]))
		}
		// The curve bulges past the polyline a little; the pencil reaches size.
		if d > size+8 {
			t.Errorf("outline point %v is %.1f from the stroke", q, d)
		}
		widest = math.Max(widest, d)
	}
	if widest < size/4 {
		t.Errorf("outline is at most %.2f wide, want a visible stroke", widest)
	}
	if dot := FreehandOutline(pts[:1], size); len(dot) == 0 {
		t.Error("a single point gives no dot")
	}
	if FreehandOutline(nil, size) != nil {
		t.Error("no points should give no outline")
	}
}

func TestPathD(t *testing.T) {
	p := Path{Ops: []Op{moveTo(geom.Pt(1, 2)), lineTo(geom.Pt(3, -4)), cubicTo(geom.Pt(5, 6), geom.Pt(7, 8), geom.Pt(9.5, 10)), {Kind: Close}}}
	f := func(v float64) string { return strconv.FormatFloat(v, 'g', -1, 64) }
	if got, want := p.D(f), "M1 2 L3 -4 C5 6 7 8 9.5 10 Z"; got != want {
		t.Errorf("D = %q, want %q", got, want)
	}
}

func BenchmarkDrawItem(b *testing.B) {
	items := []scene.Item{
		{ID: "rect", Kind: scene.Rect, Box: geom.Rect{X: 10, Y: 10, W: 160, H: 80}, Style: style(2, scene.FillHachure)},
		{ID: "ellipse", Kind: scene.Ellipse, Box: geom.Rect{X: 200, Y: 10, W: 140, H: 80}, Style: style(2, scene.FillSolid)},
		{ID: "edge", Kind: scene.Bezier, Points: []geom.Point{{X: 90, Y: 90}, {X: 90, Y: 140}, {X: 270, Y: 120}, {X: 270, Y: 170}, {X: 270, Y: 200}, {X: 300, Y: 220}, {X: 330, Y: 230}}, Heads: scene.Heads{End: true}, Style: style(2, "")},
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, it := range items {
			Draw(it, 1)
		}
	}
}

// TestDegenerateInput draws nonsense (empty, zero-sized, NaN, infinite and
// huge geometry) and expects no panic and no runaway output.
func TestDegenerateInput(t *testing.T) {
	nan, inf := math.NaN(), math.Inf(1)
	boxes := []geom.Rect{{}, {W: 10}, {W: nan, H: 5}, {W: inf, H: inf}, {X: -inf, W: 5, H: 5}, {W: 1e9, H: 1e9}}
	pointSets := [][]geom.Point{nil, {{X: 1, Y: 1}}, {{X: 1, Y: 1}, {X: 1, Y: 1}}, {{X: nan, Y: 0}, {X: 5, Y: 5}, {X: 9, Y: 0}}, {{X: 0, Y: 0}, {X: inf, Y: 0}, {X: 0, Y: 9}}, {{X: 0, Y: 0}, {X: 1e9, Y: 1}, {X: 0, Y: 1e9}, {X: 5, Y: 5}}}
	kinds := []scene.Kind{scene.Polygon, scene.Polyline, scene.Bezier, scene.Curve, scene.Freehand, scene.Label, "bogus"}
	for _, o := range shape.Outlines() {
		kinds = append(kinds, scene.Kind(o.Name))
	}
	for _, k := range kinds {
		for _, fill := range galleryFills {
			// Box kinds ignore Points and point kinds mostly ignore Box, so
			// vary one at a time.
			var items []scene.Item
			for _, b := range boxes {
				items = append(items, scene.Item{Kind: k, Box: b})
			}
			for _, pts := range pointSets {
				items = append(items, scene.Item{Kind: k, Points: pts})
			}
			for _, it := range items {
				it.ID, it.Rotate, it.Heads = "x", 30, scene.Heads{Start: true, End: true}
				it.Style = style(2, fill)
				it.Style.HachureGap = 1e-9
				ops := 0
				for _, p := range Draw(it, 1).Paths {
					ops += len(p.Ops)
				}
				if ops > 2e6 {
					t.Errorf("%s %s %v %v: %d ops", k, fill, it.Box, it.Points, ops)
				}
			}
		}
	}
}
