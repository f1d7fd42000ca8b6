package svgpic

import (
	"errors"
	"fmt"
	"math"
	"testing"

	"github.com/sketchdeck/sketchdeck/internal/canvas"
	"github.com/sketchdeck/sketchdeck/internal/geom"
	"github.com/sketchdeck/sketchdeck/internal/sketch"
)

// pic is an SVG picture whose body starts on line 2, column 1.
func pic(body string) canvas.Image {
	data := `<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10" viewBox="0 0 10 10">` + "\n" + body + "\n</svg>"
	return canvas.Image{Src: "pics/p.svg", MIME: canvas.SVGMIME, Data: []byte(data), Box: geom.Rect{W: 10, H: 10}}
}

// TestErrors: what Paths cannot draw is refused with the file, the line
// and column of the element, and what to do instead.
func TestErrors(t *testing.T) {
	const svgOnly = ", or build this diagram as SVG only"
	tests := []struct{ body, want string }{
		{`<text x="1">hi</text>`, "pics/p.svg:2:1: <text> is not drawn in PNG or PDF output: convert the text to paths in your editor (Inkscape: Path > Object to Path)" + svgOnly},
		{`<g>` + "\n  " + `<image href="a.png"/></g>`, "pics/p.svg:3:3: <image> is not drawn in PNG or PDF output: show that picture as a picture of its own" + svgOnly},
		{`<use href="#a"/>`, "pics/p.svg:2:1: <use> is not drawn in PNG or PDF output: unlink the clone in your editor (Inkscape: Edit > Clone > Unlink Clone)" + svgOnly},
		{`<style>rect{fill:red}</style>`, `pics/p.svg:2:1: <style> is not drawn in PNG or PDF output: write the colours as attributes (fill="#333") or in a style attribute; CSS style sheets are not read` + svgOnly},
		{`<svg/>`, "pics/p.svg:2:1: <svg> is not drawn in PNG or PDF output: an <svg> inside the picture is not read; ungroup it in your editor" + svgOnly},
		{`<blob/>`, "pics/p.svg:2:1: <blob> is not an element drawn in PNG or PDF output; the shapes drawn are path, rect, circle, ellipse, line, polyline and polygon, in g"},
		{`<rect width="5" height="5" fill="url(#grad)"/>`, `pics/p.svg:2:1: fill "url(#grad)": gradients and patterns are not drawn in PNG or PDF output; use a plain colour` + svgOnly},
		{`<g filter="url(#f)"><rect width="5" height="5"/></g>`, `pics/p.svg:2:1: filter "url(#f)" is not drawn in PNG or PDF output; remove it` + svgOnly},
		{`<path style="fill:red; clip-path: url(#c)" d="M0 0h5v5z"/>`, `pics/p.svg:2:1: clip-path "url(#c)" is not drawn in PNG or PDF output; remove it` + svgOnly},
		{`<path d="M0 0L5"/>`, `pics/p.svg:2:1: path data "M0 0L5": offset 6: L: a number is missing at the end`},
		{`<polygon points="0,0 5"/>`, `pics/p.svg:2:1: points "0,0 5": want pairs of numbers (x,y x,y …)`},
		{`<rect width="50%" height="5"/>`, `pics/p.svg:2:1: width "50%": give a number in user units (percentages and other units are not read)`},
		{`<rect width="-5" height="5"/>`, `pics/p.svg:2:1: width "-5": it is not negative`},
		{`<g transform="spin(3)"/>`, `pics/p.svg:2:1: transform "spin(3)": unknown function "spin"; the functions are matrix, translate, scale, rotate, skewX and skewY`},
		{`<g transform="rotate(1 2)"/>`, `pics/p.svg:2:1: transform "rotate(1 2)": rotate takes 1 or 3 numbers, not 2`},
		{`<circle r="2" fill="reddish"/>`, `pics/p.svg:2:1: fill "reddish" is not a colour: give none, currentColor, #rgb, #rrggbb, rgb(r, g, b) or a colour name`},
		{`<line x2="5" stroke="red" stroke-dasharray="1 2 3"/>`, `pics/p.svg:2:1: stroke-dasharray "1 2 3": PNG and PDF output draw a dash of one or two lengths ("4" or "4 2"); give one of those`},
		{`<line x2="5" stroke="red" stroke-linecap="flat"/>`, `pics/p.svg:2:1: stroke-linecap "flat": the choices are butt, round, square`},
		{`<line x2="5" stroke="red" stroke-dashoffset="2"/>`, `pics/p.svg:2:1: stroke-dashoffset "2": a dash offset is not drawn in PNG or PDF output; remove it`},
		{`<rect width="5" height="5" fill-rule="odd"/>`, `pics/p.svg:2:1: fill-rule "odd": the choices are nonzero and evenodd`},
		{`<rect width="5" height="5" opacity="half"/>`, `pics/p.svg:2:1: opacity "half": want a number from 0 to 1 or a percentage`},
		{`<g transform="scale(1e200)"><rect width="1e200" height="1"/></g>`, `pics/p.svg:2:29: <rect> lands more than 1e+06 px off the picture (its numbers or transforms are too large)`},
		{`<rect width="5" height="5"`, `pics/p.svg:3:1: not a valid SVG file: expected attribute name in element`},
	}
	for _, tt := range tests {
		_, err := Paths(pic(tt.body))
		var e *Error
		if err == nil || !errors.As(err, &e) || err.Error() != tt.want {
			t.Errorf("%s:\n got %v\nwant %s", tt.body, err, tt.want)
		}
	}
	for _, data := range []string{`<html/>`, ``, `<?xml version="1.0"?>`} {
		_, err := Paths(canvas.Image{Src: "a.svg", MIME: canvas.SVGMIME, Data: []byte(data)})
		if want := "a.svg:1:"; err == nil || err.Error()[:len(want)] != want {
			t.Errorf("%q: %v; want a.svg:1:…: not a valid SVG file", data, err)
		}
	}
}

