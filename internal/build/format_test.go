package build

import (
	"bytes"
	"context"
	stdpng "image/png"
	"slices"
	"testing"

	"github.com/sketchdeck/sketchdeck/internal/theme"
)

func TestParseFormats(t *testing.T) {
	tests := []struct {
		in   string
		want []Format
		err  string
	}{
		{"", []Format{SVG}, ""},
		{"pdf,svg", []Format{SVG, PDF}, ""},
		{" PNG , png", []Format{PNG}, ""},
		{"excalidraw,svg", []Format{SVG, Excalidraw}, ""},
		{"svg,jpg", nil, `unknown format "jpg": the formats are svg, png, pdf, excalidraw, separated by commas`},
		{"pnf", nil, `unknown format "pnf" (did you mean "png"?): the formats are svg, png, pdf, excalidraw, separated by commas`},
	}
	for _, tt := range tests {
		got, err := ParseFormats(tt.in)
		if tt.err != "" {
			if err == nil || err.Error() != tt.err {
				t.Errorf("ParseFormats(%q): error %v, want %q", tt.in, err, tt.err)
			}
			continue
		}
		if err != nil || !slices.Equal(got, tt.want) {
			t.Errorf("ParseFormats(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
		}
	}
	if err := CheckScale(20); err == nil || err.Error() != "scale 20 is out of range: give 0.1 to 16 pixels per CSS pixel (default 2)" {
		t.Errorf("CheckScale(20): %v", err)
	}
}

// TestFormats: a Builder draws each diagram in every format asked for, in
// order, the SVG the same as an SVG-only build's; the key changes with
// each file's format, and a PNG's scale, so an incremental build redraws.
func TestFormats(t *testing.T) {
	src := Source{File: "box.toml", Data: []byte("kind = \"graph\"\n[[nodes]]\nid = \"a\"\nlabel = \"A box\"\n")}
	svgOnly := newBuilder(t, Options{})
	all := newBuilder(t, Options{Formats: []Format{SVG, PNG, PDF}})
	r := all.Build(context.Background(), src)
	if r.Err != nil {
		t.Fatal(r.Err)
	}
	var got []Format
	for _, o := range r.Outputs {
		got = append(got, o.Format)
	}
	if !slices.Equal(got, []Format{SVG, PNG, PDF}) {
		t.Fatalf("outputs %v", got)
	}
	if !bytes.HasPrefix(r.Outputs[1].Data, []byte("\x89PNG")) || !bytes.HasPrefix(r.Outputs[2].Data, []byte("%PDF-")) {
		t.Error("the PNG or PDF output does not start as one")
	}
	if want := svgOnly.Build(context.Background(), src).SVG; !bytes.Equal(r.SVG, want) {
		t.Error("the SVG differs from an SVG-only build's")
	}
	scaled := newBuilder(t, Options{Formats: []Format{SVG, PNG, PDF}, Scale: 3})
	key := all.Key("t", src)
	if key != svgOnly.Key("t", src) || all.FileKey(key, "box.svg") != key {
		t.Error("an SVG's key changes with the other formats")
	}
	keys := map[string]bool{key: true, all.FileKey(key, "box.png"): true, all.FileKey(key, "box.pdf"): true, scaled.FileKey(key, "box.png"): true,
		all.FileKey(key, "box.excalidraw"): true}
	if len(keys) != 5 {
		t.Error("a PNG's, PDF's or Excalidraw scene's key does not change with its format and scale")
	}
}

func newBuilder(t *testing.T, opts Options) *Builder {
	t.Helper()
	b, err := New(opts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { b.Close() })
	return b
}

// TestAutoStill: an auto-scheme theme's PNG and PDF, which cannot follow
// the viewer as its SVG does, are drawn light as NAME.EXT and dark as
// NAME.dark.EXT; FileNames names the same files.
func TestAutoStill(t *testing.T) {
	th, err := theme.Load("auto")
	if err != nil {
		t.Fatal(err)
	}
	src := Source{File: "box.toml", Data: []byte("kind = \"graph\"\n[[nodes]]\nid = \"a\"\nlabel = \"A box\"\n")}
	b := newBuilder(t, Options{Theme: th, Formats: []Format{SVG, PNG, PDF, Excalidraw}})
	r := b.Build(context.Background(), src)
	if r.Err != nil {
		t.Fatal(r.Err)
	}
	var names []string
	files := map[string][]byte{}
	for _, f := range r.Files() {
		names = append(names, f.Name)
		files[f.Name] = f.Data
	}
	want := []string{"box.svg", "box.png", "box.dark.png", "box.pdf", "box.dark.pdf", "box.excalidraw"}
	if !slices.Equal(names, want) {
		t.Fatalf("files %q; want %q", names, want)
	}
	if got := b.FileNames("box"); !slices.Equal(got, want) {
		t.Errorf("FileNames %q; want %q", got, want)
	}
	// The corner is the page's background: light in one, dark in the other.
	for name, wantDark := range map[string]bool{"box.png": false, "box.dark.png": true} {
		img, err := stdpng.Decode(bytes.NewReader(files[name]))
		if err != nil {
			t.Fatal(err)
		}
		r, g, bl, _ := img.At(1, 1).RGBA()
		if dark := r+g+bl < 3*0x8000; dark != wantDark {
			t.Errorf("%s: the background is %v; want dark %v", name, img.At(1, 1), wantDark)
		}
	}
	if bytes.Equal(files["box.pdf"], files["box.dark.pdf"]) {
		t.Error("the dark PDF is the light one")
	}
	light := newBuilder(t, Options{Formats: []Format{PNG}})
	if got := light.FileNames("box"); !slices.Equal(got, []string{"box.png"}) {
		t.Errorf("a light theme's FileNames %q; want box.png alone", got)
	}
}

// TestDarkOf: a dark picture's name gives its diagram and light picture;
// an SVG, a bare suffix or another name does not.
func TestDarkOf(t *testing.T) {
	for _, c := range []struct{ file, name, light string }{
		{"cdn.dark.png", "cdn", "cdn.png"},
		{"a.dark.dark.pdf", "a.dark", "a.dark.pdf"},
		{"cdn.dark.svg", "", ""},
		{".dark.png", "", ""},
		{"cdn.png", "", ""},
	} {
		name, light, ok := DarkOf(c.file)
		if name != c.name || light != c.light || ok != (c.name != "") {
			t.Errorf("DarkOf(%q) = %q, %q, %v; want %q, %q", c.file, name, light, ok, c.name, c.light)
		}
	}
}
