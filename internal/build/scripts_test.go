package build

import (
	"bytes"
	"context"
	"os"
	"slices"
	"testing"

	"github.com/sketchdeck/sketchdeck/internal/scene"
	"github.com/sketchdeck/sketchdeck/internal/svg"
)

// TestScriptsFallback builds testdata/scripts.toml (CJK, Hangul, Hebrew,
// Arabic, Greek, Cyrillic, maths, arrows, emoji and a private-use rune)
// in every text mode and format. No glyph it draws is a font's .notdef
// box: what the family's faces lack comes from the fallback faces, and the
// one rune no font has draws as U+FFFD. Its SVGs in the font and outlines
// modes are goldens beside the default one (testdata/scripts.svg); the PNG
// and PDF draw the same glyph outlines (text.Fonts.DrawGlyph) and must
// come out.
func TestScriptsFallback(t *testing.T) {
	const file = "testdata/scripts.toml"
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	for _, mode := range []svg.TextMode{svg.TextSelectable, svg.TextOutlines, svg.TextFont} {
		t.Run(mode.String(), func(t *testing.T) {
			b := newBuilder(t, Options{Text: mode, Formats: []Format{SVG, PNG, PDF}})
			res := b.Build(context.Background(), Source{File: file, Data: data})
			if res.Err != nil {
				t.Fatal(res.Err)
			}
			if mode != svg.TextSelectable {
				golden(t, "testdata/scripts."+mode.String()+".svg", res.SVG)
			}
			checkSVG(t, res.SVG)
			if len(res.Outputs) != 3 || !bytes.HasPrefix(res.Outputs[1].Data, []byte("\x89PNG")) || !bytes.HasPrefix(res.Outputs[2].Data, []byte("%PDF-")) {
				t.Error("no PNG or PDF")
			}
			if mode == svg.TextFont && !bytes.Contains(res.SVG, []byte("-Unifont-Upper;src:url(data:font/ttf;base64,")) {
				t.Error("the font mode embeds no Unifont Upper subset for the emoji")
			}
			checkNoNotdef(t, b, res.Scene)
		})
	}
}

// checkNoNotdef fails if a line of sc draws glyph 0 of any face, or holds a
// rune no shipped font has other than the test's one private-use rune.
func checkNoNotdef(t *testing.T, b *Builder, sc *scene.Scene) {
	t.Helper()
	fonts, err := b.fonts()
	if err != nil {
		t.Fatal(err)
	}
	lines := 0
	for _, it := range sc.Items {
		if it.Text == nil {
			continue
		}
		for _, l := range it.Text.Lines {
			lines++
			for _, g := range fonts.Glyphs(l.Text) {
				if g.ID.GID == 0 {
					t.Errorf("%q draws .notdef (%v)", l.Text, g.ID)
				}
			}
			if m := fonts.Missing(l.Text); len(m) > 0 && !slices.Equal(m, []rune{'\uE000'}) {
				t.Errorf("%q: runes no font has: %q", l.Text, m)
			}
		}
	}
	if lines < 10 {
		t.Errorf("only %d lines of text in the scene", lines)
	}
}
