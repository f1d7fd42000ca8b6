package layout

import (
	"context"
	"errors"
	"maps"
	"math"
	"slices"
	"strconv"

	"github.com/sketchdeck/sketchdeck/internal/geom"
	"github.com/sketchdeck/sketchdeck/internal/scene"
	"github.com/sketchdeck/sketchdeck/internal/spec"
)

// Drawing lays out the drawing kind: every element where its coordinates
// put it, parts drawn by the library in Env.Parts, the whole framed with
// the title above it.
type Drawing struct{}

// Layout implements Engine.
func (Drawing) Layout(ctx context.Context, d *spec.Diagram, env Env) (*scene.Scene, error) {
	env = env.bounded()
	items, err := Elements(d.Elements, env, ElementOptions{File: d.File, Prefix: "el:"})
	if err != nil {
		return nil, err
	}
	if env.Original != nil {
		// The author placed every text: it moves to make room only in a
		// translation.
		makeRoom(d, env, items, textMovers(d.Elements, items, "el:"))
	}
	return frame(d, env, items, d.Layout.Margin), nil
}

// part asks the library to draw a part into the element's box (or at its
// scale) and returns the box it took.
func (d *drawer) part(e *spec.Element, id string, box geom.Rect) geom.Rect {
	if d.env.Parts == nil {
		d.errorf(e, "part %q: no parts library is loaded", e.Part)
		return box
	}
	if err := d.env.Parts.Check(e.Part); err != nil {
		d.errs.Add(d.o.File, e.PartP, "", "%v", err)
		return box
	}
	o := PartOptions{Rotate: e.Rotate, Scale: e.Scale, Colors: map[string]string{}, Budget: d.env.Budget, Chain: d.o.Chain}
	for _, k := range slices.Sorted(maps.Keys(e.Colors)) {
		o.Colors[k] = d.color(e, e.Colors[k], "")
	}
	items, err := d.env.Parts.Place(e.Part, id, box, o)
	var over *SceneError
	if errors.As(err, &over) {
		d.over = over
		return box
	}
	if err != nil {
		d.errorf(e, "part %q: %v", e.Part, err)
		return box
	}
	d.items = append(d.items, items...)
	if box.W == 0 || box.H == 0 {
		return bounds(items)
	}
	return box
}

// grid draws a logo-sized grid of coloured squares, row by row, with its
// top-left corner at o.
func (d *drawer) grid(e *spec.Element, id string, o geom.Point) geom.Rect {
	cols := e.Columns
	if cols == 0 {
		cols = int(math.Ceil(math.Sqrt(float64(len(e.Cells)))))
	}
	size, gap := e.Size, e.Gap
	if size == 0 {
		size = 22
	}
	if gap == 0 {
		gap = 4
	}
	for k, c := range e.Cells {
		col := d.color(e, c, "")
		st := d.style(e)
		if e.Stroke == "" {
			st.Stroke = col
		}
		st.Fill, st.FillStyle = col, scene.FillSolid
		r, q := k/cols, k%cols
		box := geom.Rect{X: o.X + float64(q)*(size+gap), Y: o.Y + float64(r)*(size+gap), W: size, H: size}
		d.add(scene.Item{ID: id + ":" + strconv.Itoa(k), Kind: scene.Rect, Box: box, Style: st})
	}
	rows := (len(e.Cells) + cols - 1) / cols
	return geom.Rect{X: o.X, Y: o.Y, W: float64(cols)*(size+gap) - gap, H: float64(rows)*(size+gap) - gap}
}
