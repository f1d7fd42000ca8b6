package svgpic

import (
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/sketchdeck/sketchdeck/internal/geom"
)

// parseTransform reads a transform attribute: a list of matrix,
// translate, scale, rotate, skewX and skewY, applied right to left.
func parseTransform(s string) (geom.Affine, error) {
	m := geom.Identity()
	rest := strings.TrimSpace(s)
	for rest != "" {
		open := strings.IndexByte(rest, '(')
		end := strings.IndexByte(rest, ')')
		if open < 0 || end < open {
			return m, fmt.Errorf("transform %q: want functions such as translate(10 20) or rotate(45)", s)
		}
		name := strings.TrimSpace(rest[:open])
		args, err := numbers(rest[open+1 : end])
		if err != nil {
			return m, fmt.Errorf("transform %q: %s: %w", s, name, err)
		}
		t, err := transformOf(name, args)
		if err != nil {
			return m, fmt.Errorf("transform %q: %w", s, err)
		}
		m = t.Then(m)
		rest = strings.TrimLeft(rest[end+1:], " \t\r\n,")
	}
	return m, nil
}

// argCounts are the numbers of arguments each transform function takes.
var argCounts = map[string][]int{
	"matrix": {6}, "translate": {1, 2}, "scale": {1, 2}, "rotate": {1, 3}, "skewX": {1}, "skewY": {1},
}

func transformOf(name string, v []float64) (geom.Affine, error) {
	counts, ok := argCounts[name]
	if !ok {
		return geom.Identity(), fmt.Errorf("unknown function %q; the functions are matrix, translate, scale, rotate, skewX and skewY", name)
	}
	if !slices.Contains(counts, len(v)) {
		return geom.Identity(), fmt.Errorf("%s takes %s numbers, not %d", name, strings.Trim(strings.Join(strings.Fields(fmt.Sprint(counts)), " or "), "[]"), len(v))
	}
	switch name {
	case "matrix":
		return geom.Affine{A: v[0], B: v[1], C: v[2], D: v[3], E: v[4], F: v[5]}, nil
	case "translate":
		if len(v) == 1 {
			return geom.Translation(v[0], 0), nil
		}
		return geom.Translation(v[0], v[1]), nil
	case "scale":
		if len(v) == 1 {
			return geom.Scaling(v[0], v[0]), nil
		}
		return geom.Scaling(v[0], v[1]), nil
	case "rotate":
		if len(v) == 1 {
			return geom.Rotation(v[0], geom.Point{}), nil
		}
		return geom.Rotation(v[0], geom.Pt(v[1], v[2])), nil
	case "skewX":
		return geom.Affine{A: 1, C: math.Tan(v[0] * math.Pi / 180), D: 1}, nil
	}
	return geom.Affine{A: 1, B: math.Tan(v[0] * math.Pi / 180), D: 1}, nil // skewY
}
