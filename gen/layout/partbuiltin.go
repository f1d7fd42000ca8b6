package layout

import (
	"github.com/sketchdeck/sketchdeck/gen/geom"
	"github.com/sketchdeck/sketchdeck/gen/scene"
)

// The parts the deck's composite drawings use, drawn with plain items
// until the parts library (gen/part) offers them; a library part of the
// same name wins.

func builtinParts() []string { return []string{"magnifier", "warning"} }

// builtinPart draws part name fitted in box, with ids prefixed by id.
func builtinPart(r resolver, name, id string, box geom.Rect) ([]scene.Item, bool) {
	switch name {
	case "magnifier":
		return magnifier(r, id, box), true
	case "warning":
		return warning(r, id, box), true
	}
	return nil, false
}

// magnifier is a gray ring with a white lens and a handle to the lower right.
func magnifier(r resolver, id string, box geom.Rect) []scene.Item {
	s := min(box.W, box.H)
	gray, _ := r.env.Theme.Color("#ced4da")
	white, _ := r.env.Theme.Color("white")
	ring := geom.RectCenter(box.Center().Add(geom.Pt(-s*0.12, -s*0.12)), s*0.6, s*0.6)
	handleC := box.Center().Add(geom.Pt(s*0.22, s*0.22))
	st := r.fillStyle(gray)
	st.Roughness = 1
	lens := r.fillStyle(white)
	lens.Roughness = 1
	return []scene.Item{
		{ID: id + ":handle", Kind: scene.Rect, Box: geom.RectCenter(handleC, s*0.6, s*0.1), Rotate: 45, Style: st},
		{ID: id + ":ring", Kind: scene.Ellipse, Box: ring, Style: st},
		{ID: id + ":lens", Kind: scene.Ellipse, Box: geom.RectCenter(ring.Center(), s*0.44, s*0.44), Style: lens},
	}
}

// warning is a red triangle with a yellow one inside and a black "!".
func warning(r resolver, id string, box geom.Rect) []scene.Item {
	w := min(box.W, box.H/0.9)
	h := w * 0.9
	c := box.Center()
	tri := func(k float64) []geom.Point {
		cc := c.Add(geom.Pt(0, h*(1-k)*0.12))
		return []geom.Point{cc.Add(geom.Pt(0, -h*k/2)), cc.Add(geom.Pt(w*k/2, h*k/2)), cc.Add(geom.Pt(-w*k/2, h*k/2))}
	}
	red, _ := r.env.Theme.Color("red")
	yellow, _ := r.env.Theme.Color("#fae005")
	black, _ := r.env.Theme.Color("#000000")
	style := func(c string) scene.Style {
		st := r.fillStyle(c)
		st.Roughness = 1
		return st
	}
	bar := geom.RectCenter(c.Add(geom.Pt(0, h*0.05)), w*0.09, h*0.3)
	dot := geom.RectCenter(c.Add(geom.Pt(0, h*0.3)), w*0.13, w*0.13)
	return []scene.Item{
		{ID: id + ":outer", Kind: scene.Polygon, Points: tri(1), Style: style(red)},
		{ID: id + ":inner", Kind: scene.Polygon, Points: tri(0.62), Style: style(yellow)},
		{ID: id + ":bar", Kind: scene.Rect, Box: bar, Style: style(black)},
		{ID: id + ":dot", Kind: scene.Ellipse, Box: dot, Style: style(black)},
	}
}
