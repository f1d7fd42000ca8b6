package svgpic

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"golang.org/x/image/colornames"

	"github.com/sketchdeck/sketchdeck/internal/canvas"
)

// parseColor reads a CSS colour as "#rrggbb": #rgb, #rrggbb,
// rgb(r, g, b) in numbers or percentages, or one of SVG's colour names.
func parseColor(v string) (string, bool) {
	v = strings.TrimSpace(v)
	if strings.HasPrefix(v, "#") {
		c, ok := canvas.RGB(v)
		return fmt.Sprintf("#%02x%02x%02x", c[0], c[1], c[2]), ok
	}
	if inner, ok := strings.CutPrefix(strings.ToLower(v), "rgb("); ok {
		return rgbColor(strings.TrimSuffix(inner, ")"))
	}
	if c, ok := colornames.Map[strings.ToLower(v)]; ok {
		return fmt.Sprintf("#%02x%02x%02x", c.R, c.G, c.B), true
	}
	return "", false
}

// rgbColor reads rgb()'s three channels, numbers 0–255 or percentages.
func rgbColor(s string) (string, bool) {
	f := strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ' ' })
	if len(f) != 3 {
		return "", false
	}
	var v [3]int
	for i, t := range f {
		p, percent := strings.CutSuffix(t, "%")
		n, err := strconv.ParseFloat(p, 64)
		if err != nil || math.IsNaN(n) {
			return "", false
		}
		if percent {
			n = n * 255 / 100
		}
		v[i] = int(math.Round(min(max(n, 0), 255)))
	}
	return fmt.Sprintf("#%02x%02x%02x", v[0], v[1], v[2]), true
}
