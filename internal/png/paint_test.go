package png

import (
	"testing"

	"github.com/sketchdeck/sketchdeck/internal/canvas"
	"github.com/sketchdeck/sketchdeck/internal/sketch"
)

// TestCapsAndJoins: the caps and joins an SVG picture asks for, where
// they differ from the round ones.
func TestCapsAndJoins(t *testing.T) {
	line := polyline(pt(10, 10), pt(30, 10))
	corner := polyline(pt(10, 40), pt(30, 40), pt(30, 60))
	tests := []struct {
		name  string
		paint canvas.Paint
		ops   []sketch.Op
		x, y  int
		want  uint8
	}{
		{"round cap past the end", canvas.Paint{Width: 8}, line, 32, 10, 255},
		{"butt cap: nothing past the end", canvas.Paint{Width: 8, Cap: canvas.ButtCap}, line, 32, 10, 0},
		{"butt cap: the line itself", canvas.Paint{Width: 8, Cap: canvas.ButtCap}, line, 28, 10, 255},
		{"square cap: its corner", canvas.Paint{Width: 8, Cap: canvas.SquareCap}, line, 33, 7, 255},
		{"round join: not the corner's tip", canvas.Paint{Width: 8, Cap: canvas.ButtCap}, corner, 33, 36, 0},
		{"miter join: the corner's tip", canvas.Paint{Width: 8, Cap: canvas.ButtCap, Join: canvas.MiterJoin}, corner, 33, 36, 255},
		{"bevel join: not the tip", canvas.Paint{Width: 8, Cap: canvas.ButtCap, Join: canvas.BevelJoin}, corner, 33, 36, 0},
		{"bevel join: the bevel", canvas.Paint{Width: 8, Cap: canvas.ButtCap, Join: canvas.BevelJoin}, corner, 31, 39, 255},
	}
	for _, tt := range tests {
		tt.paint.Color = "#000000"
		img := paint(t, 40, 70, canvas.Path{Ops: tt.ops, Paint: tt.paint})
		if got := alphaAt(img, tt.x, tt.y); got != tt.want {
			t.Errorf("%s: pixel %d,%d alpha %d, want %d", tt.name, tt.x, tt.y, got, tt.want)
		}
	}
}

// TestBackToStart: an open stroke that comes back to its start keeps its
// last segment (Tabler's rounded rectangles end so, without a Z).
func TestBackToStart(t *testing.T) {
	img := paint(t, 40, 40, canvas.Path{Ops: polyline(pt(10, 10), pt(30, 10), pt(30, 30), pt(10, 30), pt(10, 10)), Paint: canvas.Paint{Color: "#000000", Width: 4}})
	if a := alphaAt(img, 10, 20); a != 255 {
		t.Errorf("the last segment: alpha %d, want 255", a)
	}
}

// TestEvenOdd: a five-pointed star filled by the even-odd rule leaves its
// centre clear; by nonzero it fills it.
func TestEvenOdd(t *testing.T) {
	star := polyline(pt(20, 2), pt(31, 36), pt(2, 15), pt(38, 15), pt(9, 36))
	star = append(star, sketch.Op{Kind: sketch.Close})
	for _, tt := range []struct {
		evenOdd bool
		want    uint8
	}{{false, 255}, {true, 0}} {
		img := paint(t, 40, 40, canvas.Path{Ops: star, Paint: canvas.Paint{Area: true, Color: "#000000", EvenOdd: tt.evenOdd}})
		if a := alphaAt(img, 20, 20); a != tt.want {
			t.Errorf("even-odd %v: the centre's alpha %d, want %d", tt.evenOdd, a, tt.want)
		}
		if a := alphaAt(img, 20, 8); a != 255 {
			t.Errorf("even-odd %v: a point's alpha %d, want 255", tt.evenOdd, a)
		}
	}
}

// TestOpacity: a translucent paint, faded again when its item is dimmed.
func TestOpacity(t *testing.T) {
	sq := polyline(pt(0, 0), pt(10, 0), pt(10, 10), pt(0, 10))
	for _, tt := range []struct {
		dim  bool
		want uint8
	}{{false, 128}, {true, 38}} {
		img := paint(t, 10, 10, canvas.Path{Ops: sq, Paint: canvas.Paint{Area: true, Color: "#000000", Opacity: 0.5}, Effect: canvas.Effect{Dim: tt.dim}})
		if a := alphaAt(img, 5, 5); a != tt.want {
			t.Errorf("dim %v: alpha %d, want %d", tt.dim, a, tt.want)
		}
	}
}
