package dotin

import (
	"fmt"
	"image/color"
	"math"
	"strconv"
	"strings"

	"golang.org/x/image/colornames"
)

// colour turns a Graphviz colour (an X11 or SVG name, #rrggbb[aa],
// "H,S,V" or "H S V" fractions, a list "a:b" of which the first counts,
// "/scheme/name") into #rrggbb, or "" when it means nothing to draw
// ("transparent", "none", "invis") or cannot be read (ok false).
func colour(s string) (hex string, ok bool) {
	s = strings.TrimSpace(s)
	if i := strings.IndexAny(s, ":"); i >= 0 {
		s = s[:i]
	}
	if i := strings.IndexByte(s, ';'); i >= 0 { // weighted list entry
		s = s[:i]
	}
	if strings.HasPrefix(s, "/") {
		s = s[strings.LastIndexByte(s, '/')+1:]
	}
	low := strings.ToLower(strings.ReplaceAll(s, " ", ""))
	switch low {
	case "", "transparent", "none", "invis":
		return "", true
	}
	if strings.HasPrefix(low, "#") {
		return fromHex(low)
	}
	if strings.ContainsAny(s, ", ") || (len(s) > 0 && (s[0] == '.' || s[0] >= '0' && s[0] <= '9')) {
		return fromHSV(s)
	}
	return named(low)
}

func fromHex(s string) (string, bool) {
	h := s[1:]
	if len(h) == 8 {
		if h[6:] == "00" { // fully transparent: nothing to draw
			return "", true
		}
		h = h[:6]
	}
	if len(h) == 3 {
		h = string([]byte{h[0], h[0], h[1], h[1], h[2], h[2]})
	}
	if len(h) != 6 {
		return "", false
	}
	if _, err := strconv.ParseUint(h, 16, 32); err != nil {
		return "", false
	}
	return "#" + h, true
}

func fromHSV(s string) (string, bool) {
	f := strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ' ' })
	if len(f) != 3 {
		return "", false
	}
	var v [3]float64
	for i := range f {
		x, err := strconv.ParseFloat(f[i], 64)
		if err != nil {
			return "", false
		}
		v[i] = math.Max(0, math.Min(1, x))
	}
	h, sat, val := v[0]*6, v[1], v[2]
	i := math.Floor(h)
	fr := h - i
	p, q, t := val*(1-sat), val*(1-sat*fr), val*(1-sat*(1-fr))
	var r, g, b float64
	switch int(i) % 6 {
	case 0:
		r, g, b = val, t, p
	case 1:
		r, g, b = q, val, p
	case 2:
		r, g, b = p, val, t
	case 3:
		r, g, b = p, q, val
	case 4:
		r, g, b = t, p, val
	default:
		r, g, b = val, p, q
	}
	return rgb(color.RGBA{R: uint8(math.Round(r * 255)), G: uint8(math.Round(g * 255)), B: uint8(math.Round(b * 255))}), true
}

// x11Shades darken an X11 name's numbered variants (red1 … red4) as X11
// does, near enough.
var x11Shades = map[byte]float64{'1': 1, '2': 0.932, '3': 0.804, '4': 0.545}

func named(s string) (string, bool) {
	if c, ok := colornames.Map[s]; ok {
		return rgb(c), true
	}
	for _, grey := range []string{"gray", "grey"} {
		if rest, ok := strings.CutPrefix(s, grey); ok {
			if n, err := strconv.Atoi(rest); err == nil && n >= 0 && n <= 100 {
				v := uint8(math.Round(float64(n) * 255 / 100))
				return rgb(color.RGBA{R: v, G: v, B: v}), true
			}
		}
	}
	if n := len(s); n > 1 {
		if k, ok := x11Shades[s[n-1]]; ok {
			if c, ok := colornames.Map[s[:n-1]]; ok {
				return rgb(color.RGBA{R: uint8(float64(c.R) * k), G: uint8(float64(c.G) * k), B: uint8(float64(c.B) * k)}), true
			}
		}
	}
	return "", false
}

func rgb(c color.RGBA) string { return fmt.Sprintf("#%02x%02x%02x", c.R, c.G, c.B) }
