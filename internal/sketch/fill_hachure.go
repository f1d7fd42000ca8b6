package sketch

import (
	"math"
	"slices"

	"github.com/sketchdeck/sketchdeck/internal/geom"
	"github.com/sketchdeck/sketchdeck/internal/scene"
)

// segment is a straight piece of fill line.
type segment struct{ a, b geom.Point }

// hachureFill draws parallel rough lines across the polygon (hachure), two
// crossing sets (cross-hatch), or the lines joined end to start (zigzag).
func (p *Pen) hachureFill(pts []geom.Point, style scene.FillStyle) Path {
	angle, gap := p.o.HachureAngle, p.o.HachureGap
	lines := hachureLines(nil, pts, angle, gap)
	switch style {
	case scene.FillCrossHatch:
		lines = hachureLines(lines, pts, angle+90, gap)
	case scene.FillZigzag:
		lines = zigzag(lines, pts)
	}
	ops := make([]Op, 0, 4*len(lines))
	for _, s := range lines {
		ops = p.doubleLine(ops, s.a, s.b, true)
	}
	return Path{Role: FillLines, Width: p.o.FillWeight, Ops: ops}
}

// Hachure bounds: a gap below a tenth of a unit is a solid fill done the
// slow way (rough.js clamps it likewise), and no shape needs more lines.
const (
	minHachureGap   = 0.1
	maxHachureLines = 10000
)

// hachureLines appends the scan lines that cross the polygon at angle
// degrees, gap apart. As in rough.js's scan-line filler, the polygon is
// turned so the lines are horizontal, scanned with the even-odd rule, and
// the lines turned back; the set is centred so both margins match.
func hachureLines(dst []segment, poly []geom.Point, angle, gap float64) []segment {
	rot := (angle + 90) * math.Pi / 180
	sin, cos := math.Sincos(rot)
	turned := make([]geom.Point, len(poly))
	ymin, ymax := math.Inf(1), math.Inf(-1)
	for i, q := range poly {
		t := geom.Point{X: q.X*cos - q.Y*sin, Y: q.X*sin + q.Y*cos}
		turned[i] = t
		ymin, ymax = math.Min(ymin, t.Y), math.Max(ymax, t.Y)
	}
	span := ymax - ymin
	gap = math.Max(gap, minHachureGap)
	if !(span > 0) || !finite(span, gap) {
		return dst
	}
	n := int(math.Min(span/gap, maxHachureLines))
	if n < 1 {
		n = 1
	}
	y := ymin + (span-float64(n-1)*gap)/2
	back := func(x, y float64) geom.Point {
		return geom.Point{X: x*cos + y*sin, Y: -x*sin + y*cos}
	}
	var xs []float64
	for range n {
		xs = crossings(xs[:0], turned, y)
		for i := 0; i+1 < len(xs); i += 2 {
			if xs[i+1]-xs[i] > 1e-9 {
				dst = append(dst, segment{back(xs[i], y), back(xs[i+1], y)})
			}
		}
		y += gap
	}
	return dst
}

// crossings returns, sorted, the x where the horizontal line at y crosses
// the closed polygon's edges. An edge counts from its lower y up to but not
// including its upper y, so a vertex on the line is counted once.
func crossings(xs []float64, poly []geom.Point, y float64) []float64 {
	for i, a := range poly {
		b := poly[(i+1)%len(poly)]
		if (a.Y <= y && y < b.Y) || (b.Y <= y && y < a.Y) {
			xs = append(xs, a.X+(y-a.Y)*(b.X-a.X)/(b.Y-a.Y))
		}
	}
	slices.Sort(xs)
	return xs
}

// zigzag joins each hachure line's start to the previous line's end, as
// rough.js's zigzag filler does, keeping a joint only where it stays inside
// the polygon (concave shapes would otherwise be crossed).
func zigzag(lines []segment, poly []geom.Point) []segment {
	out := make([]segment, 0, 2*len(lines))
	for i, s := range lines {
		if i > 0 {
			j := segment{lines[i-1].b, s.a}
			if j.a.Dist(j.b) > 1e-9 && inside(poly, j.a.Lerp(j.b, 0.5)) {
				out = append(out, j)
			}
		}
		out = append(out, s)
	}
	return out
}

// inside reports whether q lies inside the closed polygon (even-odd rule).
func inside(poly []geom.Point, q geom.Point) bool {
	in := false
	for i, a := range poly {
		b := poly[(i+1)%len(poly)]
		if (a.Y > q.Y) != (b.Y > q.Y) && q.X < a.X+(q.Y-a.Y)*(b.X-a.X)/(b.Y-a.Y) {
			in = !in
		}
	}
	return in
}