// TestSkipped: what draws nothing in a browser draws nothing here, and is
// no error: descriptions, definitions, editors' own elements, hidden
// shapes, shapes with no paint.
func TestSkipped(t *testing.T) {
	body := `<title>t</title><desc>d</desc><metadata><x/></metadata>
<defs><linearGradient id="g"/><text>in defs</text></defs>
<sodipodi:namedview xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd"><text/></sodipodi:namedview>
<rect width="5" height="5" display="none"/><g style="display:none"><rect width="5" height="5"/></g>
<rect width="5" height="5" visibility="hidden"/><rect width="5" height="5" fill="none"/>
<rect width="5" height="5" opacity="0"/><rect width="0" height="5"/><circle r="0"/>
<rect width="5" height="5" class="x" id="y" font-size="3" data-x="1"><title>t</title></rect>`
	ps, err := Paths(pic(body))
	if err != nil {
		t.Fatal(err)
	}
	if len(ps) != 1 || !ps[0].Paint.Area || ps[0].Paint.Color != "#000000" {
		t.Errorf("got %d paths %+v; want the one black rect", len(ps), ps)
	}
}

// TestStyle: presentation is inherited, attributes are overridden by the
// style attribute, opacities multiply, and strokes scale with the
// placement.
func TestStyle(t *testing.T) {
	body := `<g fill="red" stroke="blue" stroke-width="2" opacity="0.5" color="green" stroke-linejoin="bevel" transform="scale(2)">
<rect width="1" height="1" fill-opacity="0.5" style="stroke: currentColor; stroke-linecap: square"/>
<path d="M0 0h1" fill="none" fill-rule="evenodd" stroke-dasharray="1"/></g>`
	ps, err := Paths(pic(body))
	if err != nil {
		t.Fatal(err)
	}
	want := []canvas.Paint{
		{Area: true, Color: "#ff0000", Opacity: 0.25},
		{Color: "#008000", Width: 4, Opacity: 0.5, Cap: canvas.SquareCap, Join: canvas.BevelJoin, MiterLimit: 4},
		{Color: "#0000ff", Width: 4, Dash: [2]float64{2, 2}, Opacity: 0.5, Cap: canvas.ButtCap, Join: canvas.BevelJoin, MiterLimit: 4},
	}
	if len(ps) != len(want) {
		t.Fatalf("got %d paths, want %d: %+v", len(ps), len(want), ps)
	}
	for i, p := range ps {
		if p.Paint != want[i] {
			t.Errorf("path %d: %+v; want %+v", i, p.Paint, want[i])
		}
	}
}

