package theme

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/sketchdeck/sketchdeck/internal/spec"
)

func TestLoadDefault(t *testing.T) {
	th, err := Load("")
	if err != nil {
		t.Fatal(err)
	}
	if th.Roughness != 2 || th.StrokeWidth != 1 || th.FontSize != 36 {
		t.Errorf("default theme: roughness %v, stroke width %v, font size %v; want 2, 1, 36", th.Roughness, th.StrokeWidth, th.FontSize)
	}
	for name, want := range map[string]string{"blue": "#228be6", "red": "#fa5252", "green": "#82c91e", "yellow": "#fab005", "purple": "#be4bdb", "gray": "#ced4da"} {
		if got, err := th.Color(name); err != nil || got != want {
			t.Errorf("Color(%q) = %q, %v; want %q", name, got, err, want)
		}
	}
}

func TestColor(t *testing.T) {
	th, err := Load("default")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ in, want, err string }{
		{"", "", ""},
		{"transparent", "none", ""},
		{"None", "none", ""},
		{"#ABC", "#abc", ""},
		{"#12", "", `bad colour "#12": a hex colour has 3, 4, 6 or 8 hex digits, as in "#228be6"`},
		{"bleu", "", `unknown colour "bleu" (did you mean "blue"?): the palette has black, blue, dark-blue, dark-gray, dark-green, dark-orange, dark-pink, dark-purple, dark-red, dark-teal, down, gray, green, grey, orange, pink, purple, red, teal, up, violet, white, yellow, or give a hex value such as "#228be6"`},
	}
	for _, tt := range tests {
		got, err := th.Color(tt.in)
		msg := ""
		if err != nil {
			msg = err.Error()
		}
		if got != tt.want || msg != tt.err {
			t.Errorf("Color(%q) = %q, %q; want %q, %q", tt.in, got, msg, tt.want, tt.err)
		}
	}
}

// TestParseErrors checks the whole message of each bad theme: every
// problem of the file at once, each at its line and column, with the valid
// range or choices.
func TestParseErrors(t *testing.T) {
	tests := []struct{ name, src, err string }{
		{"wrong type", "roughness = \"x\"", `t.toml:1:1: roughness: want a number, not a string`},
		{"unknown key", "roughnes = 1", `t.toml:1:1: unknown key "roughnes" in the theme (did you mean "roughness"?); valid keys are ` + keys},
		{"unknown table", "[fonts]\nsize = 3\n", `t.toml:1:1: unknown key "fonts" in the theme (did you mean "font"?); valid keys are ` + keys},
		{"unknown array", "x = 1\n[[shapes]]\n", `t.toml:1:1: unknown key "x" in the theme; valid keys are ` + keys + "\n" +
			`t.toml:2:1: unknown key "shapes" in the theme; valid keys are ` + keys},
		{"key in another case", "Roughness = 1\n[Palette]\nblue = '#00f'\n", `t.toml:1:1: unknown key "Roughness" in the theme (did you mean "roughness"?); valid keys are ` + keys + "\n" +
			`t.toml:2:1: unknown key "Palette" in the theme (did you mean "palette"?); valid keys are ` + keys},
		{"palette injection", "[palette]\nblue = '\" onload=\"x'", `t.toml:2:1: palette colour blue = "\" onload=\"x" must be a hex value such as "#228be6"`},
		{"palette name", "[palette]\nDark-Blue = '#000'", `t.toml:2:1: palette name "Dark-Blue" must be lower-case letters, digits, "-" and "_", starting with a letter`},
		{"infinite roughness", "roughness = inf", `t.toml:1:1: roughness must be a number from 0 (clean) to 10, not +Inf`},
		{"huge roughness", "roughness = 1e308", `t.toml:1:1: roughness must be a number from 0 (clean) to 10, not 1e+308`},
		{"huge stroke width", "stroke_width = 1e308", `t.toml:1:1: stroke_width must be a number from 0 to 100, not 1e+308`},
		{"zero stroke width", "stroke_width = 0", `t.toml:1:1: stroke_width must be more than 0 in a theme (at most 100), not 0`},
		{"huge margin", "margin = 1e308", `t.toml:1:1: margin must be a number from 0 to 10000, not 1e+308`},
		{"nan font size", "\n  font_size = nan", `t.toml:2:3: font_size must be a number from 0 to 1000, not NaN`},
		{"negative bowing", "bowing = -1", `t.toml:1:1: bowing must be a number from 0 (clean) to 10, not -1`},
		{"bogus fill style", "fill_style = \"bogus\"", `t.toml:1:1: unknown fill style "bogus": valid choices are "solid", "hachure", "cross-hatch", "zigzag", "dots" or "none"`},
		{"fill style typo", "fill_style = \"hachur\"", `t.toml:1:1: unknown fill style "hachur" (did you mean "hachure"?): valid choices are "solid", "hachure", "cross-hatch", "zigzag", "dots" or "none"`},
		{"unknown stroke colour", "stroke = \"bleu\"", `t.toml:1:1: stroke: unknown colour "bleu" (did you mean "blue"?): the palette has ` + palette + `, or give a hex value such as "#228be6"`},
		{"bad hex background", "background = \"#12\"", `t.toml:1:1: background: bad colour "#12": a hex colour has 3, 4, 6 or 8 hex digits, as in "#228be6"`},
		{"all at once", "roughness = -1\nfont_size = 0\ntext_color = \"#zzz\"\n",
			`t.toml:1:1: roughness must be a number from 0 (clean) to 10, not -1` + "\n" +
				`t.toml:2:1: font_size must be more than 0 in a theme (at most 1000), not 0` + "\n" +
				`t.toml:3:1: text_color: bad colour "#zzz": a hex colour has 3, 4, 6 or 8 hex digits, as in "#228be6"`},
		{"wrong types with the other problems", "roughness = \"x\"\nbowing = true\nfill_style = \"bogus\"\n",
			`t.toml:1:1: roughness: want a number, not a string` + "\n" +
				`t.toml:2:1: bowing: want a number, not true or false` + "\n" +
				`t.toml:3:1: unknown fill style "bogus": valid choices are "solid", "hachure", "cross-hatch", "zigzag", "dots" or "none"`},
		{"syntax", "roughness = \n", `t.toml:1:13: roughness: expected value, but the line ends`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			th, err := Parse("t.toml", []byte(tt.src))
			if err == nil {
				t.Fatalf("no error; theme %+v", th)
			}
			if err.Error() != tt.err {
				t.Errorf("got:\n%s\nwant:\n%s", err, tt.err)
			}
		})
	}
	if _, err := Load("nope"); err == nil || err.Error() != `theme: unknown theme "nope": shipped themes are auto, clean, dark, default, excalidraw, or give a .toml file` {
		t.Errorf("Load(nope) = %v", err)
	}
}

