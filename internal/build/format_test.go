package build

import (
	"bytes"
	"context"
	"slices"
	"testing"
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
