package spec

import (
	"fmt"
	"math"
	"strconv"
)

// Range is the span a number key accepts, bounds included.
type Range struct {
	Min, Max float64
	// MinNote says what Min means ("clean" for roughness), or "".
	MinNote string
}

// Check reports v outside the range, naming key and the bounds.
func (r Range) Check(key string, v float64) error {
	if math.IsNaN(v) || v < r.Min || v > r.Max {
		low := formatNumber(r.Min)
		if r.MinNote != "" {
			low += " (" + r.MinNote + ")"
		}
		return fmt.Errorf("%s must be a number from %s to %s, not %v", key, low, formatNumber(r.Max), v)
	}
	return nil
}

func formatNumber(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

// StyleRange is the range of a style number that a theme and a diagram
// (its [defaults], nodes, edges, elements) both set: one table, so that a
// theme cannot ask for what a diagram may not, and the reverse. In a
// diagram, 0 for a size means "the theme's"; docs/THEMES.md lists the same
// ranges.
func StyleRange(key string) (Range, bool) {
	switch key {
	case "roughness", "bowing":
		return Range{Min: 0, Max: 10, MinNote: "clean"}, true
	case "stroke_width":
		return Range{Min: 0, Max: 100}, true
	case "font_size", "title_size", "token_size", "status_size", "arrow_gap":
		return Range{Min: 0, Max: 1000}, true
	case "margin":
		return Range{Min: 0, Max: MaxSize}, true
	}
	return Range{}, false
}
