package dotin

import (
	"strconv"
	"strings"

	"github.com/sketchdeck/sketchdeck/internal/drawtoml"
	fonts "github.com/sketchdeck/sketchdeck/internal/text"
)

// landscape tells a graph that Graphviz draws a quarter turn anticlockwise,
// as Graphviz reads its attributes: rotate, when set, turns it when it is
// 90; else orientation when it starts with l or L ("landscape"); else
// landscape when it is true. Graphviz lays the graph out upright either
// way and turns the whole drawing, its words too, as it writes it.
func landscape(g attrs) bool {
	if v := strings.TrimSpace(g["rotate"]); v != "" {
		return leadingInt(v) == 90
	}
	if v := strings.TrimSpace(g["orientation"]); v != "" {
		return v[0] == 'l' || v[0] == 'L'
	}
	switch v := strings.ToLower(strings.TrimSpace(g["landscape"])); v {
	case "true", "yes":
		return true
	case "", "false", "no":
		return false
	default:
		return leadingInt(v) != 0
	}
}

// leadingInt reads the whole number a text starts with, as C's atoi does
// (0 when there is none).
func leadingInt(s string) int {
	end := 0
	for end < len(s) && (s[end] >= '0' && s[end] <= '9' || end == 0 && (s[end] == '-' || s[end] == '+')) {
		end++
	}
	n, _ := strconv.Atoi(s[:end])
	return n
}

// turn turns every element a quarter turn anticlockwise, as dot -Tsvg
// turns a landscape graph: a point (x, y) of the upright drawing, which is
// width wide, goes to (y, width - x), and each figure and text turns
// around its centre (rotate -90), so the words read upwards.
func turn(els []drawtoml.Element, width float64) {
	for i := range els {
		e := &els[i]
		if len(e.Points) > 0 {
			e.X, e.Y = e.Y, width-e.X
			for _, p := range e.Points {
				p[0], p[1] = p[1], 0-p[0] // not -0
			}
			continue
		}
		w, h := e.Width, e.Height
		if e.Kind == "text" {
			h = float64(strings.Count(e.Text, "\n")+1) * fonts.LineHeight * e.FontSize
		}
		cx, cy := e.X+w/2, e.Y+h/2
		cx, cy = cy, width-cx
		e.X, e.Y = cx-w/2, cy-h/2
		e.Rotate -= 90
	}
}
