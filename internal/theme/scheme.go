package theme

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/sketchdeck/sketchdeck/internal/text"
)

// Scheme is the colour scheme a theme draws in.
type Scheme int

const (
	// Light draws every colour as written.
	Light Scheme = iota
	// Dark recolours every colour as Dark does: dark page, light ink.
	Dark
	// Auto writes the light colours and, for viewers that prefer a dark
	// scheme, their Dark counterparts (prefers-color-scheme in CSS).
	Auto
)

var schemeNames = []string{"light", "dark", "auto"}

// ParseScheme reads a color_scheme value; "" is Light.
func ParseScheme(s string) (Scheme, error) {
	if s == "" {
		return Light, nil
	}
	for i, n := range schemeNames {
		if n == s {
			return Scheme(i), nil
		}
	}
	return Light, fmt.Errorf("unknown color_scheme %q: valid choices are %s", s, strings.Join(schemeNames, ", "))
}

// Scheme is the theme's colour scheme (checked when it was loaded).
func (t *Theme) Scheme() Scheme {
	s, _ := ParseScheme(t.ColorScheme) // checked by Parse: an error cannot happen here
	return s
}

// Family is the font family the theme sets its text in (checked when it
// was loaded).
func (t *Theme) Family() text.Family {
	f, _ := text.ParseFamily(t.Font) // checked by Parse: an error cannot happen here
	return f
}

// DarkColor is a colour's dark-scheme counterpart, as Excalidraw's dark
// mode makes it (CSS invert(93%) then hue-rotate(180deg), in sRGB): the
// lightness is turned over and the hue kept, so black ink becomes light
// grey, a white page or fill near-black, a pastel fill a deep tone of its
// hue and a strong colour stays recognisable. Every role changes together,
// so nothing light is left on a light neighbour: no white blob. Values
// that are not "#rgb" or "#rrggbb" ("none", "") are returned as they are;
// an alpha digit pair is kept.
func DarkColor(c string) string {
	r, g, b, alpha, ok := hexRGB(c)
	if !ok {
		return c
	}
	const k = 0.93
	r, g, b = k-(2*k-1)*r, k-(2*k-1)*g, k-(2*k-1)*b
	// hue-rotate(180deg): the Filter Effects matrix with cos -1, sin 0.
	nr := -0.574*r + 1.430*g + 0.144*b
	ng := 0.426*r + 0.430*g + 0.144*b
	nb := 0.426*r + 1.430*g - 0.856*b
	return "#" + hex2(nr) + hex2(ng) + hex2(nb) + alpha
}

// hexRGB reads "#rgb", "#rgba", "#rrggbb" or "#rrggbbaa" into channels
// from 0 to 1 and the alpha digits ("" if none, as two digits otherwise).
func hexRGB(c string) (r, g, b float64, alpha string, ok bool) {
	if !strings.HasPrefix(c, "#") {
		return 0, 0, 0, "", false
	}
	h := strings.ToLower(c[1:])
	if len(h) == 3 || len(h) == 4 {
		var long strings.Builder
		for _, d := range h {
			long.WriteRune(d)
			long.WriteRune(d)
		}
		h = long.String()
	}
	if len(h) != 6 && len(h) != 8 {
		return 0, 0, 0, "", false
	}
	v, err := strconv.ParseUint(h, 16, 64)
	if err != nil {
		return 0, 0, 0, "", false
	}
	if len(h) == 8 {
		alpha = h[6:]
		v >>= 8
	}
	return float64(v>>16&0xff) / 255, float64(v>>8&0xff) / 255, float64(v&0xff) / 255, alpha, true
}

// hex2 writes a channel from 0 to 1, clamped, as two hex digits.
func hex2(v float64) string {
	n := int(math.Round(math.Max(0, math.Min(1, v)) * 255))
	return fmt.Sprintf("%02x", n)
}
