package excalout

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/sketchdeck/sketchdeck/internal/geom"
	"github.com/sketchdeck/sketchdeck/internal/head"
	"github.com/sketchdeck/sketchdeck/internal/scene"
	"github.com/sketchdeck/sketchdeck/internal/shape"
	"github.com/sketchdeck/sketchdeck/internal/text"
)

// metrics are round numbers, so that the expected places are plain.
type metrics struct{}

func (metrics) LineHeight(size float64) float64 { return 1.25 * size }
func (metrics) Ascent(size float64) float64     { return 0.9 * size }
func (metrics) Descent(size float64) float64    { return 0.3 * size }

var style = scene.Style{Stroke: "#1E1E1E", StrokeWidth: 2, Fill: "#a5d8ff", FillStyle: scene.FillHachure, Roughness: 2, Dash: scene.Dashed}

// small is a graph of two nodes, one labelled, joined by an arrow, and a
// picture.
func small() *scene.Scene {
	label := scene.Text{Size: 20, Color: "#c92a2a", Align: scene.Center,
		Lines: []scene.Line{{Text: "web", X: 50, Y: 20 + (1.25*20-1.2*20)/2 + 18, Width: 30}}}
	return &scene.Scene{Width: 400, Height: 200, Items: []scene.Item{
		{ID: "node:a", Kind: scene.Rect, Box: geom.Rect{X: 0, Y: 20, W: 100, H: 25}, Radius: -1, Style: style},
		{ID: "node:a:label", Kind: scene.Label, Box: geom.Rect{X: 0, Y: 20, W: 100, H: 25}, Text: &label},
		{ID: "node:b", Kind: "cylinder", Box: geom.Rect{X: 200, Y: 0, W: 60, H: 80}, Style: style},
		{ID: "node:c", Kind: scene.Ellipse, Box: geom.Rect{X: 300, Y: 0, W: 60, H: 60}, Rotate: 90, Style: style},
		{ID: "edge:a->c#0", Kind: scene.Polyline, Points: []geom.Point{{X: 100, Y: 30}, {X: 300, Y: 30}}, Style: style,
			Heads: scene.Heads{End: true, Head: "filled"}, From: "node:a", To: "node:c"},
		{ID: "el:0", Kind: scene.Picture, Box: geom.Rect{X: 0, Y: 100, W: 100, H: 100},
			Image: &scene.Image{MIME: "image/png", Width: 50, Height: 25, Data: []byte("png")}},
	}}
}

func write(t *testing.T, sc *scene.Scene) (File, []byte) {
	t.Helper()
	data, err := Write(sc, Options{Seed: 7, Background: "#fff", FontFamily: 1, Metrics: metrics{}})
	if err != nil {
		t.Fatal(err)
	}
	if err := Validate(data); err != nil {
		t.Fatalf("the file is not valid: %v", err)
	}
	var f File
	if err := json.Unmarshal(data, &f); err != nil {
		t.Fatal(err)
	}
	return f, data
}

func TestWrite(t *testing.T) {
	f, _ := write(t, small())
	byID := map[string]Element{}
	var ids []string
	for _, e := range f.Elements {
		byID[e.ID] = e
		ids = append(ids, e.ID+"="+e.Type)
	}
	want := "node:a=rectangle node:a:label=text node:b=rectangle node:b:fill=line node:b:0=ellipse node:b:1=line node:b:2=line node:b:3=line node:c=ellipse edge:a->c#0=arrow el:0=image"
	if got := strings.Join(ids, " "); got != want {
		t.Errorf("elements\n got %s\nwant %s", got, want)
	}
	a := byID["node:a"]
	if a.StrokeColor != "#1e1e1e" || a.BackgroundColor != "#a5d8ff" || a.FillStyle != "hachure" || a.StrokeStyle != "dashed" ||
		a.StrokeWidth != 2 || a.Roughness != 2 || a.Roundness == nil || a.Roundness.Type != 3 || a.Seed <= 0 || a.Index != "a0" {
		t.Errorf("the rectangle is %+v", a)
	}
	if len(a.BoundElements) != 2 || a.BoundElements[0] != (BoundElement{ID: "node:a:label", Type: "text"}) || a.BoundElements[1] != (BoundElement{ID: "edge:a->c#0", Type: "arrow"}) {
		t.Errorf("the rectangle's bound elements are %v", a.BoundElements)
	}
	l := byID["node:a:label"]
	if l.ContainerID == nil || *l.ContainerID != "node:a" || l.X != 35 || l.Y != 20 || l.Width != 30 || l.Height != 25 || l.VerticalAlign != "middle" ||
		l.TextAlign != "center" || l.StrokeColor != "#c92a2a" || l.FontFamily != 1 || l.LineHeight != 1.25 {
		t.Errorf("the label is %+v %+v", l, *l.TextProps)
	}
	if b := byID["node:b"]; b.StrokeColor != "transparent" || b.BackgroundColor != "transparent" || b.Width != 60 || b.GroupIDs[0] != "node:b" {
		t.Errorf("the cylinder's box is %+v", b)
	}
	if fill := byID["node:b:fill"]; !fill.Polygon || fill.StrokeColor != "transparent" || fill.GroupIDs[0] != "node:b" {
		t.Errorf("the cylinder's fill is %+v", fill)
	}
	if c := byID["node:c"]; c.Angle < 1.5707 || c.Angle > 1.5708 {
		t.Errorf("the ellipse's angle is %v", c.Angle)
	}
	e := byID["edge:a->c#0"]
	if e.StartBinding == nil || e.StartBinding.ElementID != "node:a" || e.StartBinding.FixedPoint != [2]float64{1, 0.4} ||
		e.EndBinding == nil || e.EndBinding.ElementID != "node:c" || *e.EndArrowhead != "triangle" || e.StartArrowhead != nil ||
		e.Points[1] != [2]float64{200, 0} || e.Width != 200 {
		t.Errorf("the arrow is %+v %+v", e, *e.LinearProps)
	}
	img := byID["el:0"]
	if img.Y != 125 || img.Height != 50 || f.Files[*img.FileID].DataURL != "data:image/png;base64,cG5n" {
		t.Errorf("the image is %+v, its file %+v", img, f.Files)
	}
	if f.AppState.ViewBackgroundColor != "#ffffff" || f.Source != Source {
		t.Errorf("appState %+v, source %q", f.AppState, f.Source)
	}
}