// TestPlace: the picture's own size is fitted into its box (centred), its
// viewBox onto that as preserveAspectRatio says, turned with the box.
func TestPlace(t *testing.T) {
	tests := []struct {
		root string
		box  geom.Rect
		rot  float64
		want geom.Point // where the user-space point (1, 1) lands
	}{
		{`width="10" height="10"`, geom.Rect{W: 20, H: 20}, 0, geom.Pt(2, 2)},
		{`width="10" height="10"`, geom.Rect{X: 5, W: 40, H: 20}, 0, geom.Pt(17, 2)},
		{`viewBox="0 0 2 1"`, geom.Rect{W: 20, H: 20}, 0, geom.Pt(10, 15)},
		{`width="20" height="20" viewBox="0 0 2 1"`, geom.Rect{W: 20, H: 20}, 0, geom.Pt(10, 15)},
		{`width="20" height="20" viewBox="0 0 2 1" preserveAspectRatio="xMinYMin"`, geom.Rect{W: 20, H: 20}, 0, geom.Pt(10, 10)},
		{`width="20" height="20" viewBox="0 0 2 1" preserveAspectRatio="none"`, geom.Rect{W: 20, H: 20}, 0, geom.Pt(10, 20)},
		{`width="20" height="20" viewBox="0 0 2 1" preserveAspectRatio="xMinYMax slice"`, geom.Rect{W: 20, H: 20}, 0, geom.Pt(20, 20)},
		{`width="20" height="20" viewBox="-1 -1 2 2"`, geom.Rect{W: 20, H: 20}, 90, geom.Pt(0, 20)},
	}
	for _, tt := range tests {
		data := fmt.Sprintf(`<svg xmlns="http://www.w3.org/2000/svg" %s><path d="M1 1h1"/></svg>`, tt.root)
		ps, err := Paths(canvas.Image{MIME: canvas.SVGMIME, Data: []byte(data), Box: tt.box, Rotate: tt.rot})
		if err != nil {
			t.Fatal(err)
		}
		if len(ps) != 1 || ps[0].Ops[0].Kind != sketch.Move {
			t.Fatalf("%s: %+v", tt.root, ps)
		}
		if got := ps[0].Ops[0].P[0]; math.Abs(got.X-tt.want.X) > 1e-9 || math.Abs(got.Y-tt.want.Y) > 1e-9 {
			t.Errorf("%s in %v turned %v: (1, 1) at %v; want %v", tt.root, tt.box, tt.rot, got, tt.want)
		}
	}
}

// TestShapes: each shape becomes the path a browser draws for it.
func TestShapes(t *testing.T) {
	tests := []struct {
		el     string
		bounds geom.Rect
		closed bool
	}{
		{`<rect x="1" y="2" width="3" height="4"/>`, geom.Rect{X: 1, Y: 2, W: 3, H: 4}, true},
		{`<rect x="1" y="2" width="4" height="4" rx="1"/>`, geom.Rect{X: 1, Y: 2, W: 4, H: 4}, true},
		{`<circle cx="5" cy="5" r="2"/>`, geom.Rect{X: 3, Y: 3, W: 4, H: 4}, true},
		{`<ellipse cx="5" cy="5" rx="3" ry="1"/>`, geom.Rect{X: 2, Y: 4, W: 6, H: 2}, true},
		{`<line x1="1" y1="1" x2="4" y2="2"/>`, geom.Rect{X: 1, Y: 1, W: 3, H: 1}, false},
		{`<polyline points="1,1 4,1 4,3"/>`, geom.Rect{X: 1, Y: 1, W: 3, H: 2}, false},
		{`<polygon points="1 1, 4 1, 4 3"/>`, geom.Rect{X: 1, Y: 1, W: 3, H: 2}, true},
	}
	for _, tt := range tests {
		ps, err := Paths(pic(tt.el))
		if err != nil {
			t.Fatal(err)
		}
		var pts []geom.Point
		closed := false
		for _, op := range ps[0].Ops {
			switch op.Kind {
			case sketch.Move:
				pts = append(pts, op.P[0])
			case sketch.Cubic:
				pts = append(pts, op.P[2])
			case sketch.Close:
				closed = true
			}
		}
		b := geom.Bounds(pts)
		if math.Abs(b.X-tt.bounds.X)+math.Abs(b.Y-tt.bounds.Y)+math.Abs(b.W-tt.bounds.W)+math.Abs(b.H-tt.bounds.H) > 1e-9 || closed != tt.closed {
			t.Errorf("%s: ends within %v, closed %v; want %v, %v", tt.el, b, closed, tt.bounds, tt.closed)
		}
	}
}

// TestColors: the colour notations a picture may use, as "#rrggbb".
func TestColors(t *testing.T) {
	for in, want := range map[string]string{
		"#ABC": "#aabbcc", "#a0B1c2": "#a0b1c2", "rgb(255, 0, 10)": "#ff000a", "RGB(100%,50%,0%)": "#ff8000",
		"rgb(300 -5 0)": "#ff0000", "CornflowerBlue": "#6495ed", "grey": "#808080",
	} {
		if got, ok := parseColor(in); !ok || got != want {
			t.Errorf("%q: %q, %v; want %q", in, got, ok, want)
		}
	}
	for _, in := range []string{"#abcd", "#ggg", "rgb(1,2)", "rgb(a,b,c)", "bluish", ""} {
		if got, ok := parseColor(in); ok {
			t.Errorf("%q: %q; want no colour", in, got)
		}
	}
}
