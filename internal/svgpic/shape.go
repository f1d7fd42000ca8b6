package svgpic

import (
	"encoding/xml"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/sketchdeck/sketchdeck/internal/icon"
	"github.com/sketchdeck/sketchdeck/internal/spec"
)

// shapes are the elements that draw, each as path data from its
// attributes; path data is then read by the icons' parser, so that every
// shape is read one way.
var shapes = map[string]func(attrs) (string, error){
	"path":     func(a attrs) (string, error) { return a.text("d"), nil },
	"rect":     rectData,
	"circle":   circleData,
	"ellipse":  ellipseData,
	"line":     lineData,
	"polyline": func(a attrs) (string, error) { return pointsData(a, false) },
	"polygon":  func(a attrs) (string, error) { return pointsData(a, true) },
}

// attrs are an element's attributes without a namespace, by name.
type attrs map[string]string

func attrsOf(se xml.StartElement) attrs {
	a := attrs{}
	for _, at := range se.Attr {
		if at.Name.Space == "" {
			a[at.Name.Local] = at.Value
		}
	}
	return a
}

func (a attrs) text(name string) string { return strings.TrimSpace(a[name]) }

// len reads a geometry attribute in user units; absent is 0.
func (a attrs) len(name string) (float64, error) {
	v := a.text(name)
	if v == "" {
		return 0, nil
	}
	n, err := number(name, strings.TrimSuffix(v, "px"))
	if err != nil {
		return 0, fmt.Errorf("%s %q: give a number in user units (percentages and other units are not read)", name, v)
	}
	return n, nil
}

// lens reads several geometry attributes; a negative one of positive
// names is an error.
func (a attrs) lens(names []string, positive ...string) ([]float64, error) {
	out := make([]float64, len(names))
	for i, n := range names {
		v, err := a.len(n)
		if err != nil {
			return nil, err
		}
		if v < 0 && slices.Contains(positive, n) {
			return nil, fmt.Errorf("%s %q: it is not negative", n, a.text(n))
		}
		out[i] = v
	}
	return out, nil
}

func f(v float64) string { return strconv.FormatFloat(v, 'g', -1, 64) }

func rectData(a attrs) (string, error) {
	v, err := a.lens([]string{"x", "y", "width", "height", "rx", "ry"}, "width", "height", "rx", "ry")
	if err != nil {
		return "", err
	}
	x, y, w, h, rx, ry := v[0], v[1], v[2], v[3], v[4], v[5]
	if w == 0 || h == 0 {
		return "", nil
	}
	_, hasRx := a["rx"]
	_, hasRy := a["ry"]
	switch {
	case hasRx && !hasRy:
		ry = rx
	case hasRy && !hasRx:
		rx = ry
	}
	rx, ry = min(rx, w/2), min(ry, h/2)
	if rx == 0 || ry == 0 {
		return "M" + f(x) + " " + f(y) + "h" + f(w) + "v" + f(h) + "h" + f(-w) + "z", nil
	}
	arc := func(dx, dy float64) string {
		return "a" + f(rx) + " " + f(ry) + " 0 0 1 " + f(dx) + " " + f(dy)
	}
	return "M" + f(x+rx) + " " + f(y) + "h" + f(w-2*rx) + arc(rx, ry) + "v" + f(h-2*ry) + arc(-rx, ry) +
		"h" + f(2*rx-w) + arc(-rx, -ry) + "v" + f(2*ry-h) + arc(rx, -ry) + "z", nil
}

func circleData(a attrs) (string, error) {
	v, err := a.lens([]string{"cx", "cy", "r"}, "r")
	if err != nil {
		return "", err
	}
	return ellipse(v[0], v[1], v[2], v[2]), nil
}

func ellipseData(a attrs) (string, error) {
	v, err := a.lens([]string{"cx", "cy", "rx", "ry"}, "rx", "ry")
	if err != nil {
		return "", err
	}
	return ellipse(v[0], v[1], v[2], v[3]), nil
}

// ellipse is an ellipse's path: two half turns from its right end.
func ellipse(cx, cy, rx, ry float64) string {
	if rx == 0 || ry == 0 {
		return ""
	}
	r := f(rx) + " " + f(ry) + " 0 1 1 "
	return "M" + f(cx+rx) + " " + f(cy) + "A" + r + f(cx-rx) + " " + f(cy) + "A" + r + f(cx+rx) + " " + f(cy) + "z"
}

func lineData(a attrs) (string, error) {
	v, err := a.lens([]string{"x1", "y1", "x2", "y2"})
	if err != nil {
		return "", err
	}
	return "M" + f(v[0]) + " " + f(v[1]) + "L" + f(v[2]) + " " + f(v[3]), nil
}

// pointsData is a polyline's or polygon's points as path data: a moveto's
// further pairs are linetos.
func pointsData(a attrs, closed bool) (string, error) {
	p := a.text("points")
	if p == "" {
		return "", nil
	}
	d := "M" + p
	if closed {
		d += "z"
	}
	return d, nil
}

// subpaths reads a shape's path data; "" is no shape.
func subpaths(name string, a attrs) ([]icon.Subpath, error) {
	d, err := shapes[name](a)
	if err != nil || d == "" {
		return nil, err
	}
	sp, err := icon.ParsePath(d)
	if err != nil {
		if name == "polyline" || name == "polygon" {
			return nil, fmt.Errorf("points %q: want pairs of numbers (x,y x,y …)", spec.Clip(a.text("points")))
		}
		return nil, err
	}
	return sp, nil
}
