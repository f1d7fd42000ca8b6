package theme

import (
	"fmt"
	"reflect"
	"slices"
	"strings"

	"github.com/BurntSushi/toml"

	"github.com/sketchdeck/sketchdeck/internal/spec"
	"github.com/sketchdeck/sketchdeck/internal/text"
)

// positive reports the theme's sizes that must be more than 0: a
// diagram's 0 means "the theme's", so the theme's own cannot be 0.
func positive(key string) bool {
	switch key {
	case "stroke_width", "font_size", "title_size":
		return true
	}
	return false
}

// check reports every bad value of the theme at the line of its key.
func (t *Theme) check(file string, pos spec.Positions, errs *spec.ErrorList) {
	add := func(key string, err error) {
		errs.Add(file, pos.At(key), "", "%s", err)
	}
	v := reflect.ValueOf(t).Elem()
	for i := range v.NumField() {
		f := v.Type().Field(i)
		key, _, _ := strings.Cut(f.Tag.Get("toml"), ",")
		if f.Type.Kind() != reflect.Float64 {
			continue
		}
		r, ok := spec.StyleRange(key)
		if !ok {
			panic("theme: no range for " + key) // a field added without its range
		}
		x := v.Field(i).Float()
		if positive(key) && x == 0 {
			add(key, fmt.Errorf("%s must be more than 0 in a theme (at most %v), not 0", key, r.Max))
			continue
		}
		if err := r.Check(key, x); err != nil {
			add(key, err)
		}
	}
	t.checkFillStyle(func(err error) { add("fill_style", err) })
	if _, err := ParseScheme(t.ColorScheme); err != nil {
		add("color_scheme", err)
	}
	if _, err := text.ParseFamily(t.Font); err != nil {
		add("font", err)
	}
	t.checkPalette(file, pos, errs)
	for _, c := range []struct{ key, v string }{{"stroke", t.Stroke}, {"background", t.Background}, {"text_color", t.TextColor}} {
		if _, err := t.Color(c.v); err != nil {
			add(c.key, fmt.Errorf("%s: %w", c.key, err))
		}
	}
}

// checkFillStyle checks fill_style against the format's fill styles and
// keeps its canonical spelling.
func (t *Theme) checkFillStyle(report func(error)) {
	if t.FillStyle == "" {
		report(fmt.Errorf("fill_style is empty: valid choices are %s", strings.Join(spec.FillStyles().Names(), ", ")))
		return
	}
	fs, err := spec.FillStyles().Parse(t.FillStyle)
	if err != nil {
		report(err)
		return
	}
	t.FillStyle = string(fs)
}

// checkPalette reports palette entries a diagram could not use: names a
// diagram cannot write, values that are not hex colours (they reach SVG
// attributes as they are).
func (t *Theme) checkPalette(file string, pos spec.Positions, errs *spec.ErrorList) {
	for _, name := range t.Names() {
		at := pos.At("palette." + name)
		if c := spec.Color(name); c.IsHex() || c.Check() != nil || strings.ToLower(name) != name {
			errs.Add(file, at, "", "palette name %q must be lower-case letters, digits, \"-\" and \"_\", starting with a letter", name)
		}
		if v := spec.Color(t.Palette[name]); !v.IsHex() || v.Check() != nil {
			errs.Add(file, at, "", "palette colour %s = %q must be a hex value such as \"#228be6\"", name, t.Palette[name])
		}
	}
}

// unknownKey words a key the theme format does not have, with a guess and
// the keys it does have.
func unknownKey(k toml.Key) string {
	valid := Keys()
	name := k[len(k)-1]
	if len(k) > 1 {
		return fmt.Sprintf("unknown key %q in [%s]: the theme has no such table; valid keys are %s", name, strings.Join(k[:len(k)-1], "."), strings.Join(valid, ", "))
	}
	return fmt.Sprintf("unknown key %q in the theme%s; valid keys are %s", name, spec.DidYouMean(name, valid), strings.Join(valid, ", "))
}

// Keys lists the keys a theme file may set, sorted.
func Keys() []string {
	var keys []string
	t := reflect.TypeFor[Theme]()
	for i := range t.NumField() {
		if key, _, _ := strings.Cut(t.Field(i).Tag.Get("toml"), ","); key != "" && key != "-" {
			keys = append(keys, key)
		}
	}
	slices.Sort(keys)
	return keys
}
