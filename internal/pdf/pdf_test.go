package pdf

import (
	"bytes"
	"fmt"
	"image"
	stdpng "image/png"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/sketchdeck/sketchdeck/internal/canvas"
	"github.com/sketchdeck/sketchdeck/internal/geom"
	"github.com/sketchdeck/sketchdeck/internal/scene"
	"github.com/sketchdeck/sketchdeck/internal/sketch"
	"github.com/sketchdeck/sketchdeck/internal/text"
)

func doc(t *testing.T) []byte {
	t.Helper()
	fonts, err := text.Load()
	if err != nil {
		t.Fatal(err)
	}
	c := New(canvas.Page{Width: 200, Height: 100, Title: "Déjà (vu)", Desc: "a box", Background: "#ffffff"}, Options{Fonts: fonts})
	ops := []sketch.Op{{Kind: sketch.Move, P: [3]geom.Point{{X: 10, Y: 10}}}, {Kind: sketch.Cubic, P: [3]geom.Point{{X: 50, Y: 0}, {X: 100, Y: 20}, {X: 150, Y: 10}}}}
	c.Paths([]canvas.Path{
		{Ops: ops, Paint: canvas.Paint{Area: true, Color: "#a5d8ff"}},
		{Ops: ops, Paint: canvas.Paint{Color: "#1e1e1e", Width: 2, Dash: [2]float64{8, 10}}},
	})
	line := canvas.Line{Line: scene.Line{Text: "Hi", X: 100, Y: 60}, Glyphs: fonts.Glyphs("Hi")}
	c.Text(canvas.Text{Lines: []canvas.Line{line}, Size: 20, Color: "#1e1e1e", Align: scene.Center, Bold: true, Rotate: 10, Center: geom.Point{X: 100, Y: 50}})
	var buf bytes.Buffer
	if _, err := c.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestDocument: the file is a well-formed PDF (every cross-reference
// offset points at its object), its page the diagram's size in points,
// its title a UTF-16 text string, the glyphs form XObjects; and the same
// drawing gives the same bytes.
func TestDocument(t *testing.T) {
	out := doc(t)
	if !bytes.Equal(out, doc(t)) {
		t.Error("two documents of one drawing differ")
	}
	s := string(out)
	for _, want := range []string{"%PDF-1.4\n", "/MediaBox [0 0 150 75 ]", "/Title <FEFF0044", "/Subject (a box)", "/Subtype /Form", "/B0 ", "%%EOF\n"} {
		if !strings.Contains(s, want) {
			t.Errorf("the document has no %q", want)
		}
	}
	m := regexp.MustCompile(`startxref\n(\d+)\n`).FindStringSubmatch(s)
	if m == nil {
		t.Fatal("no startxref")
	}
	xref, _ := strconv.Atoi(m[1])
	if !strings.HasPrefix(s[xref:], "xref\n0 ") {
		t.Fatalf("startxref %d does not point at the xref table", xref)
	}
	lines := strings.Split(s[xref:], "\n")
	n, _ := strconv.Atoi(strings.Fields(lines[1])[1])
	for i := 1; i < n; i++ {
		off, _ := strconv.Atoi(lines[2+i][:10])
		if want := fmt.Sprintf("%d 0 obj\n", i); !strings.HasPrefix(s[off:], want) {
			t.Errorf("xref entry %d points at %q, not %q", i, s[off:off+10], want)
		}
	}
}

func TestNum(t *testing.T) {
	for x, want := range map[float64]string{0: "0", -0.0001: "0", 1.5: "1.5", 2.0004: "2", -3.14159: "-3.142", 1e6: "1000000"} {
		if got := string(num(nil, x)); got != want {
			t.Errorf("num(%v) = %s, want %s", x, got, want)
		}
	}
}

// TestImageAndDim: a picture is an image XObject placed in its box, a
// faded item is drawn under the /Dim graphics state, and an SVG picture
// is refused by WriteTo, not left out.
func TestImageAndDim(t *testing.T) {
	img := image.NewNRGBA(image.Rect(0, 0, 2, 1))
	img.Pix = []byte{255, 0, 0, 255, 0, 0, 255, 128}
	var pic bytes.Buffer
	if err := stdpng.Encode(&pic, img); err != nil {
		t.Fatal(err)
	}
	c := New(canvas.Page{Width: 100, Height: 100}, Options{})
	c.Image(canvas.Image{Box: geom.Rect{X: 10, Y: 10, W: 40, H: 40}, MIME: "image/png", Data: pic.Bytes(), Effect: canvas.Effect{Dim: true}})
	var buf bytes.Buffer
	if _, err := c.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"/Subtype /Image /Width 2 /Height 1", "/SMask ", "/ExtGState << /Dim << /Type /ExtGState /ca 0.3 /CA 0.3 >> >>"} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("the document has no %q", want)
		}
	}
	for _, want := range []string{"/Dim gs", "40 0 0 -20 10 40 cm /Im0 Do"} {
		if !strings.Contains(string(c.content), want) {
			t.Errorf("the page has no %q", want)
		}
	}
	c.Paths([]canvas.Path{{Ops: []sketch.Op{{Kind: sketch.Move, P: [3]geom.Point{{X: 0, Y: 0}}}, {Kind: sketch.Cubic, P: [3]geom.Point{{X: 3, Y: 3}, {X: 6, Y: 6}, {X: 9, Y: 9}}}},
		Paint: canvas.Paint{Color: "#000000", Width: 1}, Effect: canvas.Effect{Transparency: 0.25}}})
	buf.Reset()
	if _, err := c.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	if want := "/ExtGState << /Dim << /Type /ExtGState /ca 0.3 /CA 0.3 >> /A750 << /Type /ExtGState /ca 0.75 /CA 0.75 >> >>"; !strings.Contains(buf.String(), want) {
		t.Errorf("an item of opacity 0.75: the document has no %q", want)
	}
	if !strings.Contains(string(c.content), "q\n/A750 gs\n") {
		t.Errorf("an item of opacity 0.75 is not drawn under /A750")
	}
	// An SVG picture with what PNG and PDF cannot draw: WriteTo says so,
	// naming the file, and writes nothing.
	c.Image(canvas.Image{Box: geom.Rect{W: 10, H: 10}, Src: "pics/a.svg", MIME: "image/svg+xml", Data: []byte("<svg>\n <text>hi</text></svg>")})
	var out bytes.Buffer
	const want = "%s: pics/a.svg:2:2: <text> is not drawn in PNG or PDF output: convert the text to paths in your editor (Inkscape: Path > Object to Path), or build this diagram as SVG only"
	if _, err := c.WriteTo(&out); err == nil || err.Error() != fmt.Sprintf(want, "pdf") || out.Len() != 0 {
		t.Errorf("an SVG picture with text: %v, %d bytes; want %q and nothing", err, out.Len(), fmt.Sprintf(want, "pdf"))
	}
}
