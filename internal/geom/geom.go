package geom

import "math"

// Point is a position in SVG user units (pixels), y pointing down.
type Point struct {
	X float64 `json:"x"`
	Y float64 `json:"y"`
}

// Pt is shorthand for Point{x, y}.
func Pt(x, y float64) Point { return Point{X: x, Y: y} }

// Add returns p+q.
func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }

// Sub returns p-q.
func (p Point) Sub(q Point) Point { return Point{p.X - q.X, p.Y - q.Y} }

// Scale returns p*k.
func (p Point) Scale(k float64) Point { return Point{p.X * k, p.Y * k} }

// Len is the distance of p from the origin.
func (p Point) Len() float64 { return math.Hypot(p.X, p.Y) }

// Dist is the distance between p and q.
func (p Point) Dist(q Point) float64 { return math.Hypot(p.X-q.X, p.Y-q.Y) }

// Finite reports whether both coordinates are numbers, neither infinite
// nor NaN.
func (p Point) Finite() bool {
	return !math.IsNaN(p.X) && !math.IsInf(p.X, 0) && !math.IsNaN(p.Y) && !math.IsInf(p.Y, 0)
}

// Lerp returns the point a fraction t of the way from p to q.
func (p Point) Lerp(q Point, t float64) Point {
	return Point{p.X + (q.X-p.X)*t, p.Y + (q.Y-p.Y)*t}
}

// Unit returns p scaled to length 1 (the zero vector stays zero).
func (p Point) Unit() Point {
	l := p.Len()
	if l == 0 {
		return Point{}
	}
	return Point{p.X / l, p.Y / l}
}

// Rotate returns p rotated by angle radians around c.
func (p Point) Rotate(c Point, angle float64) Point {
	s, co := math.Sincos(angle)
	d := p.Sub(c)
	return Point{c.X + d.X*co - d.Y*s, c.Y + d.X*s + d.Y*co}
}

// Rect is an axis-aligned rectangle: top-left corner and size.
type Rect struct {
	X float64 `json:"x"`
	Y float64 `json:"y"`
	W float64 `json:"w"`
	H float64 `json:"h"`
}

// RectCenter returns the w×h rectangle centred on c.
func RectCenter(c Point, w, h float64) Rect { return Rect{c.X - w/2, c.Y - h/2, w, h} }

// Center is the centre of r.
func (r Rect) Center() Point { return Point{r.X + r.W/2, r.Y + r.H/2} }

// Min is the top-left corner of r.
func (r Rect) Min() Point { return Point{r.X, r.Y} }

// Max is the bottom-right corner of r.
func (r Rect) Max() Point { return Point{r.X + r.W, r.Y + r.H} }

// Corners are r's corners clockwise from the top-left (y down). An array,
// so that a caller that measures thousands of boxes allocates nothing.
func (r Rect) Corners() [4]Point {
	return [4]Point{{r.X, r.Y}, {r.X + r.W, r.Y}, {r.X + r.W, r.Y + r.H}, {r.X, r.Y + r.H}}
}

// Fit is the largest box of the aspect of w×h that r holds, centred in
// r, and the scale that takes w×h to it: where a picture is shown in a
// box.
func (r Rect) Fit(w, h float64) (Rect, float64) {
	k := min(r.W/w, r.H/h)
	return RectCenter(r.Center(), w*k, h*k), k
}

// Translate returns r moved by d.
func (r Rect) Translate(d Point) Rect { return Rect{r.X + d.X, r.Y + d.Y, r.W, r.H} }

// Inset returns r shrunk by d on every side (grown when d < 0).
func (r Rect) Inset(d float64) Rect { return Rect{r.X + d, r.Y + d, r.W - 2*d, r.H - 2*d} }

// Empty reports whether r has no area.
func (r Rect) Empty() bool { return r.W <= 0 || r.H <= 0 }

// Union is the smallest rectangle holding r and s; an empty rectangle is ignored.
func (r Rect) Union(s Rect) Rect {
	if r.W == 0 && r.H == 0 {
		return s
	}
	if s.W == 0 && s.H == 0 {
		return r
	}
	x0, y0 := math.Min(r.X, s.X), math.Min(r.Y, s.Y)
	x1, y1 := math.Max(r.X+r.W, s.X+s.W), math.Max(r.Y+r.H, s.Y+s.H)
	return Rect{x0, y0, x1 - x0, y1 - y0}
}

// Overlaps reports whether r and s share some area.
func (r Rect) Overlaps(s Rect) bool {
	return r.X < s.X+s.W && s.X < r.X+r.W && r.Y < s.Y+s.H && s.Y < r.Y+r.H
}

// Contains reports whether p lies inside r or on its border.
func (r Rect) Contains(p Point) bool {
	return p.X >= r.X && p.X <= r.X+r.W && p.Y >= r.Y && p.Y <= r.Y+r.H
}

// Bounds is the bounding box of pts (zero Rect when pts is empty).
func Bounds(pts []Point) Rect {
	if len(pts) == 0 {
		return Rect{}
	}
	x0, y0, x1, y1 := pts[0].X, pts[0].Y, pts[0].X, pts[0].Y
	for _, p := range pts[1:] {
		x0, y0 = math.Min(x0, p.X), math.Min(y0, p.Y)
		x1, y1 = math.Max(x1, p.X), math.Max(y1, p.Y)
	}
	return Rect{x0, y0, x1 - x0, y1 - y0}
}

// Turned is the bounding box of r turned by deg degrees clockwise around
// c: what an item drawn in r with a rotation covers.
func (r Rect) Turned(c Point, deg float64) Rect {
	if deg == 0 {
		return r
	}
	a := deg * math.Pi / 180
	pts := r.Corners()
	for i := range pts {
		pts[i] = pts[i].Rotate(c, a)
	}
	return Bounds(pts[:])
}

// Length is the length of the polyline through pts.
func Length(pts []Point) float64 {
	l := 0.0
	for i := 1; i < len(pts); i++ {
		l += pts[i].Dist(pts[i-1])
	}
	return l
}

// ArcPoints are n+1 points evenly spaced in angle along the ellipse of
// radii rx and ry centred on c, from angle from to angle to (radians,
// clockwise on screen from the positive x axis), both ends included: an
// arc, or with a whole turn and the last point dropped, an ellipse, as
// the polygon that stands for it.
func ArcPoints(c Point, rx, ry, from, to float64, n int) []Point {
	pts := make([]Point, n+1)
	for k := range pts {
		a := from + (to-from)*float64(k)/float64(n)
		pts[k] = Point{c.X + rx*math.Cos(a), c.Y + ry*math.Sin(a)}
	}
	return pts
}

// CubicAt is the point at t of the cubic Bézier a b c d (a and d its ends,
// b and c its control points).
func CubicAt(a, b, c, d Point, t float64) Point {
	u := 1 - t
	w0, w1, w2, w3 := u*u*u, 3*u*u*t, 3*u*t*t, t*t*t
	return Point{w0*a.X + w1*b.X + w2*c.X + w3*d.X, w0*a.Y + w1*b.Y + w2*c.Y + w3*d.Y}
}
