package build

import (
	"bytes"
	"context"
	"os"
	"strings"
	"testing"

	"github.com/sketchdeck/sketchdeck/internal/svg"
)

// TestTextModes builds one diagram in each text mode (goldens in
// testdata/textmode/) and checks what each stores: outlines and
// characters, never a font, by default; outlines alone, with no <text> and
// no font data, for slide tools; visible text in the embedded font alone.
func TestTextModes(t *testing.T) {
	const file = "testdata/textmode/words.toml"
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		mode       svg.TextMode
		has, lacks []string
	}{
		{svg.TextSelectable, []string{"<use", `fill-opacity="0"`, `textLength="`, ">ça → ✓ 漢</text>", "<title>Déjà vu « œuvre »</title>"}, []string{"@font-face", "base64"}},
		{svg.TextOutlines, []string{"<use", "<title>Déjà vu « œuvre »</title>"}, []string{"<text", "@font-face", "base64", "font-family"}},
		{svg.TextFont, []string{"@font-face", "base64", ">ça → ✓ 漢</text>", `text-anchor="middle"`}, []string{"<use", "fill-opacity", "textLength"}},
	}
	for _, tc := range tests {
		t.Run(tc.mode.String(), func(t *testing.T) {
			b, err := New(Options{Text: tc.mode})
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { b.Close() })
			res := b.Build(context.Background(), Source{File: file, Data: data})
			if res.Err != nil {
				t.Fatal(res.Err)
			}
			golden(t, "testdata/textmode/words."+tc.mode.String()+".svg", res.SVG)
			checkSVG(t, res.SVG)
			for _, s := range tc.has {
				if !bytes.Contains(res.SVG, []byte(s)) {
					t.Errorf("no %q in the SVG", s)
				}
			}
			for _, s := range tc.lacks {
				if bytes.Contains(res.SVG, []byte(s)) {
					t.Errorf("%q in the SVG", s)
				}
			}
		})
	}
}

// TestTextModeKey: the text mode is an input of incremental builds.
func TestTextModeKey(t *testing.T) {
	src := Source{File: "x.toml", Data: []byte(`title = "x"`)}
	keys := map[string]svg.TextMode{}
	for _, name := range svg.TextModes() {
		mode, err := svg.ParseTextMode(name)
		if err != nil {
			t.Fatal(err)
		}
		b, err := New(Options{Text: mode})
		if err != nil {
			t.Fatal(err)
		}
		k := b.Key("tool", src)
		if other, ok := keys[k]; ok {
			t.Errorf("modes %v and %v have one key", other, mode)
		}
		keys[k] = mode
		b.Close()
	}
}

func TestParseTextMode(t *testing.T) {
	if _, err := svg.ParseTextMode("paths"); err == nil || err.Error() != `unknown text mode "paths": valid choices are selectable, outlines, font` {
		t.Errorf("got %v", err)
	}
	if m, err := svg.ParseTextMode(""); err != nil || m != svg.TextSelectable {
		t.Errorf("\"\" is %v, %v; want selectable", m, err)
	}
	if !strings.Contains(svg.TextOutlines.String(), "outlines") {
		t.Error(svg.TextOutlines.String())
	}
}
