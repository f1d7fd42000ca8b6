package png

import (
	"bytes"
	"fmt"
	"image"
	stdpng "image/png"
	"strings"
	"testing"

	"github.com/sketchdeck/sketchdeck/internal/canvas"
	"github.com/sketchdeck/sketchdeck/internal/geom"
	"github.com/sketchdeck/sketchdeck/internal/sketch"
)

func pt(x, y float64) geom.Point { return geom.Point{X: x, Y: y} }

func polyline(pts ...geom.Point) []sketch.Op {
	ops := []sketch.Op{{Kind: sketch.Move, P: [3]geom.Point{pts[0]}}}
	for _, p := range pts[1:] {
		ops = append(ops, sketch.Op{Kind: sketch.Line, P: [3]geom.Point{p}})
	}
	return ops
}

// alphaAt is the painted coverage of a pixel, 0 to 255 (the page is clear).
func alphaAt(img *image.RGBA, x, y int) uint8 { return img.RGBAAt(x, y).A }

func paint(t *testing.T, w, h float64, ps ...canvas.Path) *image.RGBA {
	t.Helper()
	c := New(canvas.Page{Width: w, Height: h}, Options{Scale: 1})
	c.Paths(ps)
	return c.Picture()
}

// TestStroke: a stroke covers its width, its round caps reach half the
// width past its ends, and nothing beyond.
func TestStroke(t *testing.T) {
	img := paint(t, 40, 20, canvas.Path{Ops: polyline(pt(10, 10), pt(30, 10)), Paint: canvas.Paint{Color: "#000000", Width: 6}})
	for _, c := range []struct {
		x, y int
		want uint8
	}{
		{20, 9, 255}, {20, 7, 255}, {20, 12, 255}, // inside the 6 px band (7 to 13)
		{20, 5, 0}, {20, 14, 0}, // outside it
		{8, 9, 255}, {31, 10, 255}, // the caps
		{5, 10, 0}, {35, 10, 0}, // past them
	} {
		if got := alphaAt(img, c.x, c.y); got != c.want {
			t.Errorf("pixel %d,%d: alpha %d, want %d", c.x, c.y, got, c.want)
		}
	}
}

// TestStrokeOverlaps: where a stroke crosses itself or turns back sharply,
// the overlap is painted, not cut out (the windings add up).
func TestStrokeOverlaps(t *testing.T) {
	cross := polyline(pt(5, 5), pt(35, 35), pt(35, 5), pt(5, 35))
	hairpin := polyline(pt(5, 50), pt(35, 52), pt(5, 54))
	img := paint(t, 40, 60,
		canvas.Path{Ops: cross, Paint: canvas.Paint{Color: "#000000", Width: 4}},
		canvas.Path{Ops: hairpin, Paint: canvas.Paint{Color: "#000000", Width: 4}})
	for _, p := range []image.Point{{20, 20}, {34, 52}, {30, 52}, {35, 20}} {
		if a := alphaAt(img, p.X, p.Y); a != 255 {
			t.Errorf("pixel %v: alpha %d, want 255 (painted)", p, a)
		}
	}
}

// TestDash: a dashed stroke paints its dashes and leaves its gaps; the
// pattern starts afresh with each subpath.
func TestDash(t *testing.T) {
	ops := append(polyline(pt(0, 5), pt(40, 5)), polyline(pt(0, 15), pt(40, 15))...)
	img := paint(t, 40, 20, canvas.Path{Ops: ops, Paint: canvas.Paint{Color: "#000000", Width: 2, Dash: [2]float64{8, 8}}})
	for _, y := range []int{5, 15} {
		var got strings.Builder
		for x := 0; x < 40; x += 4 {
			if alphaAt(img, x+1, y) > 128 {
				got.WriteByte('#')
			} else {
				got.WriteByte('.')
			}
		}
		if got.String() != "##..##..##" {
			t.Errorf("row %d: %s, want ##..##..##", y, got.String())
		}
	}
}

// TestFillAndBackground: an area is filled in its colour over the theme
// background; "none" paints nothing.
func TestFillAndBackground(t *testing.T) {
	c := New(canvas.Page{Width: 20, Height: 20, Background: "#ffffff"}, Options{Scale: 2})
	sq := append(polyline(pt(5, 5), pt(15, 5), pt(15, 15), pt(5, 15)), sketch.Op{Kind: sketch.Close})
	c.Paths([]canvas.Path{{Ops: sq, Paint: canvas.Paint{Area: true, Color: "#ff0000"}}, {Ops: sq, Paint: canvas.Paint{Area: true, Color: "none"}}})
	img := c.Picture()
	if img.Bounds().Dx() != 40 {
		t.Fatalf("width %d at scale 2; want 40", img.Bounds().Dx())
	}
	if got := img.RGBAAt(20, 20); got.R != 255 || got.G != 0 || got.A != 255 {
		t.Errorf("inside: %v, want red", got)
	}
	if got := img.RGBAAt(2, 2); got.R != 255 || got.G != 255 || got.A != 255 {
		t.Errorf("outside: %v, want the white background", got)
	}
}

