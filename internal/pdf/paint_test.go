package pdf

import (
	"bytes"
	"strings"
	"testing"

	"github.com/sketchdeck/sketchdeck/internal/canvas"
	"github.com/sketchdeck/sketchdeck/internal/geom"
	"github.com/sketchdeck/sketchdeck/internal/sketch"
)

// TestPaints: the paints of an SVG picture's shapes: even-odd fills,
// caps, joins and miter limits, and opacities as graphics states (times
// the fade of a dimmed item), each written once in the page's resources, in order of first use.
func TestPaints(t *testing.T) {
	ops := []sketch.Op{{Kind: sketch.Move, P: [3]geom.Point{{X: 1, Y: 1}}}, {Kind: sketch.Line, P: [3]geom.Point{{X: 9, Y: 9}}}}
	c := New(canvas.Page{Width: 10, Height: 10}, Options{})
	c.Paths([]canvas.Path{
		{Ops: ops, Paint: canvas.Paint{Area: true, Color: "#000000", EvenOdd: true}},
		{Ops: ops, Paint: canvas.Paint{Color: "#000000", Width: 1, Cap: canvas.ButtCap, Join: canvas.MiterJoin, MiterLimit: 10}},
		{Ops: ops, Paint: canvas.Paint{Color: "#000000", Width: 1, Cap: canvas.SquareCap, Join: canvas.BevelJoin, Opacity: 0.5}},
		{Ops: ops, Paint: canvas.Paint{Area: true, Color: "#000000", Opacity: 0.5}},
	})
	c.Paths([]canvas.Path{{Ops: ops, Paint: canvas.Paint{Area: true, Color: "#000000", Opacity: 0.5}, Effect: canvas.Effect{Dim: true}}})
	content := string(c.content)
	for _, want := range []string{"l f*\n", "0 J 0 j 10 M\n", "q /A500 gs\n", "2 J 2 j 4 M\n", "q\n/Dim gs\nq /A150 gs\n"} {
		if !strings.Contains(content, want) {
			t.Errorf("the page has no %q:\n%s", want, content)
		}
	}
	var buf bytes.Buffer
	if _, err := c.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	want := "/ExtGState << /A500 << /Type /ExtGState /ca 0.5 /CA 0.5 >> /Dim << /Type /ExtGState /ca 0.3 /CA 0.3 >> /A150 << /Type /ExtGState /ca 0.15 /CA 0.15 >> >>"
	if !strings.Contains(buf.String(), want) {
		t.Errorf("the document has no %q", want)
	}
}
