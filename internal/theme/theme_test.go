package theme

import (
	"os"
	"path/filepath"
	"testing"
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
		{"#12", "", `bad colour "#12": a hex colour has 3, 4, 6 or 8 hex digits`},
		{"bleu", "", `unknown colour "bleu": the palette has black, blue, dark-blue, dark-gray, dark-green, dark-orange, dark-pink, dark-purple, dark-red, dark-teal, down, gray, green, grey, orange, pink, purple, red, teal, up, violet, white, yellow, or give a hex value such as "#228be6"`},
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

func TestParseErrors(t *testing.T) {
	dir := t.TempDir()
	tests := []struct{ name, src, err string }{
		{"bad.toml", "roughness = \"x\"", `bad.toml: toml: line 1 (last key "roughness"): incompatible types: TOML value has type string; destination has type float`},
		{"key.toml", "roughnes = 1", `key.toml: unknown key "roughnes" in theme`},
		{"evil.toml", "[palette]\nblue = '\" onload=\"x'", `evil.toml: palette colour blue = "\" onload=\"x" must be a hex value such as "#228be6"`},
	}
	for _, tt := range tests {
		path := filepath.Join(dir, tt.name)
		if err := os.WriteFile(path, []byte(tt.src), 0o644); err != nil {
			t.Fatal(err)
		}
		_, err := LoadFile(path)
		want := filepath.Join(dir, tt.err)
		if err == nil || err.Error() != want {
			t.Errorf("LoadFile(%s) = %v; want %s", tt.name, err, want)
		}
	}
	if _, err := Load("nope"); err == nil || err.Error() != `theme: unknown theme "nope": shipped themes are default, or give a .toml file` {
		t.Errorf("Load(nope) = %v", err)
	}
}
