package excalin

import (
	"fmt"
	"slices"
	"strings"

	"github.com/sketchdeck/sketchdeck/internal/spec"
)

// Excalidraw's choices for the styles a drawing keeps, in the order
// messages list them.
var (
	strokeStyles = []string{"solid", "dashed", "dotted"}
	fillStyles   = []string{"hachure", "cross-hatch", "solid", "zigzag"}
)

// checkValues checks the values of an element of a kind the drawing
// keeps that the drawing would refuse: a colour it cannot read, a style
// Excalidraw does not have, a line without two points, a negative size.
// Each is an error at its place in the scene, rather than a drawing that
// does not build.
func (s *scene) checkValues(e *element) error {
	kind := kinds[e.Type]
	if kind == "" {
		return nil // left out, with a warning
	}
	bad := func(key, format string, args ...any) error {
		return s.errorAt(s.fieldOff(e.raw, e.off, key), "%s: %s", e.name(), fmt.Sprintf(format, args...))
	}
	for _, c := range []struct{ key, value string }{{"strokeColor", e.StrokeColor}, {"backgroundColor", e.BackgroundColor}} {
		if !readableColor(c.value) {
			return bad(c.key, "%s %q is not a colour a drawing reads: write it as #rrggbb (or #rgb, #rrggbbaa) or transparent", c.key, c.value)
		}
	}
	if e.StrokeStyle != "" && !slices.Contains(strokeStyles, e.StrokeStyle) {
		return bad("strokeStyle", "unknown strokeStyle %q: valid choices are %s", e.StrokeStyle, spec.Choices(strokeStyles))
	}
	if e.FillStyle != "" && !slices.Contains(fillStyles, e.FillStyle) {
		return bad("fillStyle", "unknown fillStyle %q: valid choices are %s", e.FillStyle, spec.Choices(fillStyles))
	}
	switch {
	case (kind == "line" || kind == "arrow") && len(e.Points) < 2:
		return bad("points", "it needs at least 2 points, not %d", len(e.Points))
	case kind == "line" || kind == "arrow" || kind == "freehand": // their size is their points'
	case e.Width < 0:
		return bad("width", "width is %v; it cannot be negative", e.Width)
	case e.Height < 0:
		return bad("height", "height is %v; it cannot be negative", e.Height)
	}
	return nil
}

// readableColor reports whether c is a colour color can write: none,
// transparent, or a hex colour of 3, 4, 6 or 8 digits.
func readableColor(c string) bool {
	c = strings.ToLower(strings.TrimSpace(c))
	if c == "" || c == "transparent" {
		return true
	}
	if c[0] != '#' {
		return false
	}
	switch len(c) - 1 {
	case 3, 4, 6, 8:
	default:
		return false
	}
	return strings.Trim(c[1:], "0123456789abcdef") == ""
}
