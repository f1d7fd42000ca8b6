package sketch

import (
	"math"

	"github.com/sketchdeck/sketchdeck/internal/geom"
)

// maxDots bounds a dot fill: a 400×250 shape at the smallest default gap
// (4) needs about 6000; past that, dots are the wrong fill anyway.
const maxDots = 10000

// dotsFill is rough.js's dot filler: small rough ellipses, one fill weight
// across, every gap along hachure lines a gap apart, each nudged by up to a
// quarter gap so the grid does not look printed.
func (p *Pen) dotsFill(pts []geom.Point) Path {
	gap := math.Max(p.o.HachureGap, minHachureGap)
	lines := hachureLines(nil, pts, 0, gap)
	d := p.o.FillWeight
	steps := p.o.CurveStepCount
	p.o.CurveStepCount = 4 // a dot needs only a few points
	var ops []Op
	budget := maxDots
	for _, s := range lines {
		length := s.a.Dist(s.b)
		n := int(math.Min(length/gap, float64(budget)))
		if n < 1 {
			continue
		}
		budget -= n
		dir := s.b.Sub(s.a).Unit()
		first := (length - float64(n-1)*gap) / 2
		for i := range n {
			c := s.a.Add(dir.Scale(first + float64(i)*gap))
			if !p.clean() {
				c = c.Add(p.jitter(gap/4, 1))
			}
			ops = p.ellipseOps(ops, c, d, d)
		}
	}
	p.o.CurveStepCount = steps
	return Path{Role: FillLines, Width: p.o.FillWeight, Ops: ops}
}
