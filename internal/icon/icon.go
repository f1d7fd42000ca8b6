package icon

import (
	"github.com/sketchdeck/sketchdeck/internal/geom"
)

// Icon is one icon, parsed: its strokes on a Size × Size grid.
type Icon struct {
	Set, Name string
	Category  string
	Tags      []string
	Size      float64
	Paths     []Path
}

// Path is one SVG path of an icon. A Filled one is painted with the pen's
// colour (Tabler's small solid dots and squares); the others are strokes.
type Path struct {
	Subpaths []Subpath
	Filled   bool
}

// QualifiedName is "SET:NAME".
func (ic *Icon) QualifiedName() string { return ic.Set + ":" + ic.Name }

// closeGap is how near (in grid units) a subpath's ends must be for it to
// count as closed: Tabler rounds its numbers, so a heart ends 0.006 away
// from where it began.
const closeGap = 0.1

// closedLoop tells whether a subpath ends where it starts (a Z, or a
// circle drawn as two arcs): only those take a fill.
func (s Subpath) closedLoop() bool {
	n := len(s.Points)
	return n >= 4 && (s.Closed || s.Points[0].Dist(s.Points[n-1]) < closeGap)
}

// extent is the larger side of the subpath's control-point bounds.
func (s Subpath) extent() float64 {
	b := geom.Bounds(s.Points)
	return max(b.W, b.H)
}

// flatten samples the chain of cubics into a polygon, steps points per
// segment.
func (s Subpath) flatten(steps int) []geom.Point {
	out := []geom.Point{s.Points[0]}
	for i := 0; i+3 < len(s.Points); i += 3 {
		a, b, c, d := s.Points[i], s.Points[i+1], s.Points[i+2], s.Points[i+3]
		for k := 1; k <= steps; k++ {
			out = append(out, geom.CubicAt(a, b, c, d, float64(k)/float64(steps)))
		}
	}
	return out
}
