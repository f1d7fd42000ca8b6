package svgpic

import (
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/sketchdeck/sketchdeck/internal/geom"
)

// matrix maps (x, y) to (a·x + c·y + e, b·x + d·y + f), as SVG's
// matrix(a b c d e f).
type matrix struct{ a, b, c, d, e, f float64 }

var identity = matrix{a: 1, d: 1}

func (m matrix) apply(p geom.Point) geom.Point {
	return geom.Pt(m.a*p.X+m.c*p.Y+m.e, m.b*p.X+m.d*p.Y+m.f)
}

// times is m applied after n: (m·n)(p) = m(n(p)).
func (m matrix) times(n matrix) matrix {
	return matrix{
		a: m.a*n.a + m.c*n.b, b: m.b*n.a + m.d*n.b,
		c: m.a*n.c + m.c*n.d, d: m.b*n.c + m.d*n.d,
		e: m.a*n.e + m.c*n.f + m.e, f: m.b*n.e + m.d*n.f + m.f,
	}
}

// scale is how much the matrix scales a length, on average: what a
// stroke's width becomes (exact for a uniform scale and a turn).
func (m matrix) scale() float64 { return math.Sqrt(math.Abs(m.a*m.d - m.b*m.c)) }

func translate(x, y float64) matrix { return matrix{a: 1, d: 1, e: x, f: y} }

// rotation turns by deg degrees (clockwise, y down) around (cx, cy).
func rotation(deg, cx, cy float64) matrix {
	s, c := math.Sincos(deg * math.Pi / 180)
	return translate(cx, cy).times(matrix{a: c, b: s, c: -s, d: c}).times(translate(-cx, -cy))
}

// parseTransform reads a transform attribute: a list of matrix,
// translate, scale, rotate, skewX and skewY, applied right to left.
func parseTransform(s string) (matrix, error) {
	m := identity
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
		m = m.times(t)
		rest = strings.TrimLeft(rest[end+1:], " \t\r\n,")
	}
	return m, nil
}

// argCounts are the numbers of arguments each transform function takes.
var argCounts = map[string][]int{
	"matrix": {6}, "translate": {1, 2}, "scale": {1, 2}, "rotate": {1, 3}, "skewX": {1}, "skewY": {1},
}

func transformOf(name string, v []float64) (matrix, error) {
	counts, ok := argCounts[name]
	if !ok {
		return identity, fmt.Errorf("unknown function %q; the functions are matrix, translate, scale, rotate, skewX and skewY", name)
	}
	if !slices.Contains(counts, len(v)) {
		return identity, fmt.Errorf("%s takes %s numbers, not %d", name, strings.Trim(strings.Join(strings.Fields(fmt.Sprint(counts)), " or "), "[]"), len(v))
	}
	switch name {
	case "matrix":
		return matrix{v[0], v[1], v[2], v[3], v[4], v[5]}, nil
	case "translate":
		if len(v) == 1 {
			return translate(v[0], 0), nil
		}
		return translate(v[0], v[1]), nil
	case "scale":
		if len(v) == 1 {
			return matrix{a: v[0], d: v[0]}, nil
		}
		return matrix{a: v[0], d: v[1]}, nil
	case "rotate":
		if len(v) == 1 {
			return rotation(v[0], 0, 0), nil
		}
		return rotation(v[0], v[1], v[2]), nil
	case "skewX":
		return matrix{a: 1, c: math.Tan(v[0] * math.Pi / 180), d: 1}, nil
	}
	return matrix{a: 1, b: math.Tan(v[0] * math.Pi / 180), d: 1}, nil // skewY
}
