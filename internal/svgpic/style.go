package svgpic

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/sketchdeck/sketchdeck/internal/canvas"
	"github.com/sketchdeck/sketchdeck/internal/geom"
)

// style is the presentation in force at an element: what it inherits
// from its ancestors, with its own attributes and style="..." over it.
type style struct {
	fill, stroke   paint
	color          string // "#rrggbb", what currentColor is
	width          float64
	evenOdd        bool
	cap            canvas.Cap
	join           canvas.Join
	miter          float64
	dash           [2]float64
	fillOp, strkOp float64 // fill-opacity and stroke-opacity
	opacity        float64 // the product of the element's and its groups' opacity
	hidden         bool    // visibility hidden: inherited, but a child may show again
}

// paint is a fill or stroke: none, a colour, or the current colour.
type paint struct {
	none, current bool
	color         string
}

// initial is SVG's initial presentation: black fill, no stroke, 1 px
// wide, butt caps and miter joins.
func initial() style {
	return style{
		fill: paint{color: "#000000"}, stroke: paint{none: true}, color: "#000000",
		width: 1, cap: canvas.ButtCap, join: canvas.MiterJoin, miter: 4,
		fillOp: 1, strkOp: 1, opacity: 1,
	}
}

// unsupported are the presentation properties that change how a shape
// looks and that Paths does not draw: an element that sets one (to
// anything but its "nothing" value) is refused, not drawn without it.
var unsupported = map[string]string{
	"filter": "none", "mask": "none", "clip-path": "none", "marker": "none", "marker-start": "none",
	"marker-mid": "none", "marker-end": "none", "mix-blend-mode": "normal",
}

// set applies one presentation property; an error says what is wrong
// with its value. Properties that do not change a shape's look (fonts,
// ids, classes) are not presentation here and are passed over by the
// caller's table.
func (s *style) set(name, value string) error {
	v := strings.TrimSpace(value)
	if v == "inherit" {
		return nil // the inherited value is already in force
	}
	if none, ok := unsupported[name]; ok {
		if v != none {
			return fmt.Errorf("%s %q is not drawn in PNG or PDF output; remove it, or build this diagram as SVG only", name, v)
		}
		return nil
	}
	var err error
	switch name {
	case "fill":
		s.fill, err = parsePaint(name, v)
	case "stroke":
		s.stroke, err = parsePaint(name, v)
	case "color":
		if c, ok := parseColor(v); ok && c != "none" {
			s.color = c
		} else {
			err = fmt.Errorf("color %q is not a colour (#rgb, #rrggbb, rgb(r, g, b) or a colour name)", v)
		}
	case "stroke-width":
		s.width, err = length(name, v)
	case "stroke-miterlimit":
		s.miter, err = number(name, v)
		if err == nil && s.miter < 1 {
			err = fmt.Errorf("stroke-miterlimit %q: a miter limit is at least 1", v)
		}
	case "fill-opacity":
		s.fillOp, err = opacity(name, v)
	case "stroke-opacity":
		s.strkOp, err = opacity(name, v)
	case "fill-rule":
		s.evenOdd, err = oneOf(name, v, "nonzero", "evenodd")
	case "stroke-linecap":
		s.cap, err = enum(name, v, map[string]canvas.Cap{"butt": canvas.ButtCap, "round": canvas.RoundCap, "square": canvas.SquareCap})
	case "stroke-linejoin":
		s.join, err = enum(name, v, map[string]canvas.Join{"miter": canvas.MiterJoin, "round": canvas.RoundJoin, "bevel": canvas.BevelJoin})
	case "stroke-dasharray":
		s.dash, err = dashes(v)
	case "stroke-dashoffset":
		if n, e := length(name, v); e != nil || n != 0 {
			err = fmt.Errorf("stroke-dashoffset %q: a dash offset is not drawn in PNG or PDF output; remove it", v)
		}
	case "visibility":
		s.hidden, err = oneOf(name, v, "visible", "hidden")
		if v == "collapse" {
			s.hidden, err = true, nil
		}
	}
	return err
}

func parsePaint(name, v string) (paint, error) {
	switch {
	case v == "none" || v == "transparent":
		return paint{none: true}, nil
	case v == "currentColor" || v == "currentcolor":
		return paint{current: true}, nil
	case strings.HasPrefix(v, "url("):
		return paint{}, fmt.Errorf("%s %q: gradients and patterns are not drawn in PNG or PDF output; use a plain colour, or build this diagram as SVG only", name, v)
	}
	if c, ok := parseColor(v); ok {
		return paint{color: c}, nil
	}
	return paint{}, fmt.Errorf("%s %q is not a colour: give none, currentColor, #rgb, #rrggbb, rgb(r, g, b) or a colour name", name, v)
}