const (
	keys    = "arrow_gap, background, bowing, color_scheme, extends, fill_style, font, font_size, margin, name, palette, roughness, seed, status_size, stroke, stroke_width, text_color, title_size, token_size"
	palette = "black, blue, dark-blue, dark-gray, dark-green, dark-orange, dark-pink, dark-purple, dark-red, dark-teal, down, gray, green, grey, orange, pink, purple, red, teal, up, violet, white, yellow"
)

// TestPartial: a theme gives only what it changes; the rest is the
// default theme's, palette included.
func TestPartial(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "soft.toml")
	if err := os.WriteFile(path, []byte("roughness = 1\n[palette]\nbrand = \"#123456\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	th, err := LoadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	def, err := Load(Default)
	if err != nil {
		t.Fatal(err)
	}
	if th.Roughness != 1 || th.StrokeWidth != def.StrokeWidth || th.FontSize != def.FontSize || th.FillStyle != def.FillStyle || th.Margin != def.Margin {
		t.Errorf("partial theme: %+v", th)
	}
	for name, want := range map[string]string{"brand": "#123456", "blue": "#228be6"} {
		if got, err := th.Color(name); err != nil || got != want {
			t.Errorf("Color(%q) = %q, %v; want %q", name, got, err, want)
		}
	}
	if len(def.Palette) != len(th.Palette)-1 {
		t.Errorf("the partial theme's palette leaked into the default's")
	}
}

// TestFillStyleAlias: a theme's fill style is kept in its canonical
// spelling, as a diagram's is.
func TestFillStyleAlias(t *testing.T) {
	th, err := Parse("t.toml", []byte("fill_style = \"Hachure\""))
	if err != nil {
		t.Fatal(err)
	}
	if th.FillStyle != "hachure" {
		t.Errorf("fill style %q, want hachure", th.FillStyle)
	}
}

// TestDocumented: docs/THEMES.md has a row for every key, and each number's
// row states its upper bound, so that the page and the checks agree.
func TestDocumented(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "..", "docs", "THEMES.md"))
	if err != nil {
		t.Fatal(err)
	}
	rows := map[string]string{}
	for _, line := range strings.Split(string(data), "\n") {
		if k, ok := strings.CutPrefix(line, "| `"); ok {
			if i := strings.Index(k, "`"); i > 0 {
				rows[k[:i]] = line
			}
		}
	}
	for _, k := range Keys() {
		row, ok := rows[k]
		if !ok {
			t.Errorf("docs/THEMES.md has no row for %q", k)
			continue
		}
		if r, ok := spec.StyleRange(k); ok && !strings.Contains(row, "at most "+strconv.FormatFloat(r.Max, 'f', -1, 64)+" |") && !strings.Contains(row, "to "+strconv.FormatFloat(r.Max, 'f', -1, 64)+" |") {
			t.Errorf("docs/THEMES.md: the row of %q does not give the bound %v: %s", k, r.Max, row)
		}
	}
}
