package png

import (
	"math"

	"github.com/sketchdeck/sketchdeck/internal/geom"
	"github.com/sketchdeck/sketchdeck/internal/sketch"
)

// tolerance is how far, in device pixels, a flattened curve may stray
// from the true one: well under what anti-aliasing shows.
const tolerance = 0.1

// poly is one flattened subpath in device pixels.
type poly struct {
	pts    []geom.Point
	closed bool
}

// flattener turns path commands into polygons in device pixels; it is
// also a text.Pen, for glyph outlines.
type flattener struct {
	m     geom.Affine
	polys []poly
	buf   []geom.Point // backing store of every poly's points
	cur   geom.Point   // the pen, in device pixels
	open  bool         // a subpath is under way
	start int          // its first point in buf
}

func (f *flattener) reset(m geom.Affine) {
	f.m, f.polys, f.buf, f.open = m, f.polys[:0], f.buf[:0], false
}

// ops flattens sketched path commands.
func (f *flattener) ops(ops []sketch.Op) {
	for _, op := range ops {
		switch op.Kind {
		case sketch.Move:
			f.MoveTo(op.P[0].X, op.P[0].Y)
		case sketch.Line:
			f.LineTo(op.P[0].X, op.P[0].Y)
		case sketch.Cubic:
			f.cubic(f.m.Apply(op.P[0]), f.m.Apply(op.P[1]), f.m.Apply(op.P[2]))
		case sketch.Close:
			f.Close()
		}
	}
	f.end(false)
}

// end finishes the subpath under way.
func (f *flattener) end(closed bool) {
	if f.open {
		f.polys = append(f.polys, poly{pts: f.buf[f.start:len(f.buf):len(f.buf)], closed: closed})
		f.open = false
	}
}

func (f *flattener) MoveTo(x, y float64) {
	f.end(false)
	f.cur = f.m.Apply(geom.Pt(x, y))
	f.open, f.start = true, len(f.buf)
	f.buf = append(f.buf, f.cur)
}

// begin starts a subpath at the pen when a drawing command has none (SVG
// starts it where the last one ended).
func (f *flattener) begin() {
	if !f.open {
		f.open, f.start = true, len(f.buf)
		f.buf = append(f.buf, f.cur)
	}
}

func (f *flattener) LineTo(x, y float64) {
	f.begin()
	f.cur = f.m.Apply(geom.Pt(x, y))
	f.buf = append(f.buf, f.cur)
}

func (f *flattener) QuadTo(cx, cy, x, y float64) {
	f.begin()
	p0, p1, p2 := f.cur, f.m.Apply(geom.Pt(cx, cy)), f.m.Apply(geom.Pt(x, y))
	dd := math.Hypot(p0.X-2*p1.X+p2.X, p0.Y-2*p1.Y+p2.Y)
	n := steps(math.Sqrt(dd / (4 * tolerance)))
	for i := 1; i <= n; i++ {
		t := float64(i) / float64(n)
		u := 1 - t
		f.buf = append(f.buf, geom.Point{X: u*u*p0.X + 2*u*t*p1.X + t*t*p2.X, Y: u*u*p0.Y + 2*u*t*p1.Y + t*t*p2.Y})
	}
	f.cur = p2
}

// cubic flattens a cubic Bézier from the pen, in device pixels, into as
// few equal steps in t as keep it within tolerance (Wang's bound).
func (f *flattener) cubic(p1, p2, p3 geom.Point) {
	f.begin()
	p0 := f.cur
	dd := math.Max(math.Hypot(p0.X-2*p1.X+p2.X, p0.Y-2*p1.Y+p2.Y), math.Hypot(p1.X-2*p2.X+p3.X, p1.Y-2*p2.Y+p3.Y))
	n := steps(math.Sqrt(0.75 * dd / tolerance))
	for i := 1; i <= n; i++ {
		t := float64(i) / float64(n)
		u := 1 - t
		a, b, c, d := u*u*u, 3*u*u*t, 3*u*t*t, t*t*t
		f.buf = append(f.buf, geom.Point{X: a*p0.X + b*p1.X + c*p2.X + d*p3.X, Y: a*p0.Y + b*p1.Y + c*p2.Y + d*p3.Y})
	}
	f.cur = p3
}

// steps rounds a step count up, within 1 and 1000 (a curve so long it
// needs more is far off the page).
func steps(n float64) int {
	if !(n >= 1) { // NaN too
		return 1
	}
	return int(math.Min(math.Ceil(n), 1000))
}

// Close closes the subpath under way; the pen goes back to its start.
func (f *flattener) Close() {
	if !f.open {
		return
	}
	first := f.buf[f.start]
	f.end(true)
	f.cur = first
}
