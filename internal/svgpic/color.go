package svgpic

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"golang.org/x/image/colornames"
)

// parseColor reads a CSS colour as "#rrggbb": #rgb, #rrggbb,
// rgb(r, g, b) in numbers or percentages, or one of SVG's colour names.
func parseColor(v string) (string, bool) {
	v = strings.TrimSpace(v)
	if strings.HasPrefix(v, "#") {
		return hexColor(v[1:])
	}
	if inner, ok := strings.CutPrefix(strings.ToLower(v), "rgb("); ok {
		return rgbColor(strings.TrimSuffix(inner, ")"))
	}
	if c, ok := colornames.Map[strings.ToLower(v)]; ok {
		return fmt.Sprintf("#%02x%02x%02x", c.R, c.G, c.B), true
	}
	return "", false
}

func hexColor(h string) (string, bool) {
	if len(h) == 3 {
		h = string([]byte{h[0], h[0], h[1], h[1], h[2], h[2]})
	}
	if len(h) != 6 {
		return "", false
	}
	if _, err := strconv.ParseUint(h, 16, 32); err != nil {
		return "", false
	}
	return "#" + strings.ToLower(h), true
}

// rgbColor reads rgb()'s three channels, numbers 0–255 or percentages.
func rgbColor(s string) (string, bool) {
	f := strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ' ' })
	if len(f) != 3 {
		return "", false
	}
	var v [3]int
	for i, t := range f {
		k := 1.0
		if p, ok := strings.CutSuffix(t, "%"); ok {
			t, k = p, 2.55
		}
		n, err := strconv.ParseFloat(t, 64)
		if err != nil || math.IsNaN(n) {
			return "", false
		}
		v[i] = int(math.Round(min(max(n*k, 0), 255)))
	}
	return fmt.Sprintf("#%02x%02x%02x", v[0], v[1], v[2]), true
}
