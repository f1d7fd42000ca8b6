package spec

import (
	"fmt"
	"strings"
)

// Color is a colour as written: a palette name the theme resolves ("blue"),
// a hex value ("#228be6", "#fff"), or "none"/"transparent".
type Color string

// IsHex reports whether c is a hex colour.
func (c Color) IsHex() bool { return strings.HasPrefix(string(c), "#") }

// UnmarshalText keeps the colour as written (lower-cased); check reports bad
// syntax during validation, so every bad value is reported at once.
func (c *Color) UnmarshalText(b []byte) error {
	*c = Color(strings.ToLower(strings.TrimSpace(string(b))))
	return nil
}

// Check reports bad syntax: a hex value without 3, 4, 6 or 8 hex digits, or
// a name that is not letters, digits, "-" and "_". Themes check their
// colours with it too.
func (c Color) Check() error { return c.check() }

// check validates the syntax; whether a name exists is the theme's
// business, since themes may add names.
func (c Color) check() error {
	s := string(c)
	if s == "" {
		return nil
	}
	if strings.HasPrefix(s, "#") {
		if !validHex(s[1:]) {
			return fmt.Errorf("bad colour %q: a hex colour has 3, 4, 6 or 8 hex digits, as in \"#228be6\"", s)
		}
		return nil
	}
	if !validName(s) {
		return fmt.Errorf("bad colour %q: use a palette name such as \"blue\" or a hex value such as \"#228be6\"", s)
	}
	return nil
}

func validHex(h string) bool {
	switch len(h) {
	case 3, 4, 6, 8:
	default:
		return false
	}
	for _, r := range h {
		if !strings.ContainsRune("0123456789abcdefABCDEF", r) {
			return false
		}
	}
	return true
}

func validName(s string) bool {
	if s == "" || len(s) > 40 {
		return false
	}
	for i, r := range s {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z':
		case i > 0 && (r >= '0' && r <= '9' || r == '-' || r == '_'):
		default:
			return false
		}
	}
	return true
}

// paletteName reports a colour name the theme does not know, at path.
func (c checker) paletteName(path string, col Color) {
	if err := c.paletteError(col); err != nil {
		c.errorf(path, "%s", err)
	}
}

// paletteError is what paletteName reports, or nil.
func (c checker) paletteError(col Color) error {
	if c.color == nil || col == "" || col.IsHex() {
		return nil
	}
	return c.color(string(col))
}
