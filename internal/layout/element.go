package layout

import (
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/sketchdeck/sketchdeck/internal/geom"
	"github.com/sketchdeck/sketchdeck/internal/scene"
	"github.com/sketchdeck/sketchdeck/internal/shape"
	"github.com/sketchdeck/sketchdeck/internal/spec"
)

// ElementOptions say how to turn one list of elements into scene items.
type ElementOptions struct {
	// File names the source in error messages.
	File string
	// Prefix starts every item id: "el:" in a drawing, the placement's id
	// and "/" in a part.
	Prefix string
	// Colors maps a colour as written (a part's role, or a palette name a
	// placement recolours) to a resolved colour; the theme resolves the rest.
	Colors map[string]string
	// Chain names the parts whose elements these are, outermost first;
	// empty for a drawing's own.
	Chain []string
}

// Elements turns elements into scene items, in order. Problems are
// returned as a spec.ErrorList positioned at the elements. Items and points
// count against env.Budget before they are made: past it, a part's
// elements return a *SceneError at once, and a drawing's own report it at
// the element that passed it.
func Elements(els []spec.Element, env Env, o ElementOptions) ([]scene.Item, error) {
	var errs spec.ErrorList
	env = env.bounded()
	d := &drawer{env: env, o: o, errs: &errs, boxes: map[string]geom.Rect{},
		r: resolver{env: env, file: o.File, errs: &errs, colors: o.Colors}}
	for i := range els {
		d.element(&els[i], i)
		if d.over == nil {
			continue
		}
		if len(o.Chain) > 0 {
			return nil, d.over
		}
		errs.Add(o.File, els[i].P, "", "%s", d.over)
		break
	}
	return d.items, errs.Err()
}

// drawer accumulates the items of one list of elements.
type drawer struct {
	env   Env
	o     ElementOptions
	errs  *spec.ErrorList
	r     resolver             // colours and styles, reported at the elements
	boxes map[string]geom.Rect // placed elements by id, for At
	items []scene.Item
	over  *SceneError // set when the budget ran out
}

// take counts n items and points against the budget before they are made;
// false once it has run out.
func (d *drawer) take(n int) bool {
	if d.over != nil {
		return false
	}
	if !d.env.Budget.Take(n) {
		d.over = &SceneError{Chain: d.o.Chain, Limit: d.env.Budget.Limit()}
		return false
	}
	return true
}

func (d *drawer) errorf(e *spec.Element, format string, args ...any) {
	d.errs.Add(d.o.File, e.P, "", format, args...)
}

// color resolves c (or def when c is empty): the options' map first, then
// the theme; an unknown name is reported at the element.
func (d *drawer) color(e *spec.Element, c spec.Color, def string) string {
	return d.r.color(c, def, e.P)
}

// origin is the point X and Y count from: the page's origin, or a point of
// the box of the element At names.
func (d *drawer) origin(e *spec.Element) geom.Point {
	p := geom.Pt(e.X, e.Y)
	if e.At == "" {
		return p
	}
	id, anchor := spec.SplitAt(e.At)
	b, ok := d.boxes[id]
	if !ok {
		d.errorf(e, "at: no element %q before this one", id)
		return p
	}
	return p.Add(anchorPoint(b, anchor))
}

func anchorPoint(b geom.Rect, anchor string) geom.Point {
	x, y := b.X, b.Y
	if strings.Contains(anchor, "e") {
		x += b.W
	}
	if strings.Contains(anchor, "s") {
		y += b.H
	}
	if anchor == "n" || anchor == "s" || anchor == "c" {
		x += b.W / 2
	}
	if anchor == "e" || anchor == "w" || anchor == "c" {
		y += b.H / 2
	}
	return geom.Pt(x, y)
}

// style resolves an element's stroke and fill.
func (d *drawer) style(e *spec.Element) scene.Style {
	l := look{Stroke: e.Stroke, StrokeWidth: e.StrokeWidth, StrokeStyle: e.StrokeStyle, Roughness: e.Roughness, Fill: e.Fill, FillStyle: e.FillStyle}
	return d.r.style(l, "", e.P, e.P)
}

// add appends an item, counting it (its points were counted when made).
func (d *drawer) add(it scene.Item) {
	if d.take(1) {
		d.items = append(d.items, it)
	}
}