// length reads a length in user units: a number, or one with px.
func length(name, v string) (float64, error) {
	n, err := number(name, strings.TrimSuffix(v, "px"))
	if err != nil {
		return 0, fmt.Errorf("%s %q: give a length in user units (a number, or px)", name, v)
	}
	if n < 0 {
		return 0, fmt.Errorf("%s %q: a length is not negative", name, v)
	}
	return n, nil
}

func number(name, v string) (float64, error) {
	n, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
	if err != nil || math.IsInf(n, 0) || math.IsNaN(n) {
		return 0, fmt.Errorf("%s %q: want a number", name, v)
	}
	return n, nil
}

// opacity reads a number or percentage, clamped to 0–1 as CSS does.
func opacity(name, v string) (float64, error) {
	s, k := v, 1.0
	if strings.HasSuffix(v, "%") {
		s, k = strings.TrimSuffix(v, "%"), 0.01
	}
	n, err := number(name, s)
	if err != nil {
		return 0, fmt.Errorf("%s %q: want a number from 0 to 1 or a percentage", name, v)
	}
	return min(max(n*k, 0), 1), nil
}

// oneOf reads a choice of two; true is the second.
func oneOf(name, v, no, yes string) (bool, error) {
	switch v {
	case no:
		return false, nil
	case yes:
		return true, nil
	}
	return false, fmt.Errorf("%s %q: the choices are %s and %s", name, v, no, yes)
}

func enum[T any](name, v string, choices map[string]T) (T, error) {
	if c, ok := choices[v]; ok {
		return c, nil
	}
	names := make([]string, 0, len(choices))
	for k := range choices {
		names = append(names, k)
	}
	slices.Sort(names)
	var zero T
	return zero, fmt.Errorf("%s %q: the choices are %s", name, v, strings.Join(names, ", "))
}

// dashes reads a dash array of one or two lengths (one means as long a
// gap), or none.
func dashes(v string) ([2]float64, error) {
	if v == "none" {
		return [2]float64{}, nil
	}
	f, err := numbers(v)
	bad := fmt.Errorf("stroke-dasharray %q: PNG and PDF output draw a dash of one or two lengths (\"4\" or \"4 2\"); give one of those", v)
	if err != nil || len(f) == 0 || len(f) > 2 {
		return [2]float64{}, bad
	}
	if len(f) == 1 {
		f = append(f, f[0])
	}
	if f[0] < 0 || f[1] < 0 {
		return [2]float64{}, bad
	}
	if f[0] == 0 && f[1] == 0 {
		return [2]float64{}, nil // a solid line, as SVG says
	}
	return [2]float64{f[0], f[1]}, nil
}

// numbers reads numbers separated by spaces or commas.
func numbers(s string) ([]float64, error) {
	var out []float64
	for _, t := range strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == ',' || r == '\t' || r == '\n' || r == '\r' }) {
		n, err := number("", strings.TrimSuffix(t, "px"))
		if err != nil {
			return nil, fmt.Errorf("want numbers, not %q", t)
		}
		out = append(out, n)
	}
	return out, nil
}

// styleDecls splits a style attribute's declarations into name and value
// pairs, in order.
func styleDecls(s string) [][2]string {
	var out [][2]string
	for _, d := range strings.Split(s, ";") {
		name, value, ok := strings.Cut(d, ":")
		if !ok {
			continue
		}
		value = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(value), "!important"))
		out = append(out, [2]string{strings.TrimSpace(name), value})
	}
	return out
}

// paints are the canvas paints of a shape in this style: its fill, then
// its stroke, those that paint anything; m places the shape.
func (s *style) paints(m geom.Affine) []canvas.Paint {
	var out []canvas.Paint
	if c, ok := s.resolve(s.fill); ok && s.fillOp*s.opacity > 0 {
		out = append(out, canvas.Paint{Area: true, Color: c, EvenOdd: s.evenOdd, Opacity: s.fillOp * s.opacity})
	}
	k := m.Scale()
	if c, ok := s.resolve(s.stroke); ok && s.strkOp*s.opacity > 0 && s.width*k > 0 {
		out = append(out, canvas.Paint{
			Color: c, Width: s.width * k, Dash: [2]float64{s.dash[0] * k, s.dash[1] * k},
			Opacity: s.strkOp * s.opacity, Cap: s.cap, Join: s.join, MiterLimit: s.miter,
		})
	}
	return out
}

func (s *style) resolve(p paint) (string, bool) {
	switch {
	case p.none:
		return "", false
	case p.current:
		return s.color, true
	}
	return p.color, true
}