// TestWriteTo: the PNG decodes to the image, every time the same bytes.
func TestWriteTo(t *testing.T) {
	var outs [2][]byte
	for i := range outs {
		c := New(canvas.Page{Width: 30, Height: 10}, Options{})
		c.Paths([]canvas.Path{{Ops: polyline(pt(2, 2), pt(28, 8)), Paint: canvas.Paint{Color: "#1e1e1e", Width: 2}}})
		var buf bytes.Buffer
		if _, err := c.WriteTo(&buf); err != nil {
			t.Fatal(err)
		}
		outs[i] = buf.Bytes()
	}
	if !bytes.Equal(outs[0], outs[1]) {
		t.Error("two drawings of one page differ")
	}
	img, err := stdpng.Decode(bytes.NewReader(outs[0]))
	if err != nil {
		t.Fatal(err)
	}
	if got := img.Bounds().Size(); got != image.Pt(60, 20) {
		t.Errorf("size %v at the default scale; want 60×20", got)
	}
}

// TestTooBig: a page past MaxPixels writes nothing and says the limit.
func TestTooBig(t *testing.T) {
	c := New(canvas.Page{Width: 10000, Height: 10000}, Options{Scale: 2})
	c.Paths([]canvas.Path{{Ops: polyline(pt(0, 0), pt(10, 10)), Paint: canvas.Paint{Color: "#000000", Width: 1}}})
	var buf bytes.Buffer
	_, err := c.WriteTo(&buf)
	want := "png: the picture would be 20000×20000 pixels, over the limit of 64 million; lower --scale"
	if err == nil || err.Error() != want || buf.Len() != 0 {
		t.Errorf("err %v, %d bytes written; want %q and nothing", err, buf.Len(), want)
	}
}

// redPNG is a 4×2 red PNG picture.
func redPNG(t *testing.T) []byte {
	t.Helper()
	img := image.NewRGBA(image.Rect(0, 0, 4, 2))
	for i := 0; i < len(img.Pix); i += 4 {
		img.Pix[i], img.Pix[i+3] = 255, 255
	}
	var buf bytes.Buffer
	if err := stdpng.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestImage: a picture fills its box's width, its aspect kept and
// centred; an SVG picture is refused by WriteTo, not left out.
func TestImage(t *testing.T) {
	c := New(canvas.Page{Width: 40, Height: 40}, Options{Scale: 1})
	c.Image(canvas.Image{Box: geom.Rect{X: 0, Y: 0, W: 40, H: 40}, MIME: "image/png", Data: redPNG(t)})
	img := c.Picture()
	if got := img.RGBAAt(20, 20); got.R != 255 || got.A != 255 {
		t.Errorf("centre: %v, want red", got)
	}
	if got := img.RGBAAt(20, 5); got.A != 0 {
		t.Errorf("above the picture (2:1 in a square): %v, want clear", got)
	}
	// An SVG picture with what PNG and PDF cannot draw: WriteTo says so,
	// naming the file, and writes nothing.
	c.Image(canvas.Image{Box: geom.Rect{W: 10, H: 10}, Src: "pics/a.svg", MIME: "image/svg+xml", Data: []byte("<svg>\n <text>hi</text></svg>")})
	var out bytes.Buffer
	const want = "%s: pics/a.svg:2:2: <text> is not drawn in PNG or PDF output: convert the text to paths in your editor (Inkscape: Path > Object to Path), or build this diagram as SVG only"
	if _, err := c.WriteTo(&out); err == nil || err.Error() != fmt.Sprintf(want, "png") || out.Len() != 0 {
		t.Errorf("an SVG picture with text: %v, %d bytes; want %q and nothing", err, out.Len(), fmt.Sprintf(want, "png"))
	}
}

// TestDim: a faded item is painted at canvas.DimOpacity.
func TestDim(t *testing.T) {
	img := paint(t, 20, 20, canvas.Path{Ops: polyline(pt(0, 10), pt(20, 10)), Paint: canvas.Paint{Color: "#000000", Width: 4}, Effect: canvas.Effect{Dim: true}})
	if a := alphaAt(img, 10, 10); a != 77 {
		t.Errorf("alpha %d, want 77 (0.3)", a)
	}
}

// TestTransparency: an element's opacity paints it that opaque, and
// multiplies with a build step's dimming.
func TestTransparency(t *testing.T) {
	for _, tc := range []struct {
		e    canvas.Effect
		want uint8
	}{{canvas.Effect{Transparency: 0.5}, 128}, {canvas.Effect{Transparency: 0.5, Dim: true}, 38}, {canvas.Effect{Transparency: 1}, 0}} {
		img := paint(t, 20, 20, canvas.Path{Ops: polyline(pt(0, 10), pt(20, 10)), Paint: canvas.Paint{Color: "#000000", Width: 4}, Effect: tc.e})
		if a := alphaAt(img, 10, 10); a != tc.want {
			t.Errorf("%+v: alpha %d, want %d", tc.e, a, tc.want)
		}
	}
}

// TestEncodeTransparent: without a background the PNG keeps its alpha,
// straight as PNG wants it.
func TestEncodeTransparent(t *testing.T) {
	c := New(canvas.Page{Width: 10, Height: 10}, Options{Scale: 1})
	c.Paths([]canvas.Path{{Ops: polyline(pt(0, 5), pt(10, 5)), Paint: canvas.Paint{Color: "#336699", Width: 2}, Effect: canvas.Effect{Dim: true}}})
	var buf bytes.Buffer
	if _, err := c.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	img, err := stdpng.Decode(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	r, g, b, a := img.At(5, 5).RGBA()
	if a>>8 != 77 || r>>8 != 0x33*77/255 || g>>8 != 0x66*77/255 || b>>8 != 0x99*77/255 {
		t.Errorf("a faded stroke: %d %d %d %d (premultiplied)", r>>8, g>>8, b>>8, a>>8)
	}
	if _, _, _, a := img.At(5, 0).RGBA(); a != 0 {
		t.Errorf("outside the stroke: alpha %d, want clear", a)
	}
}