// element draws one element and records its box for At.
func (d *drawer) element(e *spec.Element, i int) {
	id := d.o.Prefix + e.Name(i)
	o := d.origin(e)
	box := geom.Rect{X: o.X, Y: o.Y, W: e.Width, H: e.Height}
	from := len(d.items)
	defer func() {
		stamp(d.items[from:], int(e.Step))
		fade(d.items[from:], e.Opacity)
	}()
	switch e.Kind {
	case spec.ElemLine, spec.ElemArrow, spec.ElemPolygon, spec.ElemFreehand:
		box = d.line(e, id, d.points(e, o))
	case spec.ElemArc:
		d.arc(e, id, box)
	case spec.ElemText:
		box = d.text(e, id, o)
	case spec.ElemPart:
		box = d.part(e, id, box)
	case spec.ElemChart:
		d.chart(e, id, box)
	case spec.ElemStatus:
		d.status(e, id, box)
	case spec.ElemGrid:
		box = d.grid(e, id, o)
	case spec.ElemImage:
		box = d.image(e, id, o)
	default: // spec checked the kind: the others are internal/shape's outlines
		o, ok := shape.OutlineNamed(string(e.Kind))
		if !ok {
			panic("layout: element kind " + strconv.Quote(string(e.Kind)) + " is not in internal/shape's registry")
		}
		d.shape(e, id, box, o)
	}
	if e.ID != "" {
		d.boxes[e.ID] = box
	}
}

// shape draws a box shape and its label.
func (d *drawer) shape(e *spec.Element, id string, box geom.Rect, o *shape.Outline) {
	it := scene.Item{ID: id, Kind: scene.Kind(o.Name), Box: box, Rotate: e.Rotate, Style: d.style(e)}
	it.Radius, it.Cap = figureParams(o, e.Rounded, e.Cap, box)
	if o.Headed {
		// A block arrow's heads: arrow picks the ends, the end by default.
		it.Heads = heads(spec.Heads{Arrow: e.Arrow}, spec.ArrowEnd)
	}
	d.add(it)
	if e.Text != "" || len(e.Lines) > 0 {
		t := d.textSpec(e, id+":label")
		t.Align = scene.Center
		// Words wider than the shape (a longer translation) wrap inside
		// it, a quarter em from its sides, rather than spill out; a word
		// is never broken.
		if w, _ := measure(d.env.Text, t.Text, t.Size); w > box.W && box.W > t.Size/2 {
			t.Text = wrapWords(d.env.Text, t.Text, t.Size, box.W-t.Size/2)
		}
		d.addText(e, t, box, e.Rotate)
	}
}

// points are the element's points moved to its origin.
func (d *drawer) points(e *spec.Element, o geom.Point) []geom.Point {
	if !d.take(len(e.Points)) {
		return nil
	}
	pts := make([]geom.Point, 0, len(e.Points))
	for _, p := range e.Points {
		if len(p) == 2 {
			pts = append(pts, geom.Pt(o.X+p[0], o.Y+p[1]))
		}
	}
	return pts
}

// line draws a line, an arrow, a polygon or a pencil stroke; a smooth
// polygon is a fill under a closed curve.
func (d *drawer) line(e *spec.Element, id string, pts []geom.Point) geom.Rect {
	st := d.style(e)
	// The box is the points' bounds: the sketch stage turns the item
	// around its box's centre.
	it := scene.Item{ID: id, Points: pts, Box: geom.Bounds(pts), Rotate: e.Rotate, Style: st, Heads: elementHeads(e)}
	switch {
	case e.Kind == spec.ElemFreehand:
		it.Kind = scene.Freehand
	case e.Kind == spec.ElemPolygon && e.Smooth:
		d.smoothPolygon(it)
		return geom.Bounds(pts)
	case e.Kind == spec.ElemPolygon:
		it.Kind = scene.Polygon
	case e.Smooth:
		it.Kind = scene.Curve
	default:
		it.Kind = scene.Polyline
	}
	if len(pts) > 0 {
		d.add(it)
	}
	if e.Kind == spec.ElemLine || e.Kind == spec.ElemArrow {
		d.lineLabel(e, id, pts)
	}
	return geom.Bounds(pts)
}

func elementHeads(e *spec.Element) scene.Heads {
	return heads(e.HeadKeys(), e.DefaultArrow())
}

// smoothPolygon draws a closed curve through the points, as Excalidraw
// draws a closed round line: a fill along the curve, then its outline.
func (d *drawer) smoothPolygon(it scene.Item) {
	pts := it.Points
	if len(pts) < 3 {
		return
	}
	if pts[0] == pts[len(pts)-1] {
		pts = pts[:len(pts)-1]
	}
	if it.Style.FillStyle != scene.FillNone {
		fill := it
		fill.ID, fill.Kind = it.ID+":fill", scene.Polygon
		if !d.take(len(pts) * splineSteps) {
			return
		}
		fill.Points = closedSpline(pts, splineSteps)
		fill.Style.Stroke = "none"
		d.add(fill)
	}
	it.Kind = scene.Curve
	it.Style.Fill, it.Style.FillStyle = "", scene.FillNone
	if !d.take(len(pts) + 1) {
		return
	}
	it.Points = append(slices.Clone(pts), pts[0])
	d.add(it)
}

