package excalout

import (
	"math"

	"github.com/sketchdeck/sketchdeck/internal/geom"
)

// bindable are the element types an arrow may be bound to.
var bindable = map[string]bool{"rectangle": true, "ellipse": true, "diamond": true, "text": true, "image": true, "frame": true}

// bind binds each arrow's ends to the shapes the edge joins, when they
// were written as bindable elements (a figure drawn as lines binds by its
// invisible box), and
// lists the arrow among each shape's bound elements.
func (w *writer) bind() {
	for _, ed := range w.edges {
		a := &w.els[ed.el]
		pts := a.Points
		start := geom.Pt(a.X+pts[0][0], a.Y+pts[0][1])
		end := geom.Pt(a.X+pts[len(pts)-1][0], a.Y+pts[len(pts)-1][1])
		a.StartBinding = w.binding(ed.from, a.ID, start)
		a.EndBinding = w.binding(ed.to, a.ID, end)
	}
}

// binding binds an end at p of arrow to the element id, or is nil.
func (w *writer) binding(id, arrow string, p geom.Point) *Binding {
	i, ok := w.at[id]
	if id == "" || !ok || !bindable[w.els[i].Type] {
		return nil
	}
	s := &w.els[i]
	b := geom.Rect{X: s.X, Y: s.Y, W: s.Width, H: s.Height}
	if !hasBound(s.BoundElements, arrow) {
		s.BoundElements = append(s.BoundElements, BoundElement{ID: arrow, Type: "arrow"})
	}
	return &Binding{ElementID: id, Gap: round(gap(b, p)), FixedPoint: [2]float64{ratio(p.X, b.X, b.W), ratio(p.Y, b.Y, b.H)}, Mode: "orbit"}
}

func hasBound(bs []BoundElement, id string) bool {
	for _, b := range bs {
		if b.ID == id {
			return true
		}
	}
	return false
}

// ratio is where v lies along [lo, lo+size], as a fraction rounded to
// 1e-4, never exactly a half (Excalidraw nudges those off the centre line).
func ratio(v, lo, size float64) float64 {
	if size == 0 {
		return 0.5001
	}
	r := math.Round((v-lo)/size*1e4) / 1e4
	if math.Abs(r-0.5) < 1e-4 {
		r = 0.5001
	}
	return r
}

// gap is how far p lies outside b (0 inside).
func gap(b geom.Rect, p geom.Point) float64 {
	dx := max(b.X-p.X, 0, p.X-(b.X+b.W))
	dy := max(b.Y-p.Y, 0, p.Y-(b.Y+b.H))
	return math.Hypot(dx, dy)
}
