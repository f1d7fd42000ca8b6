package part

import (
	"fmt"
	"math"
	"slices"

	"github.com/sketchdeck/sketchdeck/internal/geom"
	"github.com/sketchdeck/sketchdeck/internal/layout"
	"github.com/sketchdeck/sketchdeck/internal/scene"
	"github.com/sketchdeck/sketchdeck/internal/spec"
)

// Place implements layout.Parts: it draws part name into box (its frame's
// aspect kept, centred), or at o.Scale times its size with its top-left
// corner at the box's when the box is empty, recoloured by o.Colors (a
// "stroke" recolours the ink of a part without a stroke role) and turned by
// o.Rotate. Item ids start with id and "/". A name that is no part is
// looked up among the icons (see placeIcon). Its items and points, and
// those of the parts it places, count against o.Budget as they are made:
// past it, the error is a *layout.SceneError naming the chain of parts
// being placed.
func (l *Library) Place(name, id string, box geom.Rect, o layout.PartOptions) ([]scene.Item, error) {
	e, ok := l.parts[name]
	if !ok {
		return l.placeIcon(name, id, box, o)
	}
	p, err := e.get()
	if err != nil {
		return nil, err
	}
	chain := append(slices.Clip(o.Chain), name)
	if slices.Contains(o.Chain, name) {
		// Load refuses such a library; this keeps Place finite regardless.
		return nil, fmt.Errorf("%s: a part cannot contain itself", layout.PartChain(chain))
	}
	colors, err := l.colors(p, o.Colors)
	if err != nil {
		return nil, err
	}
	env := l.env
	env.Budget = o.Budget
	items, err := layout.Elements(p.Elements, env, layout.ElementOptions{File: p.File, Prefix: id + "/", Colors: colors, Chain: chain})
	if err != nil {
		return nil, err
	}
	from := frameOf(p, items)
	to := fit(from, box, o.Scale)
	k := to.W / from.W
	for i := range items {
		transform(&items[i], func(q geom.Point) geom.Point {
			return geom.Pt(to.X+(q.X-from.X)*k, to.Y+(q.Y-from.Y)*k)
		}, k)
	}
	if o.Rotate != 0 {
		rotate(items, to.Center(), o.Rotate)
	}
	return items, nil
}

// colors maps the part's roles to their resolved colours (the placement's
// override, or the role's default), and any other overridden name to its
// new colour.
func (l *Library) colors(p *spec.Part, over map[string]string) (map[string]string, error) {
	out := make(map[string]string, len(p.Colors)+len(over))
	for role, def := range p.Colors {
		c, err := l.env.Theme.Color(string(def))
		if err != nil {
			return nil, fmt.Errorf("%s: colors.%s: %w", p.File, role, err)
		}
		out[role] = c
	}
	for k, v := range over {
		out[k] = v
	}
	// A part without a stroke role draws its lines in the theme's ink: a
	// "stroke" override recolours that ink, as it recolours an icon's.
	if v, ok := over["stroke"]; ok {
		if _, role := p.Colors["stroke"]; !role {
			out[l.env.Theme.Stroke] = v
		}
	}
	return out, nil
}

// frameOf is the part's frame: its declared size from the origin, or the
// bounds of what it draws.
func frameOf(p *spec.Part, items []scene.Item) geom.Rect {
	if p.Width > 0 && p.Height > 0 {
		return geom.Rect{W: p.Width, H: p.Height}
	}
	var r geom.Rect
	for _, it := range items {
		r = r.Union(itemBox(it))
	}
	if r.W <= 0 {
		r.W = 1
	}
	if r.H <= 0 {
		r.H = 1
	}
	return r
}

func itemBox(it scene.Item) geom.Rect {
	b := it.Box
	if len(it.Points) > 0 {
		b = geom.Bounds(it.Points)
	}
	return b.Turned(it.Box.Center(), it.Rotate)
}

// fit is where a frame goes in box: the largest copy of the frame centred
// in it, or a scaled copy at its corner when box has no size.
func fit(from, box geom.Rect, scale float64) geom.Rect {
	if scale <= 0 {
		scale = 1
	}
	var k float64
	switch {
	case box.W > 0 && box.H > 0:
		r, _ := box.Fit(from.W, from.H)
		return r
	case box.W > 0:
		k = box.W / from.W
	case box.H > 0:
		k = box.H / from.H
	default:
		k = scale
	}
	return geom.Rect{X: box.X, Y: box.Y, W: from.W * k, H: from.H * k}
}

// transform moves an item's geometry through f, a scaling by k and a
// translation; text sizes scale with it, stroke widths do not (a pen is a
// pen, whatever the size of the drawing).
func transform(it *scene.Item, f func(geom.Point) geom.Point, k float64) {
	if it.Box != (geom.Rect{}) {
		o := f(it.Box.Min())
		it.Box = geom.Rect{X: o.X, Y: o.Y, W: it.Box.W * k, H: it.Box.H * k}
	}
	for j := range it.Points {
		it.Points[j] = f(it.Points[j])
	}
	if t := it.Text; t != nil {
		t.Size *= k
		for j := range t.Lines {
			q := f(geom.Pt(t.Lines[j].X, t.Lines[j].Y))
			t.Lines[j].X, t.Lines[j].Y = q.X, q.Y
			t.Lines[j].Width *= k
		}
	}
}

// rotate turns every item by deg degrees clockwise around c: points turn
// with it; boxes and texts move their centre and turn on it.
func rotate(items []scene.Item, c geom.Point, deg float64) {
	a := deg * math.Pi / 180
	for i := range items {
		it := &items[i]
		if len(it.Points) > 0 {
			for j := range it.Points {
				it.Points[j] = it.Points[j].Rotate(c, a)
			}
			if it.Box != (geom.Rect{}) {
				it.Box = geom.RectCenter(it.Box.Center().Rotate(c, a), it.Box.W, it.Box.H)
			}
			continue
		}
		old := it.Box.Center()
		d := old.Rotate(c, a).Sub(old)
		it.Box = it.Box.Translate(d)
		if it.Text != nil {
			for j := range it.Text.Lines {
				it.Text.Lines[j].X += d.X
				it.Text.Lines[j].Y += d.Y
			}
		}
		it.Rotate += deg
	}
}