// splineSteps is how many points a smooth polygon's fill takes per span.
const splineSteps = 8

// closedSpline samples the closed Catmull-Rom curve through pts, n points
// per span.
func closedSpline(pts []geom.Point, n int) []geom.Point {
	m := len(pts)
	out := make([]geom.Point, 0, m*n)
	for i := range m {
		p0, p1, p2, p3 := pts[(i+m-1)%m], pts[i], pts[(i+1)%m], pts[(i+2)%m]
		for k := range n {
			t := float64(k) / float64(n)
			t2, t3 := t*t, t*t*t
			f := func(a, b, c, d float64) float64 {
				return 0.5 * (2*b + (c-a)*t + (2*a-5*b+4*c-d)*t2 + (3*b-a-3*c+d)*t3)
			}
			out = append(out, geom.Pt(f(p0.X, p1.X, p2.X, p3.X), f(p0.Y, p1.Y, p2.Y, p3.Y)))
		}
	}
	return out
}

// arc draws part of the ellipse inscribed in box, from Start to End
// degrees, as a curve.
func (d *drawer) arc(e *spec.Element, id string, box geom.Rect) {
	a0, a1 := e.Start, e.End
	if a1 <= a0 {
		a1 += 360
	}
	// spec bounds the sweep to MaxArcTurn (and NaN to none): at most 241
	// points, counted before they are made.
	n := max(4, int(math.Ceil(min(a1-a0, spec.MaxArcTurn+360)/15)))
	if !d.take(n + 1) {
		return
	}
	c := box.Center()
	pts := make([]geom.Point, n+1)
	for k := range pts {
		a := (a0 + (a1-a0)*float64(k)/float64(n)) * math.Pi / 180
		pts[k] = geom.Pt(c.X+box.W/2*math.Cos(a), c.Y+box.H/2*math.Sin(a))
	}
	st := d.style(e)
	st.Fill, st.FillStyle = "", scene.FillNone
	d.add(scene.Item{ID: id, Kind: scene.Curve, Points: pts, Rotate: e.Rotate, Style: st, Heads: elementHeads(e), Box: box})
}

func (d *drawer) textSpec(e *spec.Element, id string) textSpec {
	size := e.FontSize
	if size == 0 {
		size = d.env.Theme.FontSize
	}
	return textSpec{ID: id, Text: e.Text, Size: size, Color: d.color(e, e.Color, d.env.Theme.TextColor), Align: scene.Align(e.Align)}
}

// text draws a text block whose box's top-left corner is at o; a width
// wider than the words lets them align in it.
func (d *drawer) text(e *spec.Element, id string, o geom.Point) geom.Rect {
	t := d.textSpec(e, id)
	if t.Align == "" {
		t.Align = scene.Left
	}
	w, h := richText{plain: t.Text, lines: e.Lines, size: t.Size}.measure(d.env.Text)
	box := geom.Rect{X: o.X, Y: o.Y, W: max(w, e.Width), H: max(h, e.Height)}
	d.addText(e, t, box, e.Rotate)
	return box
}

// underline draws a line under each line of an underlined text, in its colour.
func (d *drawer) underline(e *spec.Element, it scene.Item) {
	if !e.Underline {
		return
	}
	st := d.style(e)
	st.Stroke, st.Fill, st.FillStyle = it.Text.Color, "", scene.FillNone
	gap := d.env.Text.Descent(it.Text.Size) * 0.6
	for k, l := range it.Text.Lines {
		x0 := l.X
		switch it.Text.Align {
		case scene.Center:
			x0 -= l.Width / 2
		case scene.Right:
			x0 -= l.Width
		}
		pts := []geom.Point{geom.Pt(x0, l.Y+gap), geom.Pt(x0+l.Width, l.Y+gap)}
		d.add(scene.Item{ID: it.ID + ":underline" + strconv.Itoa(k), Kind: scene.Polyline, Points: pts, Style: st})
	}
}

// fade makes the items of an element with an opacity that much more
// see-through: a part's items keep their own opacity, times the part's.
func fade(items []scene.Item, opacity *float64) {
	if opacity == nil {
		return
	}
	for i := range items {
		items[i].Transparency = 1 - (1-items[i].Transparency)*(*opacity)
	}
}
