package sketch

import (
	"math"

	"github.com/sketchdeck/sketchdeck/internal/geom"
	"github.com/sketchdeck/sketchdeck/internal/scene"
)

// Pencil settings, as Excalidraw's freedraw tool passes them to
// perfect-freehand: the stroke thins as the pencil speeds up, and the output
// is smoothed and streamlined.
const (
	freehandThinning   = 0.6
	freehandSmoothing  = 0.5
	freehandStreamline = 0.5
	pressureRate       = 0.275 // how fast simulated pressure follows speed
	// freehandPerWidth is the pencil size per unit of stroke width.
	// Excalidraw uses 4.25 for pointer input, which arrives fast and thins
	// the line; resampled input moves at an even pace, so a smaller pencil
	// gives the same look: about twice the stroke width.
	freehandPerWidth = 1.5
)

// Freehand draws a pencil stroke along pts as a closed outline whose width
// varies like a real pencil's: thinner where the line moves fast, tapered at
// both ends. size is the pencil's nominal diameter. The Path is an InkArea
// (filled with the stroke colour). The outline does not depend on the pen's
// randomness: hands are unsteady enough in the input points.
func (p *Pen) Freehand(pts []geom.Point, size float64) Path {
	out := FreehandOutline(pts, size)
	if len(out) < 3 {
		return Path{Role: InkArea}
	}
	n := len(out)
	ops := make([]Op, 0, n+2)
	ops = append(ops, moveTo(out[0]))
	// Quadratics through the midpoints of the outline's edges, each with the
	// vertex between them as control, as Excalidraw's path builder does;
	// written as cubics because Path has no quadratic command.
	from := out[0]
	for i, q := range out {
		to := q.Lerp(out[(i+1)%n], 0.5)
		ops = append(ops, cubicTo(from.Lerp(q, 2.0/3), to.Lerp(q, 2.0/3), to))
		from = to
	}
	ops = append(ops, Op{Kind: Close})
	return Path{Role: InkArea, Ops: ops}
}

// strokePoint is one smoothed input point with what the outline needs.
type strokePoint struct {
	pt     geom.Point
	vec    geom.Point // unit vector back to the previous point
	dist   float64    // distance from the previous point
	run    float64    // length of the stroke up to here
	weight float64    // pressure; set while building the outline
}

// FreehandOutline returns the closed outline of a pencil stroke along pts
// with nominal diameter size, after perfect-freehand's getStroke: the input
// is resampled along a smooth curve, streamlined, given simulated pressure
// from its speed, and offset to both sides; the ends taper to a point.
func FreehandOutline(pts []geom.Point, size float64) []geom.Point {
	if len(pts) == 0 || size <= 0 {
		return nil
	}
	sp := streamlined(resample(pts, size))
	return outline(sp, size)
}

// maxSpanSamples bounds the samples between two input points, so a huge
// gap or a tiny pencil cannot blow up the outline.
const maxSpanSamples = 256

// resample follows the Catmull-Rom curve through pts with samples about
// half a pencil apart, each span split evenly in its parameter: the curve
// slows into sharp turns, so samples crowd there and the simulated pencil
// slows and presses harder, as a hand does.
func resample(pts []geom.Point, size float64) []geom.Point {
	n := len(pts)
	out := make([]geom.Point, 0, 2*n)
	out = append(out, pts[0])
	at := func(i int) geom.Point { return pts[min(max(i, 0), n-1)] }
	for i := 0; i+1 < n; i++ {
		a, b := at(i), at(i+1)
		c1 := a.Add(b.Sub(at(i - 1)).Scale(1.0 / 6))
		c2 := b.Sub(at(i + 2).Sub(a).Scale(1.0 / 6))
		steps := int(math.Ceil(math.Min(a.Dist(b)/(size*0.5), maxSpanSamples)))
		steps = max(1, steps)
		for k := 1; k <= steps; k++ {
			out = append(out, geom.CubicAt(a, c1, c2, b, float64(k)/float64(steps)))
		}
	}
	return out
}

// streamlined pulls each point towards the previous one, which irons out
// the jitter of the input, and records the running geometry. The last point
// is kept exactly, as for a finished stroke.
func streamlined(pts []geom.Point) []strokePoint {
	t := 1 - freehandStreamline/3
	out := make([]strokePoint, 1, len(pts)+1)
	out[0] = strokePoint{pt: pts[0], weight: 0.5}
	if len(pts) == 1 {
		pts = append(pts, pts[0].Add(geom.Point{X: 1, Y: 1}))
	}
	for i, q := range pts {
		prev := out[len(out)-1]
		pt := prev.pt.Lerp(q, t)
		if i == len(pts)-1 {
			pt = q
		}
		if pt == prev.pt {
			continue
		}
		d := pt.Dist(prev.pt)
		out = append(out, strokePoint{
			pt: pt, vec: prev.pt.Sub(pt).Unit(), dist: d, run: prev.run + d, weight: 0.5,
		})
	}
	return out
}

// pressure follows speed: a long step (fast) lowers it, a short one raises
// it, by a fraction of the difference.
func pressure(prev, dist, size float64) float64 {
	sp := math.Min(1, dist/size)
	rp := math.Min(1, 1-sp)
	return math.Min(1, prev+(rp-prev)*(sp*pressureRate))
}

// strokeRadius maps pressure to a radius with Excalidraw's sine easing.
func strokeRadius(size, p float64) float64 {
	return size * math.Sin(math.Pi/2*(0.5-freehandThinning*(0.5-p)))
}

// drawFreehand draws a pencil item; its size follows the stroke width.
func drawFreehand(p *Pen, it scene.Item) Drawing {
	var d Drawing
	if !strokeOn(it.Style) || len(it.Points) == 0 {
		return d
	}
	d.add(p.Freehand(it.Points, p.o.StrokeWidth*freehandPerWidth))
	return d
}
