package sketch

import (
	"math"

	"github.com/sketchdeck/sketchdeck/internal/geom"
	"github.com/sketchdeck/sketchdeck/internal/head"
	"github.com/sketchdeck/sketchdeck/internal/scene"
	"github.com/sketchdeck/sketchdeck/internal/shape"
)

// Cost is at least the number of path commands Draw makes for it, computed
// from its geometry and style without drawing it, so that a caller can
// refuse an item before its strokes are allocated. It stays close for the
// usual shapes (a hachured rectangle: about twice) and bounded by the same
// caps as the drawing (hachure lines, dots, ellipse steps, freehand samples).
func Cost(it scene.Item) int {
	p := &Pen{o: itemOptions(it)} // no randomness: a cost draws nothing
	o := p.o
	n := 0
	if ol, ok := shape.OutlineNamed(string(it.Kind)); ok {
		f := ol.Figure(it.Box, it.Params())
		if fillOn(it.Style) {
			n += p.pieceFillCost(f.Fill)
		}
		if strokeOn(it.Style) {
			for _, pc := range f.Stroke {
				n += p.pieceCost(pc)
			}
		}
		return n
	}
	m := len(it.Points)
	switch it.Kind {
	case scene.Polygon:
		if fillOn(it.Style) {
			n += p.fillCost(it.Points)
		}
		if strokeOn(it.Style) {
			n += 4 * (m + 1)
		}
		return n
	case scene.Freehand:
		if !strokeOn(it.Style) || m == 0 {
			return 0
		}
		return 4*freehandSamples(it.Points, o.StrokeWidth*freehandPerWidth) + 64
	case scene.Polyline, scene.Bezier, scene.Curve:
		if !strokeOn(it.Style) {
			return 0
		}
		return 4*(m+4) + p.headsCost(it) // two passes of about one command a point, and the heads
	}
	return 0
}

// pieceCost bounds the commands of one piece's rough stroke.
func (p *Pen) pieceCost(pc shape.Piece) int {
	switch pc.Kind {
	case shape.PolygonPiece:
		return 4 * (len(pc.Points) + 1)
	case shape.EllipsePiece:
		return 2 * (p.ellipseSteps(pc.W, pc.H) + 8)
	case shape.PathPiece:
		return 4 * (len(pc.Segs) + 1)
	case shape.ArcPiece:
		sweep := math.Min(math.Abs(pc.To-pc.From), 4*math.Pi)
		return 2 * (max(2, int(math.Ceil(sweep*p.o.CurveStepCount/math.Pi))) + 8)
	}
	return 4
}

// pieceFillCost bounds the commands of a closed piece's fill.
func (p *Pen) pieceFillCost(pc shape.Piece) int {
	switch pc.Kind {
	case shape.PathPiece:
		return p.fillCost(shape.Flatten(pc))
	case shape.PolygonPiece:
		return p.fillCost(pc.Points)
	}
	if p.o.Fill == scene.FillSolid {
		return p.ellipseSteps(pc.W, pc.H) + 2
	}
	n := 2*p.ellipseSteps(pc.W, pc.H) + 2
	return p.fillCost(ellipsePolygon(pc.Center, math.Abs(pc.W/2), math.Abs(pc.H/2), n))
}

// ellipseSteps is how many points ellipseStep puts round a w×h ellipse.
func (p *Pen) ellipseSteps(w, h float64) int {
	return int(math.Ceil(2*math.Pi/p.ellipseStep(w, h))) + 1
}

// fillCost bounds the commands of a polygon's fill in the pen's style.
// A hachure line ends where it crosses an edge, and an edge of length l
// is crossed by at most l/gap+1 lines, so the segments number at most half
// the sum of those over the edges (and the lines are capped besides).
func (p *Pen) fillCost(pts []geom.Point) int {
	m := len(pts)
	if m < 3 {
		return 0
	}
	switch p.o.Fill {
	case scene.FillNone:
		return 0
	case scene.FillSolid:
		return m + 2
	}
	gap := math.Max(p.o.HachureGap, minHachureGap)
	crossings := 0.0
	for i, a := range pts {
		crossings += a.Dist(pts[(i+1)%m])/gap + 1
	}
	segs := math.Min(crossings/2, float64(maxHachureLines)*float64(m/2+1))
	if !(segs >= 0) { // NaN: coordinates no shape has
		segs = float64(maxHachureLines) * float64(m/2+1)
	}
	switch p.o.Fill {
	case scene.FillDots:
		b := geom.Bounds(pts)
		dots := math.Min(float64(maxDots), segs+b.W*b.H/(gap*gap))
		return int(dots)*2*(4+8) + 1
	case scene.FillCrossHatch:
		segs *= 2
	case scene.FillZigzag:
		segs = 2*segs + 1
	}
	return 4*int(segs) + 1
}

// freehandSamples bounds the points resample makes along pts.
func freehandSamples(pts []geom.Point, size float64) int {
	if size <= 0 {
		return 0
	}
	n := 1
	for i := 0; i+1 < len(pts); i++ {
		d := pts[i].Dist(pts[i+1]) / (size * 0.5)
		n += int(math.Ceil(math.Min(d, maxSpanSamples))) + 1
	}
	return n
}

// headsCost bounds the commands of an open item's arrowheads: each head's
// pieces at their largest, and for a filled head its painted inside.
func (p *Pen) headsCost(it scene.Item) int {
	n := 0
	start, end := ends(it)
	l := head.Length(p.o.StrokeWidth, it.Heads.Size)
	for _, h := range []*head.Head{start, end} {
		if h == nil || h.Figure == nil {
			continue
		}
		for _, pc := range h.Figure(geom.Point{}, geom.Pt(1, 0), l) {
			n += p.pieceCost(pc)
			if !h.Filled {
				continue
			}
			if pc.Kind == shape.EllipsePiece {
				n += p.ellipseSteps(pc.W, pc.H) + 2
			} else {
				n += len(shape.Flatten(pc)) + 2
			}
		}
	}
	return n
}
