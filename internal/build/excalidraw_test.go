package build

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sketchdeck/sketchdeck/internal/excalin"
)

// TestExcalidrawImport imports each scene of testdata/excalidraw (the
// deck's Excalidraw originals), builds the drawing and checks that it has
// all of the scene's words and colours.
func TestExcalidrawImport(t *testing.T) {
	files, _ := filepath.Glob("testdata/excalidraw/*.json")
	if len(files) == 0 {
		t.Fatal("no scenes in testdata/excalidraw")
	}
	b := newTestBuilder(t)
	colors := map[string]string{}
	for _, n := range b.theme.Names() {
		if c, err := b.theme.Color(n); err == nil {
			colors[n] = c
		}
	}
	pal := excalin.NewPalette(colors)
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			data, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			toml, err := excalin.Import(data, "scene", pal)
			if err != nil {
				t.Fatal(err)
			}
			res := b.Build(context.Background(), Source{File: strings.TrimSuffix(file, ".json") + ".toml", Data: toml})
			if res.Err != nil {
				t.Fatal(res.Err)
			}
			words := strings.Join(strings.Fields(svgText(t, res.SVG)), "")
			svg := strings.ToLower(string(res.SVG))
			var s struct {
				Elements []struct {
					Type, Text, StrokeColor, BackgroundColor string
					IsDeleted                                bool
				}
			}
			if err := json.Unmarshal(data, &s); err != nil {
				t.Fatal(err)
			}
			for _, e := range s.Elements {
				if e.IsDeleted {
					continue
				}
				if w := strings.Join(strings.Fields(e.Text), ""); !strings.Contains(words, w) {
					t.Errorf("%q is missing from the drawing", e.Text)
				}
				colours := []string{e.StrokeColor}
				if e.Type == "rectangle" || e.Type == "ellipse" || e.Type == "diamond" {
					colours = append(colours, e.BackgroundColor) // only a shape has a fill
				}
				for _, c := range colours {
					if c = strings.ToLower(c); strings.HasPrefix(c, "#") && len(c) == 7 && !strings.Contains(svg, c) && !strings.Contains(svg, short(c)+`"`) {
						t.Errorf("colour %s (of a %s) is missing from the drawing", c, e.Type)
					}
				}
			}
		})
	}
}

// short is #rrggbb as #rgb when each pair is one digit twice (as the SVG
// writes it), else c.
func short(c string) string {
	if c[1] == c[2] && c[3] == c[4] && c[5] == c[6] {
		return string([]byte{'#', c[1], c[3], c[5]})
	}
	return c
}

// TestExcalidrawImportGraph imports the scenes with bound arrows as graphs
// and builds them.
func TestExcalidrawImportGraph(t *testing.T) {
	b := newTestBuilder(t)
	for _, name := range []string{"cache", "cdn", "communication", "mapreduce", "sharding"} {
		data, err := os.ReadFile("testdata/excalidraw/" + name + ".json")
		if err != nil {
			t.Fatal(err)
		}
		r, err := excalin.ImportGraph(data, name, nil)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if res := b.Build(context.Background(), Source{File: name + ".toml", Data: r.TOML}); res.Err != nil {
			t.Errorf("%s: %v", name, res.Err)
		}
	}
}

// TestExcalidrawFeatures imports a scene made by hand with what the deck's
// scenes lack (a frame, groups, opacity, a picture, a bound arrow with
// heads, rotated right-aligned text), writes its picture beside the
// drawing, and builds it: the picture is shown, the faded elements are
// faded, the frame's name and every word are there.
func TestExcalidrawFeatures(t *testing.T) {
	data, err := os.ReadFile("testdata/excalidraw-features.excalidraw")
	if err != nil {
		t.Fatal(err)
	}
	r, err := excalin.ImportScene(data, excalin.Options{Title: "features", Pictures: "features"})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Pictures) != 1 || r.Pictures[0].Name != "features-1.png" {
		t.Fatalf("pictures %v, want features-1.png", r.Pictures)
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, r.Pictures[0].Name), r.Pictures[0].Data, 0o644); err != nil {
		t.Fatal(err)
	}
	res := newTestBuilder(t).Build(context.Background(), Source{File: filepath.Join(dir, "features.toml"), Data: r.TOML})
	if res.Err != nil {
		t.Fatalf("%v\n%s", res.Err, r.TOML)
	}
	svg := string(res.SVG)
	for _, want := range []string{`opacity="0.4"`, `opacity="0.6"`, `opacity="0.7"`, "data:image/png;base64,"} {
		if !strings.Contains(svg, want) {
			t.Errorf("the drawing has no %s", want)
		}
	}
	words := strings.Join(strings.Fields(svgText(t, res.SVG)), "")
	for _, w := range []string{"Services", "API", "opacity40", "rotated", "Hand-madescene"} {
		if !strings.Contains(words, w) {
			t.Errorf("%q is missing from the drawing", w)
		}
	}
	for _, w := range []string{"{api, apiText}, {scribble, underline}", `frame "Services" (frame1) holds api, apiText, db, call, ghost, note, logo`} {
		if !strings.Contains(strings.Join(r.Warnings, "\n"), w) {
			t.Errorf("no warning names %s", w)
		}
	}
}
