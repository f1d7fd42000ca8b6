package icon

import (
	"math"

	"github.com/sketchdeck/sketchdeck/internal/geom"
)

// arc appends an SVG elliptical arc from the current point to end as
// cubics, each at most a quarter turn, following the endpoint-to-centre
// conversion of the SVG specification (appendix F.6.5): out-of-range radii
// are scaled up, a zero radius is a straight line, a zero-length arc
// nothing.
func (p *pathParser) arc(rx, ry, rotDeg float64, large, sweep bool, end geom.Point) {
	start := p.cur
	if start.Dist(end) < 1e-12 {
		return
	}
	rx, ry = math.Abs(rx), math.Abs(ry)
	if rx == 0 || ry == 0 {
		p.line(end)
		return
	}
	phi := rotDeg * math.Pi / 180
	cos, sin := math.Cos(phi), math.Sin(phi)
	// The midpoint, in the ellipse's axes.
	dx, dy := (start.X-end.X)/2, (start.Y-end.Y)/2
	x1 := cos*dx + sin*dy
	y1 := -sin*dx + cos*dy
	if l := x1*x1/(rx*rx) + y1*y1/(ry*ry); l > 1 {
		s := math.Sqrt(l)
		rx, ry = rx*s, ry*s
	}
	num := rx*rx*ry*ry - rx*rx*y1*y1 - ry*ry*x1*x1
	den := rx*rx*y1*y1 + ry*ry*x1*x1
	k := math.Sqrt(math.Max(0, num/den))
	if large == sweep {
		k = -k
	}
	cx1, cy1 := k*rx*y1/ry, -k*ry*x1/rx
	cx := cos*cx1 - sin*cy1 + (start.X+end.X)/2
	cy := sin*cx1 + cos*cy1 + (start.Y+end.Y)/2
	theta := math.Atan2((y1-cy1)/ry, (x1-cx1)/rx)
	delta := math.Atan2((-y1-cy1)/ry, (-x1-cx1)/rx) - theta
	if sweep && delta < 0 {
		delta += 2 * math.Pi
	} else if !sweep && delta > 0 {
		delta -= 2 * math.Pi
	}
	n := int(math.Ceil(math.Abs(delta)/(math.Pi/2) - 1e-9))
	step := delta / float64(n)
	h := 4.0 / 3 * math.Tan(step/4)
	at := func(t float64) (geom.Point, geom.Point) { // point and derivative
		ct, st := math.Cos(t), math.Sin(t)
		pt := geom.Pt(cx+rx*ct*cos-ry*st*sin, cy+rx*ct*sin+ry*st*cos)
		d := geom.Pt(-rx*st*cos-ry*ct*sin, -rx*st*sin+ry*ct*cos)
		return pt, d
	}
	for i := range n {
		t0, t1 := theta+float64(i)*step, theta+float64(i+1)*step
		a, da := at(t0)
		b, db := at(t1)
		if i == n-1 {
			b = end // land exactly where the path says
		}
		p.cubic(a.Add(da.Scale(h)), b.Sub(db.Scale(h)), b)
	}
}
