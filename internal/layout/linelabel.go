package layout

import (
	"math"

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
	total := 0.0
	for i := 1; i < len(pts); i++ {
		total += pts[i].Dist(pts[i-1])
	}
	left := total / 2
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
