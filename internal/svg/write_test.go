package svg

import (
	"bytes"
	"encoding/xml"
	"io"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/sketchdeck/sketchdeck/internal/canvas"
	"github.com/sketchdeck/sketchdeck/internal/geom"
	"github.com/sketchdeck/sketchdeck/internal/scene"
	"github.com/sketchdeck/sketchdeck/internal/sketch"
	"github.com/sketchdeck/sketchdeck/internal/text"
)

// testDoc draws a small diagram's worth of strokes, areas and text lines
// (Latin, a fallback CJK glyph) on a new document and writes it.
func testDoc(tb testing.TB, fonts *text.Fonts, shared *Shared) []byte {
	tb.Helper()
	c := New(canvas.Page{Name: "doc", Width: 640, Height: 480, Title: "t", Background: "#ffffff"},
		Options{Fonts: fonts, Shared: shared})
	r := rand.New(rand.NewPCG(7, 8))
	pt := func() geom.Point { return geom.Point{X: r.Float64() * 640, Y: r.Float64() * 480} }
	for range 40 {
		ops := []sketch.Op{{Kind: sketch.Move, P: [3]geom.Point{pt()}}}
		for range 12 {
			ops = append(ops, sketch.Op{Kind: sketch.Cubic, P: [3]geom.Point{pt(), pt(), pt()}})
		}
		ops = append(ops, sketch.Op{Kind: sketch.Line, P: [3]geom.Point{pt()}}, sketch.Op{Kind: sketch.Close})
		c.Paths([]canvas.Path{
			{Ops: ops, Paint: canvas.Paint{Area: true, Color: "#a5d8ff"}},
			{Ops: ops, Paint: canvas.Paint{Color: "#1e1e1e", Width: 1.5}, Effect: canvas.Effect{Start: 1, Dur: 0.5}},
		})
	}
	for i, s := range []string{"Hello, sketchdeck", "Élan — 42 ↔ 7", "漢字 and more words"} {
		l := canvas.Line{Line: scene.Line{Text: s, X: 20, Y: 40 + 30*float64(i), Width: fonts.Width(s, 20)}, Glyphs: fonts.Glyphs(s)}
		c.Text(canvas.Text{Lines: []canvas.Line{l, l}, Size: 20, Color: "#1e1e1e", Bold: i == 1})
	}
	var buf bytes.Buffer
	if _, err := c.WriteTo(&buf); err != nil {
		tb.Fatal(err)
	}
	return buf.Bytes()
}

func TestGlyphCacheSameBytes(t *testing.T) {
	fonts, err := text.Load()
	if err != nil {
		t.Fatal(err)
	}
	want := testDoc(t, fonts, nil)
	for _, s := range []*Shared{{}, {Glyphs: GlyphCache{Limit: 1500}}, {Glyphs: GlyphCache{Limit: 1}}} {
		gc := &s.Glyphs
		for i := range 3 { // empty, then filled by the documents before
			if got := testDoc(t, fonts, s); !bytes.Equal(got, want) {
				t.Fatalf("limit %d, document %d: differs from the one written without a cache", gc.Limit, i)
			}
		}
		if gc.bytes > gc.limit() {
			t.Errorf("limit %d: the cache holds %d bytes", gc.Limit, gc.bytes)
		}
		if gc.Limit == 1 && len(gc.paths) != 0 {
			t.Errorf("limit 1: the cache holds %d outlines", len(gc.paths))
		}
		if gc.Limit == 0 && len(gc.paths) == 0 {
			t.Error("default limit: the cache holds no outline")
		}
	}
}

// BenchmarkWrite draws and writes one document with a warm glyph cache
// and a spare body buffer, as every document of a build but the first.
func BenchmarkWrite(b *testing.B) {
	fonts, err := text.Load()
	if err != nil {
		b.Fatal(err)
	}
	s := &Shared{}
	testDoc(b, fonts, s)
	b.ReportAllocs()
	for b.Loop() {
		testDoc(b, fonts, s)
	}
}

// TestAttrEscapes checks attr's shortcut for values that need no escaping
// against xml.EscapeText, on every single byte and a few strings.
func TestAttrEscapes(t *testing.T) {
	values := []string{"", "#1e1e1e", "translate(1 2) scale(.02)", `a"b`, "a'b", "a&b", "<b>", "tab\there",
		"line\nbreak", "cr\r", "é", "漢字", "\x00", "\x7f", "\xff", "ok ~ {}"}
	for c := range 256 {
		values = append(values, string([]byte{byte(c)}))
	}
	for _, v := range values {
		var want strings.Builder
		want.WriteString(`k="`)
		_ = xml.EscapeText(&want, []byte(v))
		want.WriteString(`"`)
		if got := attr("k", v); got != want.String() {
			t.Errorf("attr(%q) = %q, want %q", v, got, want.String())
		}
		if got := string(appendAttr([]byte("x"), "k", v)); got != "x"+want.String() {
			t.Errorf("appendAttr(%q) = %q, want %q", v, got, "x"+want.String())
		}
	}
}

// TestWrittenOnce checks that a written canvas is spent: a second WriteTo
// fails, and drawing on it does not reach the body buffer it gave back,
// which the next document of the build writes in.
func TestWrittenOnce(t *testing.T) {
	s := &Shared{}
	page := canvas.Page{Name: "a", Width: 10, Height: 10}
	line := canvas.Path{Ops: []sketch.Op{{Kind: sketch.Move}, {Kind: sketch.Line, P: [3]geom.Point{{X: 5, Y: 5}}}},
		Paint: canvas.Paint{Color: "#000000", Width: 1}}
	c := New(page, Options{Shared: s})
	c.Paths([]canvas.Path{line})
	var first bytes.Buffer
	if _, err := c.WriteTo(&first); err != nil {
		t.Fatal(err)
	}
	if _, err := c.WriteTo(io.Discard); err == nil || err.Error() != "svg: the document was written already" {
		t.Errorf("second WriteTo: got %v, want the document was written already", err)
	}
	next := New(page, Options{Shared: s})
	c.Paths([]canvas.Path{line, line}) // on the spent canvas
	next.Paths([]canvas.Path{line})
	var second bytes.Buffer
	if _, err := next.WriteTo(&second); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(first.Bytes(), second.Bytes()) {
		t.Errorf("the next document differs:\n%s\nwant\n%s", second.Bytes(), first.Bytes())
	}
}
