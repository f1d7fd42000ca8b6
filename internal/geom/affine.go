package geom

import "math"

// Affine maps (x, y) to (A·x + C·y + E, B·x + D·y + F): SVG's
// matrix(a b c d e f), PDF's cm. The PNG backend and internal/svgpic place
// paths, glyphs and pictures with it; the PDF backend turns them with it.
type Affine struct{ A, B, C, D, E, F float64 }

// Identity is the Affine that leaves every point where it is.
func Identity() Affine { return Affine{A: 1, D: 1} }

// Translation moves by (x, y).
func Translation(x, y float64) Affine { return Affine{A: 1, D: 1, E: x, F: y} }

// Scaling scales by sx across and sy down, from the origin.
func Scaling(sx, sy float64) Affine { return Affine{A: sx, D: sy} }

// Rotation turns by deg degrees clockwise (y down) around c.
func Rotation(deg float64, c Point) Affine {
	s, co := math.Sincos(deg * math.Pi / 180)
	return Translation(-c.X, -c.Y).Then(Affine{A: co, B: s, C: -s, D: co}).Then(Translation(c.X, c.Y))
}

// Apply is p mapped by m.
func (m Affine) Apply(p Point) Point {
	return Point{m.A*p.X + m.C*p.Y + m.E, m.B*p.X + m.D*p.Y + m.F}
}

// Then is m followed by n: m.Then(n).Apply(p) is n.Apply(m.Apply(p)).
func (m Affine) Then(n Affine) Affine {
	return Affine{
		A: n.A*m.A + n.C*m.B, B: n.B*m.A + n.D*m.B,
		C: n.A*m.C + n.C*m.D, D: n.B*m.C + n.D*m.D,
		E: n.A*m.E + n.C*m.F + n.E, F: n.B*m.E + n.D*m.F + n.F,
	}
}

// Scale is how much m scales a length, on average: what a stroke's width
// becomes (exact for a uniform scale and a turn).
func (m Affine) Scale() float64 { return math.Sqrt(math.Abs(m.A*m.D - m.B*m.C)) }
