package theme

import (
	"crypto/sha256"
	"fmt"
	"io/fs"
	"maps"
	"reflect"
	"slices"
	"strings"

	"github.com/BurntSushi/toml"

	"github.com/sketchdeck/sketchdeck/internal/input"
	"github.com/sketchdeck/sketchdeck/internal/spec"
	"github.com/sketchdeck/sketchdeck/themes"
)

// MaxFile is the largest theme file LoadFile reads, in bytes: a theme is a
// screenful of settings.
const MaxFile = 1 << 20

// Default is the name of the theme used when none is given.
const Default = "default"

// Theme is a decoded theme. It is immutable once loaded.
type Theme struct {
	Name string `toml:"name"`
	// Extends names the shipped theme whose values this one starts from;
	// "" is Default.
	Extends     string            `toml:"extends"`
	ColorScheme string            `toml:"color_scheme"`
	Font        string            `toml:"font"`
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
	return load(name, nil)
}

// load loads a shipped theme; seen lists the themes that extend it, to
// stop a loop.
func load(name string, seen []string) (*Theme, error) {
	if name == "" {
		name = Default
	}
	data, err := themes.FS.ReadFile(name + ".toml")
	if err != nil || strings.ContainsAny(name, `/\.`) {
		return nil, unknownTheme(name)
	}
	return parse(name, data, seen)
}

// unknownTheme is the error of a name no shipped theme has.
func unknownTheme(name string) error {
	return fmt.Errorf("theme: unknown theme %q: shipped themes are %s, or give a .toml file", name, strings.Join(Shipped(), ", "))
}

// LoadFile reads the theme file at path.
func LoadFile(path string) (*Theme, error) {
	data, err := input.ReadFile(path, MaxFile)
	if err != nil {
		return nil, fmt.Errorf("theme: %w", err)
	}
	return Parse(path, data)
}

// Parse decodes a theme's TOML; file names it in errors. Keys a theme
// omits take the default theme's values, so a theme of one line is whole.
// The error, if any, is a spec.ErrorList with every problem of the file,
// each at its line and column.
func Parse(file string, data []byte) (*Theme, error) {
	return parse(file, data, nil)
}

func parse(file string, data []byte, seen []string) (*Theme, error) {
	src := string(data)
	var errs spec.ErrorList
	if len(data) > spec.MaxSource {
		errs.Add(file, spec.Pos{}, "", "source is %d bytes; the limit is %d bytes", len(data), spec.MaxSource)
		return nil, errs.Err()
	}
	base, err := baseOf(file, src, seen)
	if err != nil {
		return nil, err
	}
	// Keys the theme omits keep the base's values.
	t, md, err := spec.DecodeTOML(file, src, func() *Theme {
		t := *base
		t.Extends = ""
		t.Palette = maps.Clone(base.Palette)
		return &t
	}, &errs)
	if err != nil {
		return nil, err
	}
	pos := spec.Locate(src)
	report := func(k toml.Key) { errs.Add(file, pos.First(k.String()), "", "%s", unknownKey(k)) }
	var reported []string
	for _, k := range md.Undecoded() {
		// Under an unknown table, only the table is reported.
		if len(k) > 1 && slices.Contains(reported, k[0]) {
			continue
		}
		reported = append(reported, k.String())
		report(k)
	}
	if spec.MiscasedKeys(reflect.TypeFor[Theme](), md, report) {
		return nil, errs.Err() // the values may be either spelling's
	}
	t.check(file, pos, &errs)
	if err := errs.Err(); err != nil {
		return nil, err
	}
	// A theme is its own source and that of the theme it extends.
	t.Hash = sha256.Sum256(append(append([]byte(nil), base.Hash[:]...), data...))
	return t, nil
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
		if err := spec.Color(c).Check(); err != nil {
			return "", err
		}
		return c, nil
	}
	if hex, ok := t.Palette[c]; ok {
		return hex, nil
	}
	names := t.Names()
	return "", fmt.Errorf("unknown colour %q%s: the palette has %s, or give a hex value such as \"#228be6\"", c, spec.DidYouMean(c, names), strings.Join(names, ", "))
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
