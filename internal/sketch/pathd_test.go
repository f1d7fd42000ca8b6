package sketch

import (
	"strings"

	"github.com/sketchdeck/sketchdeck/internal/geom"
)

// D is the path's SVG d attribute, every number written with format: for
// tests that compare paths or show them (the SVG backend writes its own,
// compact path data).
func (p Path) D(format func(float64) string) string {
	var b strings.Builder
	b.Grow(len(p.Ops) * 32)
	pt := func(q geom.Point) {
		b.WriteString(format(q.X))
		b.WriteByte(' ')
		b.WriteString(format(q.Y))
	}
	for i, op := range p.Ops {
		if i > 0 {
			b.WriteByte(' ')
		}
		switch op.Kind {
		case Move:
			b.WriteByte('M')
			pt(op.P[0])
		case Line:
			b.WriteByte('L')
			pt(op.P[0])
		case Cubic:
			b.WriteByte('C')
			pt(op.P[0])
			b.WriteByte(' ')
			pt(op.P[1])
			b.WriteByte(' ')
			pt(op.P[2])
		case Close:
			b.WriteByte('Z')
		}
	}
	return b.String()
}
