package build

import (
	"bytes"
	"context"
	"os"
	"slices"
	"testing"

	"github.com/sketchdeck/sketchdeck/internal/scene"
	"github.com/sketchdeck/sketchdeck/internal/svg"
	"github.com/sketchdeck/sketchdeck/internal/text"
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

// TestCodeLines builds testdata/code-lines.toml, whose lines name their
// font, in the font text mode and every format: each line is measured in
// its own family, and the SVG sets it in that family's embedded faces
// (golden testdata/code-lines.font.svg; the outlines are
// testdata/code-lines.svg).
func TestCodeLines(t *testing.T) {
	const file = "testdata/code-lines.toml"
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	b := newBuilder(t, Options{Text: svg.TextFont, Formats: []Format{SVG, PNG, PDF}})
	res := b.Build(context.Background(), Source{File: file, Data: data})
	if res.Err != nil {
		t.Fatal(res.Err)
	}
	golden(t, "testdata/code-lines.font.svg", res.SVG)
	checkSVG(t, res.SVG)
	for _, s := range []string{
		".sd-code-lines-text-mono{font-family:sd-code-lines-Noto-Sans-Mono, ",
		".sd-code-lines-text-sans{font-family:sd-code-lines-Noto-Sans, ",
		`<text x="`, `class="sd-code-lines-text-mono"`,
	} {
		if !bytes.Contains(res.SVG, []byte(s)) {
			t.Errorf("no %q in the SVG", s)
		}
	}
	fonts, err := b.fonts()
	if err != nil {
		t.Fatal(err)
	}
	mono := 0
	for _, it := range res.Scene.Items {
		if it.Text == nil || it.Text.Font == "" {
			continue
		}
		f, err := text.ParseFamily(it.Text.Font)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range it.Text.Lines {
			if want := fonts.In(f).Width(l.Text, it.Text.Size); l.Width != want {
				t.Errorf("%q in %s: width %v, want %v", l.Text, f, l.Width, want)
			}
			if f == text.Mono {
				mono++
			}
		}
	}
	if mono < 4 {
		t.Errorf("%d lines in mono, want 4", mono)
	}
	checkNoNotdef(t, b, res.Scene)
}
