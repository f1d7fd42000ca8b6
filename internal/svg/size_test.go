package svg

import (
	"bytes"
	"strings"
	"testing"

	"github.com/sketchdeck/sketchdeck/internal/canvas"
	"github.com/sketchdeck/sketchdeck/internal/geom"
	"github.com/sketchdeck/sketchdeck/internal/scene"
	"github.com/sketchdeck/sketchdeck/internal/sketch"
)

// sizeScene is a hachured box and a few lines of text.
func sizeScene() (*scene.Scene, []sketch.Drawing) {
	st := scene.Style{Stroke: "#000", StrokeWidth: 1, Fill: "#f00", FillStyle: scene.FillHachure, Roughness: 1, Dash: scene.Solid}
	sc := &scene.Scene{Title: "size", Width: 400, Height: 300, Items: []scene.Item{
		{ID: "box", Kind: scene.Rect, Box: geom.Rect{X: 10, Y: 10, W: 300, H: 200}, Style: st},
		{ID: "words", Kind: scene.Label, Box: geom.Rect{X: 10, Y: 220, W: 300, H: 60}, Text: &scene.Text{
			Size: 20, Color: "#000", Align: scene.Left,
			Lines: []scene.Line{{Text: strings.Repeat("word ", 20), X: 10, Y: 240}, {Text: "two", X: 10, Y: 260}},
		}},
	}}
	drawings := make([]sketch.Drawing, len(sc.Items))
	for i, it := range sc.Items {
		drawings[i] = sketch.Draw(it, 1)
	}
	return sc, drawings
}

// drawSize draws the size scene on a canvas bounded to limit.
func drawSize(limit int) *Canvas {
	sc, drawings := sizeScene()
	c := New(canvas.PageOf("t", sc, ""), Options{MaxBytes: limit})
	canvas.DrawWith(c, sc, func(i int) sketch.Drawing { return drawings[i] }, nil, nil)
	return c
}

// TestSizeBound: a document past its limit is refused from the estimate,
// or, when the estimate fell short, by its real size; the error says the
// limit, and nothing is written.
func TestSizeBound(t *testing.T) {
	var full bytes.Buffer
	c := drawSize(0)
	if _, err := c.WriteTo(&full); err != nil {
		t.Fatal(err)
	}
	est := c.estimate
	if est > full.Len() || est < full.Len()/3 {
		t.Errorf("estimate %d for %d bytes: not on the low side within 3×", est, full.Len())
	}
	tests := []struct {
		name  string
		limit int
		want  string
	}{
		{"estimate", est - 1, "the SVG would be about " + bytesOf(est) + "; the limit is " + bytesOf(est-1) + ": draw fewer or smaller things, or split the diagram"},
		{"size", est + 1, "the SVG would be over " + bytesOf(est+1) + "; the limit is " + bytesOf(est+1) + ": draw fewer or smaller things, or split the diagram"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			_, err := drawSize(tc.limit).WriteTo(&buf)
			if err == nil || err.Error() != tc.want {
				t.Fatalf("got %v\nwant %s", err, tc.want)
			}
			if buf.Len() > 0 {
				t.Errorf("%d bytes written; want none", buf.Len())
			}
		})
	}
}
