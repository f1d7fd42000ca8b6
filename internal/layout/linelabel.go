package layout

import (
	"math"
	"slices"

	"github.com/sketchdeck/sketchdeck/internal/geom"
	"github.com/sketchdeck/sketchdeck/internal/scene"
	"github.com/sketchdeck/sketchdeck/internal/spec"
)

// lineLabelGap is the blank between a line and its label, px.
const lineLabelGap = 8

// lineLabel writes a line's or an arrow's text beside the middle of its
// length, above it (or right of it when the middle runs straight up and
// down), so that the stroke never crosses the words.
func (d *drawer) lineLabel(e *spec.Element, id string, pts []geom.Point) {
	if e.Text == "" || len(pts) < 2 {
		return
	}
	mid, dir := midway(pts)
	n := geom.Pt(dir.Y, -dir.X) // a normal of the middle's segment
	if n.Y > 0 || n.Y == 0 && n.X < 0 {
		n = n.Scale(-1)
	}
	t := d.textSpec(e, id+":label")
	t.Align = scene.Center
	w, h := measure(d.env.Text, t.Text, t.Size)
	reach := math.Abs(n.X)*w/2 + math.Abs(n.Y)*h/2 + lineLabelGap
	c := mid.Add(n.Scale(reach))
	if e.Rotate != 0 { // the line turns around its box's centre: the label goes with it
		c = c.Rotate(geom.Bounds(pts).Center(), e.Rotate*math.Pi/180)
	}
	d.addLabel(e, t, geom.RectCenter(c, w, h), e.Rotate)
}

// midway is the point halfway along a polyline and the unit direction of
// the segment it lies on.
func midway(pts []geom.Point) (mid, dir geom.Point) {
	left := geom.Length(pts) / 2
	for i := 1; i < len(pts); i++ {
		seg := pts[i].Dist(pts[i-1])
		if seg > 0 && (left <= seg || i == len(pts)-1) {
			return pts[i-1].Lerp(pts[i], min(left/seg, 1)), pts[i].Sub(pts[i-1]).Unit()
		}
		left -= seg
	}
	return pts[0], geom.Pt(1, 0) // every point the same
}

// addLabel draws a text of an element in box, turned by rotate degrees
// around its centre, with the element's weight and underline.
func (d *drawer) addLabel(e *spec.Element, t textSpec, box geom.Rect, rotate float64) {
	it := textInBox(d.env.Text, t, box)
	it.Rotate = rotate
	if e.Weight > 0 {
		it.Text.Weight = e.Weight
	}
	d.add(it)
	d.underline(e, it)
}

// addText draws an element's words in box: its text as one item (see
// addLabel), or its lines each as their own (see richText). Rotate turns
// the whole block around box's centre.
func (d *drawer) addText(e *spec.Element, t textSpec, box geom.Rect, rotate float64) {
	if len(e.Lines) == 0 {
		d.addLabel(e, t, box, rotate)
		return
	}
	rt := richText{lines: e.Lines, size: t.Size, pos: e.P}
	c := box.Center()
	for _, it := range rt.items(d.r, t.ID, t.Color, t.Align, box) {
		if rotate != 0 {
			it = turnAbout(it, c, rotate)
		}
		if it.Text != nil && e.Weight > 0 {
			it.Text.Weight = e.Weight
		}
		d.add(it)
		if it.Text != nil {
			d.underline(e, it)
		}
	}
}

// turnAbout turns a line's item by deg around c: its text box's centre
// moves around c and the text turns about it; a stroke's points turn.
func turnAbout(it scene.Item, c geom.Point, deg float64) scene.Item {
	if it.Text == nil {
		pts := make([]geom.Point, len(it.Points))
		for i, p := range it.Points {
			pts[i] = p.Rotate(c, deg*math.Pi/180)
		}
		it.Points = pts
		return it
	}
	from := it.Box.Center()
	move := from.Rotate(c, deg*math.Pi/180).Sub(from)
	it.Box = it.Box.Translate(move)
	t := *it.Text
	t.Lines = slices.Clone(t.Lines)
	for i := range t.Lines {
		t.Lines[i].X += move.X
		t.Lines[i].Y += move.Y
	}
	it.Text, it.Rotate = &t, deg
	return it
}
