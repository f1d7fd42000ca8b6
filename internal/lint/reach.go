package lint

import (
	"math"

	"github.com/sketchdeck/sketchdeck/internal/geom"
)

// reachPad grows a piece's reach past its geometry: a segment along an
// axis has no area of its own, and crossed accepts strokes up to half a
// pixel outside a line's bounds.
const reachPad = 1

// reach is the box outside which p can neither overlap a text nor cross
// one: its text lines and its strokes, grown by reachPad. It is empty for
// a piece that has neither (a fill alone): such a piece never clashes.
func (p *piece) reach() geom.Rect {
	var r geom.Rect
	for _, l := range p.lines {
		r = r.Union(l.bounds)
	}
	if len(p.strokes) > 0 {
		x0, y0 := math.Inf(1), math.Inf(1)
		x1, y1 := math.Inf(-1), math.Inf(-1)
		for _, s := range p.strokes {
			x0, x1 = min(x0, s.a.X, s.b.X), max(x1, s.a.X, s.b.X)
			y0, y1 = min(y0, s.a.Y, s.b.Y), max(y1, s.a.Y, s.b.Y)
		}
		// Union ignores a box of no size: give the strokes one.
		r = r.Union(geom.Rect{X: x0, Y: y0, W: x1 - x0, H: y1 - y0}.Inset(-reachPad))
	}
	if len(p.lines) == 0 && len(p.strokes) == 0 {
		return geom.Rect{}
	}
	return r.Inset(-reachPad)
}

// gridCells is about how many cells a room's grid has along its longer
// side; gridWide is how many cells a piece may cover before it is kept
// apart and tried against every query instead (a long edge), as is a
// piece moved out of the grid's reach.
const (
	gridCells = 128
	gridWide  = 256
)

// grid finds the pieces whose reach may meet a box, so that a room asks
// about its neighbours, not about every item of a large graph.
type grid struct {
	cell  float64
	cells map[[2]int][]int
	wide  []int
	span  [][4]int // each piece's cells (x0, y0, x1, y1), or x0 > x1 when in wide or absent
	lim   [4]int   // the cells of every reach at the start: a query looks no further
	seen  []int    // query stamps, one per piece
	stamp int
}

// newGrid indexes reaches (one per piece; an empty one is left out).
func newGrid(reaches []geom.Rect) *grid {
	var all geom.Rect
	for _, r := range reaches {
		if !r.Empty() {
			all = all.Union(r)
		}
	}
	g := &grid{cell: max(all.W, all.H, 1) / gridCells, cells: map[[2]int][]int{},
		span: make([][4]int, len(reaches)), seen: make([]int, len(reaches))}
	// Moved pieces stay within a few ems of where they were: one cell of
	// margin, or more for a room of tiny extent, keeps them findable.
	g.lim = g.cellsOf(all.Inset(-max(all.W, all.H, 1)))
	for i, r := range reaches {
		g.add(i, r)
	}
	return g
}

func (g *grid) cellsOf(r geom.Rect) [4]int {
	return [4]int{int(math.Floor(r.X / g.cell)), int(math.Floor(r.Y / g.cell)),
		int(math.Floor((r.X + r.W) / g.cell)), int(math.Floor((r.Y + r.H) / g.cell))}
}

func (g *grid) add(i int, r geom.Rect) {
	if r.Empty() {
		g.span[i] = [4]int{1, 0, 0, 0}
		return
	}
	s := g.cellsOf(r)
	outside := s[0] < g.lim[0] || s[1] < g.lim[1] || s[2] > g.lim[2] || s[3] > g.lim[3]
	if outside || (s[2]-s[0]+1)*(s[3]-s[1]+1) > gridWide {
		g.wide = append(g.wide, i)
		g.span[i] = [4]int{1, 0, 0, 0}
		return
	}
	g.span[i] = s
	for y := s[1]; y <= s[3]; y++ {
		for x := s[0]; x <= s[2]; x++ {
			g.cells[[2]int{x, y}] = append(g.cells[[2]int{x, y}], i)
		}
	}
}

func (g *grid) remove(i int) {
	s := g.span[i]
	if s[0] > s[2] {
		g.wide = dropIndex(g.wide, i)
		return
	}
	for y := s[1]; y <= s[3]; y++ {
		for x := s[0]; x <= s[2]; x++ {
			k := [2]int{x, y}
			g.cells[k] = dropIndex(g.cells[k], i)
		}
	}
}

// move re-indexes piece i at its new reach.
func (g *grid) move(i int, r geom.Rect) {
	g.remove(i)
	g.add(i, r)
}

func dropIndex(s []int, i int) []int {
	for k, v := range s {
		if v == i {
			return append(s[:k], s[k+1:]...)
		}
	}
	return s
}

// near calls f with each piece whose cells meet r's, each once, until f
// returns true; it reports whether one did.
func (g *grid) near(r geom.Rect, f func(i int) bool) bool {
	g.stamp++
	visit := func(i int) bool {
		if g.seen[i] == g.stamp {
			return false
		}
		g.seen[i] = g.stamp
		return f(i)
	}
	for _, i := range g.wide {
		if visit(i) {
			return true
		}
	}
	if r.Empty() {
		return false
	}
	s := g.cellsOf(r)
	for y := max(s[1], g.lim[1]); y <= min(s[3], g.lim[3]); y++ {
		for x := max(s[0], g.lim[0]); x <= min(s[2], g.lim[2]); x++ {
			for _, i := range g.cells[[2]int{x, y}] {
				if visit(i) {
					return true
				}
			}
		}
	}
	return false
}
