package canvas

import (
	"fmt"
	"io"
	"slices"
	"testing"

	"github.com/sketchdeck/sketchdeck/internal/geom"
	"github.com/sketchdeck/sketchdeck/internal/scene"
	"github.com/sketchdeck/sketchdeck/internal/sketch"
)

// recorder is the smallest backend: it notes every call, which is all a
// new format needs to implement.
type recorder struct{ calls []string }

func (r *recorder) Paths(ps []Path) {
	for _, p := range ps {
		r.calls = append(r.calls, fmt.Sprintf("path %d ops %+v", len(p.Ops), p.Paint))
	}
}

func (r *recorder) Text(t Text) {
	for _, l := range t.Lines {
		r.calls = append(r.calls, fmt.Sprintf("text %q at %v,%v %s rotate %v around %v", l.Text, l.X, l.Y, t.Align, t.Rotate, t.Center))
	}
}

func (r *recorder) Image(im Image) {
	r.calls = append(r.calls, fmt.Sprintf("image %s %d bytes in %v rotate %v", im.MIME, len(im.Data), im.Box, im.Rotate))
}

func (r *recorder) WriteTo(io.Writer) (int64, error) { return 0, nil }

// TestDraw: items reach the canvas in painting order, with their paints
// resolved and their text blocks whole; items that draw nothing make no
// call.
func TestDraw(t *testing.T) {
	st := scene.Style{Stroke: "#111111", Fill: "#222222", Dash: scene.Dashed}
	sc := &scene.Scene{Items: []scene.Item{
		{ID: "box", Kind: scene.Rect, Style: st},
		{ID: "empty", Kind: scene.Rect, Style: st},
		{ID: "label", Kind: scene.Label, Rotate: 90, Box: geom.Rect{X: 0, Y: 0, W: 10, H: 20}, Text: &scene.Text{
			Align: scene.Center, Lines: []scene.Line{{Text: "hi", X: 5, Y: 12}},
		}},
		{ID: "no-lines", Kind: scene.Label, Text: &scene.Text{}},
	}}
	line := []sketch.Op{{Kind: sketch.Move}, {Kind: sketch.Line}}
	drawings := []sketch.Drawing{
		{Paths: []sketch.Path{{Role: sketch.FillArea, Ops: line}, {Role: sketch.Stroke, Width: 2, Ops: line}}},
		{}, {}, {},
	}
	var r recorder
	DrawWith(&r, sc, func(i int) sketch.Drawing { return drawings[i] }, nil, nil)
	want := []string{
		"path 2 ops {Area:true Color:#222222 Width:0 Dash:[0 0] Opacity:0 EvenOdd:false Cap:0 Join:0 MiterLimit:0}",
		"path 2 ops {Area:false Color:#111111 Width:2 Dash:[8 10] Opacity:0 EvenOdd:false Cap:0 Join:0 MiterLimit:0}",
		`text "hi" at 5,12 center rotate 90 around {5 10}`,
	}
	if !slices.Equal(r.calls, want) {
		t.Errorf("calls:\n%q\nwant\n%q", r.calls, want)
	}
}

// TestPaintOf covers every path role: a role without its case here would
// be painted as an outline without anyone deciding it.
func TestPaintOf(t *testing.T) {
	st := scene.Style{Stroke: "#111111", Fill: "#222222", Dash: scene.Dotted}
	tests := []struct {
		role sketch.Role
		want Paint
	}{
		{sketch.Stroke, Paint{Color: "#111111", Width: 3, Dash: [2]float64{1.5, 9}}},
		{sketch.FillArea, Paint{Area: true, Color: "#222222"}},
		{sketch.FillLines, Paint{Color: "#222222", Width: 3}},
		{sketch.Head, Paint{Color: "#111111", Width: 3}},
		{sketch.InkArea, Paint{Area: true, Color: "#111111"}},
	}
	for _, tt := range tests {
		if got := paintOf(st, sketch.Path{Role: tt.role, Width: 3}); got != tt.want {
			t.Errorf("%s: %+v; want %+v", tt.role, got, tt.want)
		}
	}
	if n := sketch.InkArea + 1; sketch.Role(n).String() != "role?" {
		t.Errorf("role %d (%s) is new: give it its paint in paintOf and a case here", n, sketch.Role(n))
	}
}