// TestWriteOpacity writes a faded item's opacity as Excalidraw's, 0 to
// 100.
func TestWriteOpacity(t *testing.T) {
	sc := small()
	sc.Items[0].Transparency = 0.6
	f, _ := write(t, sc)
	for _, e := range f.Elements {
		want := 100.0
		if e.ID == "node:a" {
			want = 40
		}
		if e.Opacity != want {
			t.Errorf("%s: opacity %v, want %v", e.ID, e.Opacity, want)
		}
	}
}

// TestWriteDeterministic writes a scene twice and gets the same bytes,
// and an item's seed does not depend on the others.
func TestWriteDeterministic(t *testing.T) {
	_, one := write(t, small())
	_, two := write(t, small())
	if string(one) != string(two) {
		t.Error("two writes differ")
	}
	sc := small()
	sc.Items = sc.Items[2:]
	f, _ := write(t, sc)
	g, _ := write(t, small())
	if f.Elements[len(f.Elements)-1].Seed != g.Elements[len(g.Elements)-1].Seed {
		t.Error("an element's seed changed when others were left out")
	}
}

// TestTablesComplete checks that every scene kind, outline, arrowhead and
// text family has its Excalidraw counterpart.
func TestTablesComplete(t *testing.T) {
	for _, k := range []scene.Kind{scene.Rect, scene.Ellipse, scene.Polygon, scene.Polyline, scene.Bezier, scene.Curve, scene.Freehand, scene.Label, scene.Picture} {
		if _, ok := converters[k]; !ok {
			t.Errorf("kind %q has no converter", k)
		}
	}
	for _, o := range shape.Outlines() {
		_, own := converters[scene.Kind(o.Name)]
		if _, ok := outlineConverter(scene.Kind(o.Name)); !own && !ok {
			t.Errorf("outline %q has no converter", o.Name)
		}
	}
	for _, h := range head.Heads() {
		if _, ok := Arrowheads[h.Name]; !ok {
			t.Errorf("head %q has no Excalidraw arrowhead", h.Name)
		}
	}
	for _, f := range text.Families() {
		if _, ok := FontFamilies[f]; !ok {
			t.Errorf("text family %q has no Excalidraw font family", f)
		}
	}
	if _, err := Write(&scene.Scene{Items: []scene.Item{{ID: "x", Kind: "blob"}}}, Options{Metrics: metrics{}}); err == nil ||
		err.Error() != `excalout: item "x": kind "blob" has no Excalidraw element` {
		t.Errorf("an unknown kind: %v", err)
	}
}

func TestFractionalIndex(t *testing.T) {
	for i, want := range map[int]string{0: "a0", 9: "a9", 10: "aA", 61: "az", 62: "b00", 63: "b01", 62 + 3843: "bzz", 62 + 3844: "c000"} {
		if got := fractionalIndex(i); got != want {
			t.Errorf("fractionalIndex(%d) = %q, want %q", i, got, want)
		}
	}
	for i := 1; i < 5000; i++ {
		if fractionalIndex(i) <= fractionalIndex(i-1) {
			t.Fatalf("index %d does not sort after %d", i, i-1)
		}
	}
}
