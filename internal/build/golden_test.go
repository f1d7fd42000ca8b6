package build

import (
	"bytes"
	"context"
	"encoding/json"
	"encoding/xml"
	"errors"
	"flag"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/sketchdeck/sketchdeck/internal/spec"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// newTestBuilder returns a Builder with the default theme, closed at the
// end of the test.
func newTestBuilder(t testing.TB) *Builder {
	t.Helper()
	b, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { b.Close() })
	return b
}

// TestGolden builds every testdata/*.toml (and every Markdown mind map,
// testdata/*.md, through the outline front end) and compares its scene (as
// JSON) and its SVG with the goldens beside it. A mismatch writes
// NAME.got.svg or NAME.got.json for a look; -update rewrites the goldens.
func TestGolden(t *testing.T) {
	toml, _ := filepath.Glob("testdata/*.toml")
	md, _ := filepath.Glob("testdata/*.md")
	gv, _ := filepath.Glob("testdata/*.gv") // Graphviz graphs, through package dotin
	files := append(append(toml, md...), gv...)
	if len(toml) == 0 || len(md) == 0 {
		t.Fatal("no TOML or no Markdown test cases in testdata/")
	}
	b := newTestBuilder(t)
	for _, file := range files {
		name := spec.NameOf(file)
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			res := b.Build(context.Background(), Source{File: file, Data: data})
			if res.Err != nil {
				t.Fatal(res.Err)
			}
			js, err := json.MarshalIndent(res.Scene, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			golden(t, "testdata/"+name+".scene.json", append(js, '\n'))
			golden(t, "testdata/"+name+".svg", res.SVG)
			checkSVG(t, res.SVG)
			for k, step := range res.Steps {
				golden(t, "testdata/"+spec.StepFile(name, k+1), step)
				checkSVG(t, step)
			}
			again := b.Build(context.Background(), Source{File: file, Data: data})
			if !bytes.Equal(again.SVG, res.SVG) {
				t.Error("a second build gave different bytes")
			}
		})
	}
}

// golden compares got with the file at path, or rewrites it with -update.
func golden(t *testing.T, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./internal/build -update to create it)", err)
	}
	if bytes.Equal(got, want) {
		return
	}
	ext := filepath.Ext(path)
	gotPath := strings.TrimSuffix(path, ext) + ".got" + ext
	_ = os.WriteFile(gotPath, got, 0o644) // only an aid for a look
	t.Errorf("%s differs from the golden: %s (see %s; -update accepts it)", path, firstDiff(want, got), gotPath)
}

// firstDiff describes the first line where a and b differ.
func firstDiff(a, b []byte) string {
	la, lb := strings.Split(string(a), "\n"), strings.Split(string(b), "\n")
	for i := 0; i < len(la) || i < len(lb); i++ {
		var x, y string
		if i < len(la) {
			x = la[i]
		}
		if i < len(lb) {
			y = lb[i]
		}
		if x != y {
			return "line " + itoa(i+1) + ": want " + clip(x) + ", got " + clip(y)
		}
	}
	return "same lines, different bytes"
}

func itoa(i int) string { return strconv.Itoa(i) }

func clip(s string) string {
	if len(s) > 120 {
		s = s[:120] + "…"
	}
	return "«" + s + "»"
}

// checkSVG parses doc as XML and fails on anything that could run code or
// fetch something: scripts, event attributes, foreignObject, external
// references. An <image> may show only an embedded picture: a data: URL
// of a PNG, JPEG or SVG, which a viewer shows as a still image.
func checkSVG(t *testing.T, doc []byte) {
	t.Helper()
	if err := safeSVG(doc); err != nil {
		t.Error(err)
	}
}

func safeSVG(doc []byte) error {
	dec := xml.NewDecoder(bytes.NewReader(doc))
	sawSVG := false
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return err
		}
		el, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		name := strings.ToLower(el.Name.Local)
		if name == "svg" {
			sawSVG = true
		}
		switch name {
		case "image":
			if err := embeddedPicture(el); err != nil {
				return err
			}
			continue
		case "script", "foreignobject", "iframe", "a":
			return errors.New("forbidden element <" + el.Name.Local + ">")
		}
		for _, a := range el.Attr {
			an := strings.ToLower(a.Name.Local)
			if an == "href" && strings.HasPrefix(a.Value, "#") && el.Name.Local == "use" {
				continue // a glyph placed from <defs>: an internal reference
			}
			if strings.HasPrefix(an, "on") || an == "href" {
				return errors.New("forbidden attribute " + a.Name.Local + " on <" + el.Name.Local + ">")
			}
			if strings.Contains(strings.ToLower(a.Value), "javascript:") || strings.Contains(a.Value, "url(") {
				return errors.New("external reference in " + a.Name.Local + "=" + a.Value)
			}
		}
	}
	if !sawSVG {
		return errors.New("no <svg> element")
	}
	return nil
}

// embeddedPicture accepts an <image> whose only reference is a picture
// embedded as a base64 data: URL, and which has no event attribute.
func embeddedPicture(el xml.StartElement) error {
	hrefs := 0
	for _, a := range el.Attr {
		an := strings.ToLower(a.Name.Local)
		switch {
		case strings.HasPrefix(an, "on"):
			return errors.New("forbidden attribute " + a.Name.Local + " on <image>")
		case an == "href":
			hrefs++
			ok := false
			for _, mime := range []string{"image/png", "image/jpeg", "image/svg+xml"} {
				ok = ok || strings.HasPrefix(a.Value, "data:"+mime+";base64,")
			}
			if !ok {
				return errors.New("<image> refers to something else than an embedded picture: " + clip(a.Value))
			}
		}
	}
	if hrefs != 1 {
		return errors.New("<image> without exactly one href")
	}
	return nil
}
