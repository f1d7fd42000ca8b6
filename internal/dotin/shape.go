package dotin

import (
	"math"
	"strings"

	"github.com/sketchdeck/sketchdeck/internal/drawtoml"
)

// box is a node's box in drawing coordinates: centre and size.
type box struct{ cx, cy, w, h float64 }

func (b box) x() float64 { return b.cx - b.w/2 }
func (b box) y() float64 { return b.cy - b.h/2 }

// kinds maps Graphviz shapes to a drawing's figures of the same name.
var kinds = map[string]string{
	"box": "rect", "rect": "rect", "rectangle": "rect", "square": "rect", "msquare": "rect",
	"ellipse": "ellipse", "oval": "ellipse", "circle": "ellipse", "mcircle": "ellipse",
	"diamond": "diamond", "mdiamond": "diamond", "cylinder": "cylinder", "note": "note",
	"hexagon": "hexagon", "parallelogram": "parallelogram",
}

// polygons are Graphviz shapes drawn as a polygon through these points, in
// a unit box centred on 0 (y down).
var polygons = map[string][][2]float64{
	"triangle":     {{0, -0.5}, {0.5, 0.5}, {-0.5, 0.5}},
	"invtriangle":  {{-0.5, -0.5}, {0.5, -0.5}, {0, 0.5}},
	"house":        {{0, -0.5}, {0.5, -0.1}, {0.5, 0.5}, {-0.5, 0.5}, {-0.5, -0.1}},
	"invhouse":     {{-0.5, -0.5}, {0.5, -0.5}, {0.5, 0.1}, {0, 0.5}, {-0.5, 0.1}},
	"trapezium":    {{-0.3, -0.5}, {0.3, -0.5}, {0.5, 0.5}, {-0.5, 0.5}},
	"invtrapezium": {{-0.5, -0.5}, {0.5, -0.5}, {0.3, 0.5}, {-0.3, 0.5}},
	"cds":          {{-0.5, -0.5}, {0.35, -0.5}, {0.5, 0}, {0.35, 0.5}, {-0.5, 0.5}},
	"rarrow":       {{-0.5, -0.3}, {0.25, -0.3}, {0.25, -0.5}, {0.5, 0}, {0.25, 0.5}, {0.25, 0.3}, {-0.5, 0.3}},
	"larrow":       {{0.5, -0.3}, {-0.25, -0.3}, {-0.25, -0.5}, {-0.5, 0}, {-0.25, 0.5}, {-0.25, 0.3}, {0.5, 0.3}},
	"star":         star(),
	"pentagon":     regular(5), "septagon": regular(7), "octagon": regular(8),
	"doubleoctagon": regular(8), "tripleoctagon": regular(8),
}

// boxed are Graphviz shapes drawn as a box with a mark of their own.
var boxed = map[string]bool{"component": true, "tab": true, "folder": true, "box3d": true, "underline": true,
	"record": true, "mrecord": true, "plaintext": true, "plain": true, "none": true, "point": true,
	"doublecircle": true, "polygon": true, "egg": true}

// Known reports whether Graphviz's shape is drawn as itself (else as a box).
func Known(shape string) bool {
	s := strings.ToLower(shape)
	return kinds[s] != "" || polygons[s] != nil || boxed[s] || s == ""
}

func regular(n int) [][2]float64 {
	pts := make([][2]float64, n)
	for i := range pts {
		a := 2*math.Pi*float64(i)/float64(n) - math.Pi/2 + math.Pi/float64(n)*float64((n+1)%2)
		pts[i] = [2]float64{0.5 * math.Cos(a), 0.5 * math.Sin(a)}
	}
	return pts
}

func star() [][2]float64 {
	pts := make([][2]float64, 10)
	for i := range pts {
		r := 0.5
		if i%2 == 1 {
			r = 0.2
		}
		a := math.Pi*float64(i)/5 - math.Pi/2
		pts[i] = [2]float64{r * math.Cos(a), r * math.Sin(a)}
	}
	return pts
}

// polygon is an element through pts scaled into b.
func polygon(b box, pts [][2]float64, base drawtoml.Element) drawtoml.Element {
	base.Kind, base.X, base.Y = "polygon", b.cx, b.cy
	for _, p := range pts {
		base.Points = append(base.Points, []float64{p[0] * b.w, p[1] * b.h})
	}
	return base
}

// marks are the extra strokes of a boxed shape: a component's two tabs, a
// tab's and a folder's tab, a box3d's depth, an underline.
func marks(shape string, b box, base drawtoml.Element) []drawtoml.Element {
	line := func(pts ...[2]float64) drawtoml.Element {
		e := base
		e.Kind, e.X, e.Y, e.Fill, e.FillStyle, e.Text, e.Rounded = "line", b.x(), b.y(), "", "", "", nil
		e.Width, e.Height = 0, 0
		for _, p := range pts {
			e.Points = append(e.Points, []float64{p[0], p[1]})
		}
		return e
	}
	rect := func(x, y, w, h float64) drawtoml.Element {
		e := base
		e.Kind, e.X, e.Y, e.Width, e.Height, e.Text, e.Rounded = "rect", b.x()+x, b.y()+y, w, h, "", nil
		return e
	}
	switch shape {
	case "component":
		return []drawtoml.Element{rect(-4, b.h*0.2, 8, 6), rect(-4, b.h*0.8-6, 8, 6)}
	case "tab", "folder":
		return []drawtoml.Element{rect(4, -6, b.w*0.3, 6)}
	case "box3d":
		return []drawtoml.Element{line([2]float64{0, 0}, [2]float64{5, -5}, [2]float64{b.w + 5, -5}, [2]float64{b.w + 5, b.h - 5}, [2]float64{b.w, b.h})}
	case "underline":
		return []drawtoml.Element{line([2]float64{0, b.h}, [2]float64{b.w, b.h})}
	}
	return nil
}
