package theme

import (
	"crypto/sha256"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"slices"
	"strings"

	"github.com/BurntSushi/toml"

	"github.com/sketchdeck/sketchdeck/themes"
)

// Default is the name of the theme used when none is given.
const Default = "default"

// Theme is a decoded theme. It is immutable once loaded.
type Theme struct {
	Name        string            `toml:"name"`
	Seed        uint64            `toml:"seed"`
	Roughness   float64           `toml:"roughness"`
	Bowing      float64           `toml:"bowing"`
	StrokeWidth float64           `toml:"stroke_width"`
	Stroke      string            `toml:"stroke"`
	FillStyle   string            `toml:"fill_style"`
	Background  string            `toml:"background"`
	FontSize    float64           `toml:"font_size"`
	TitleSize   float64           `toml:"title_size"`
	TextColor   string            `toml:"text_color"`
	Margin      float64           `toml:"margin"`
	TokenSize   float64           `toml:"token_size"`
	StatusSize  float64           `toml:"status_size"`
	ArrowGap    float64           `toml:"arrow_gap"`
	Palette     map[string]string `toml:"palette"`

	// Hash identifies the theme's source, for incremental builds.
	Hash [32]byte `toml:"-"`
}

// Shipped lists the names of the themes embedded in sketchdeck.
func Shipped() []string {
	entries, _ := fs.Glob(themes.FS, "*.toml")
	names := make([]string, len(entries))
	for i, e := range entries {
		names[i] = strings.TrimSuffix(e, ".toml")
	}
	return names
}

// Load returns the shipped theme called name; "" is Default. Files are
// read by LoadFile: the two are never told apart by spelling.
func Load(name string) (*Theme, error) {
	if name == "" {
		name = Default
	}
	data, err := themes.FS.ReadFile(name + ".toml")
	if err != nil {
		return nil, fmt.Errorf("theme: unknown theme %q: shipped themes are %s, or give a .toml file", name, strings.Join(Shipped(), ", "))
	}
	return Parse(name, data)
}

// LoadFile reads the theme file at path.
func LoadFile(path string) (*Theme, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("theme: %w", err)
	}
	return Parse(path, data)
}

// Parse decodes a theme's TOML; file names it in errors. Keys a theme
// omits take the default theme's values.
func Parse(file string, data []byte) (*Theme, error) {
	t := &Theme{}
	if file != Default {
		base, err := Load(Default)
		if err != nil {
			return nil, err
		}
		*t = *base
		t.Palette = make(map[string]string, len(base.Palette))
		for k, v := range base.Palette {
			t.Palette[k] = v
		}
	}
	md, err := toml.Decode(string(data), t)
	if err != nil {
		var pe toml.ParseError
		if errors.As(err, &pe) {
			return nil, fmt.Errorf("%s:%d:%d: %s", file, pe.Position.Line, pe.Position.Col, pe.Message)
		}
		return nil, fmt.Errorf("%s: %w", file, err)
	}
	if u := md.Undecoded(); len(u) > 0 {
		return nil, fmt.Errorf("%s: unknown key %q in theme", file, u[0].String())
	}
	t.Hash = sha256.Sum256(data)
	return t, t.check(file)
}

func (t *Theme) check(file string) error {
	// Palette values reach SVG attributes: only plain hex colours pass.
	for _, name := range t.Names() {
		if !isHex(t.Palette[name]) {
			return fmt.Errorf("%s: palette colour %s = %q must be a hex value such as \"#228be6\"", file, name, t.Palette[name])
		}
	}
	for _, c := range []string{t.Stroke, t.Background, t.TextColor} {
		if _, err := t.Color(c); err != nil {
			return fmt.Errorf("%s: %w", file, err)
		}
	}
	if t.Roughness < 0 || t.StrokeWidth <= 0 || t.FontSize <= 0 {
		return fmt.Errorf("%s: roughness must be ≥ 0, stroke_width and font_size > 0", file)
	}
	return nil
}

// Color resolves a colour as written in a diagram: a palette name, a hex
// value, or "none"/"transparent" (both give "none"). "" gives "".
func (t *Theme) Color(c string) (string, error) {
	c = strings.ToLower(strings.TrimSpace(c))
	switch {
	case c == "":
		return "", nil
	case c == "none" || c == "transparent":
		return "none", nil
	case strings.HasPrefix(c, "#"):
		if !isHex(c) {
			return "", fmt.Errorf("bad colour %q: a hex colour has 3, 4, 6 or 8 hex digits", c)
		}
		return c, nil
	}
	if hex, ok := t.Palette[c]; ok {
		return hex, nil
	}
	names := t.Names()
	return "", fmt.Errorf("unknown colour %q: the palette has %s, or give a hex value such as \"#228be6\"", c, strings.Join(names, ", "))
}

// Names lists the palette's colour names, sorted.
func (t *Theme) Names() []string {
	names := make([]string, 0, len(t.Palette))
	for k := range t.Palette {
		names = append(names, k)
	}
	slices.Sort(names)
	return names
}

// isHex reports whether s is "#" and 3, 4, 6 or 8 hex digits.
func isHex(s string) bool {
	if !strings.HasPrefix(s, "#") {
		return false
	}
	switch len(s) - 1 {
	case 3, 4, 6, 8:
	default:
		return false
	}
	for _, r := range s[1:] {
		if !strings.ContainsRune("0123456789abcdefABCDEF", r) {
			return false
		}
	}
	return true
}
