package dotin

import (
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/sketchdeck/sketchdeck/internal/drawtoml"
)

// SnapToPalette snaps colours onto a theme's palette (name → #rrggbb), so
// that a Graphviz graph is drawn in the theme's colours: a colour that is
// Graphviz's colour of a palette colour's name (red, yellow, darkblue for
// dark-blue) becomes that palette colour, any other the palette colour
// nearest to it as the eye sees it (the least CIEDE2000 difference, ΔE00).
// Of equally near palette colours the first by name wins.
func SnapToPalette(palette map[string]string) func(hex string) string {
	type entry struct {
		hex string
		lab [3]float64
	}
	var names []string
	for name := range palette {
		names = append(names, name)
	}
	slices.Sort(names)
	var entries []entry
	named := map[string]string{} // Graphviz's colour of a palette name → the palette's
	for _, name := range names {
		if lab, ok := labOf(palette[name]); ok {
			entries = append(entries, entry{hex: palette[name], lab: lab})
			gv, ok := colour(strings.ReplaceAll(name, "-", ""))
			if _, taken := named[gv]; ok && gv != "" && !taken {
				named[gv] = palette[name]
			}
		}
	}
	return func(hex string) string {
		if p, ok := named[hex]; ok {
			return p
		}
		lab, ok := labOf(hex)
		if !ok || len(entries) == 0 {
			return hex
		}
		best, bestD := hex, math.Inf(1)
		for _, e := range entries {
			if d := deltaE(lab, e.lab); d < bestD {
				best, bestD = e.hex, d
			}
		}
		return best
	}
}

// snapAll snaps every colour of els ("" and "none" are left alone).
func snapAll(els []drawtoml.Element, snap func(string) string) {
	for i := range els {
		for _, c := range []*string{&els[i].Stroke, &els[i].Fill, &els[i].Color} {
			if *c != "" && *c != "none" {
				*c = snap(*c)
			}
		}
	}
}

// labOf is #rrggbb in CIELAB (D65 white).
func labOf(hex string) ([3]float64, bool) {
	if len(hex) != 7 || hex[0] != '#' {
		return [3]float64{}, false
	}
	v, err := strconv.ParseUint(hex[1:], 16, 32)
	if err != nil {
		return [3]float64{}, false
	}
	lin := func(c uint64) float64 {
		s := float64(c) / 255
		if s <= 0.04045 {
			return s / 12.92
		}
		return math.Pow((s+0.055)/1.055, 2.4)
	}
	r, g, b := lin(v>>16&0xff), lin(v>>8&0xff), lin(v&0xff)
	x := (0.4124*r + 0.3576*g + 0.1805*b) / 0.95047
	y := 0.2126*r + 0.7152*g + 0.0722*b
	z := (0.0193*r + 0.1192*g + 0.9505*b) / 1.08883
	f := func(t float64) float64 {
		if t > 216.0/24389 {
			return math.Cbrt(t)
		}
		return (24389.0/27*t + 16) / 116
	}
	fx, fy, fz := f(x), f(y), f(z)
	return [3]float64{116*fy - 16, 500 * (fx - fy), 200 * (fy - fz)}, true
}

// deltaE is CIEDE2000's colour difference of two CIELAB colours: unlike
// the plain distance it weighs hue and chroma as the eye does, so that
// Graphviz's yellow is nearer the palette's yellow than its green.
func deltaE(a, b [3]float64) float64 {
	const deg = math.Pi / 180
	c1, c2 := math.Hypot(a[1], a[2]), math.Hypot(b[1], b[2])
	cm := (c1 + c2) / 2
	c7 := math.Pow(cm, 7)
	g := 0.5 * (1 - math.Sqrt(c7/(c7+math.Pow(25, 7))))
	a1, a2 := a[1]*(1+g), b[1]*(1+g)
	c1p, c2p := math.Hypot(a1, a[2]), math.Hypot(a2, b[2])
	h1, h2 := hueOf(a[2], a1), hueOf(b[2], a2)
	dL, dC := b[0]-a[0], c2p-c1p
	dh := 0.0
	if c1p*c2p != 0 {
		dh = h2 - h1
		switch {
		case dh > 180:
			dh -= 360
		case dh < -180:
			dh += 360
		}
	}
	dH := 2 * math.Sqrt(c1p*c2p) * math.Sin(dh/2*deg)
	lm, cmp := (a[0]+b[0])/2, (c1p+c2p)/2
	hm := h1 + h2
	if c1p*c2p != 0 {
		switch {
		case math.Abs(h1-h2) <= 180:
			hm /= 2
		case h1+h2 < 360:
			hm = (hm + 360) / 2
		default:
			hm = (hm - 360) / 2
		}
	}
	t := 1 - 0.17*math.Cos((hm-30)*deg) + 0.24*math.Cos(2*hm*deg) + 0.32*math.Cos((3*hm+6)*deg) - 0.20*math.Cos((4*hm-63)*deg)
	sl := 1 + 0.015*(lm-50)*(lm-50)/math.Sqrt(20+(lm-50)*(lm-50))
	sc := 1 + 0.045*cmp
	sh := 1 + 0.015*cmp*t
	cm7 := math.Pow(cmp, 7)
	rt := -2 * math.Sqrt(cm7/(cm7+math.Pow(25, 7))) * math.Sin(60*math.Exp(-((hm-275)/25)*((hm-275)/25))*deg)
	l, c, h := dL/sl, dC/sc, dH/sh
	return math.Sqrt(l*l + c*c + h*h + rt*c*h)
}

// hueOf is a CIELAB hue angle in degrees, 0 to 360.
func hueOf(b, a float64) float64 {
	if a == 0 && b == 0 {
		return 0
	}
	h := math.Atan2(b, a) * 180 / math.Pi
	if h < 0 {
		h += 360
	}
	return h
}
