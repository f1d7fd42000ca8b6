package sketch

import (
	"math"

	"github.com/sketchdeck/sketchdeck/internal/geom"
	"github.com/sketchdeck/sketchdeck/internal/head"
	"github.com/sketchdeck/sketchdeck/internal/scene"
	"github.com/sketchdeck/sketchdeck/internal/shape"
)

// headFraction is the most of a short line's length a head takes.
const headFraction = 0.25

// Arrowhead draws head h whose tip is at tip, pointing away from from (the
// shaft's direction at the tip), length units long: its pieces stroked
// (role Head), and first, for a filled head, painted in the stroke colour.
func (p *Pen) Arrowhead(h *head.Head, tip, from geom.Point, length float64) []Path {
	dir := tip.Sub(from).Unit()
	if dir == (geom.Point{}) || length <= 0 || h.Figure == nil {
		return nil
	}
	var out []Path
	pieces := h.Figure(tip, dir, length)
	if h.Filled {
		for _, pc := range pieces {
			out = append(out, p.inkPiece(pc))
		}
	}
	ops := make([]Op, 0, 8)
	for _, pc := range pieces {
		if pc.Kind == shape.EllipsePiece {
			// A rough circle this small is a scribble: steady the pen.
			steady := *p
			steady.o.Roughness = math.Min(p.o.Roughness, 0.6)
			ops = steady.pieceOps(ops, pc)
			continue
		}
		ops = p.pieceOps(ops, pc)
	}
	return append(out, Path{Role: Head, Width: p.o.StrokeWidth, Ops: ops})
}

// inkPiece paints a closed piece solid in the stroke colour.
func (p *Pen) inkPiece(pc shape.Piece) Path {
	var path Path
	if pc.Kind == shape.EllipsePiece {
		steady := *p
		steady.o.Roughness = math.Min(p.o.Roughness, 0.6)
		path = steady.solidEllipse(pc.Center, pc.W, pc.H)
	} else {
		path = p.solidFill(shape.Flatten(pc))
	}
	path.Role = InkArea
	return path
}

// headLength sizes a head: it grows a little with the stroke width, scales
// with the item's arrow size and shrinks on short paths, where a full head
// would swallow the shaft.
func headLength(strokeWidth, size, pathLength float64) float64 {
	return math.Min(head.Length(strokeWidth, size), headFraction*pathLength)
}

// ends are the heads an open item carries at its start and end; nil for
// an end without one.
func ends(it scene.Item) (start, end *head.Head) {
	pick := func(on bool, name string) *head.Head {
		if !on {
			return nil
		}
		h, ok := head.Named(name)
		if !ok {
			panic("sketch: arrowhead " + name + " is not in internal/head's registry")
		}
		return h
	}
	return pick(it.Heads.Start, it.Heads.Tail), pick(it.Heads.End, it.Heads.Head)
}

// shaft is the item's points with each end that carries a hollow or round
// head pulled back along the line, so that the stroke stops at the head's
// base rather than showing through it; heads are still drawn at the
// given ends.
func shaft(it scene.Item, strokeWidth, pathLength float64) []geom.Point {
	start, end := ends(it)
	pts := it.Points
	if len(pts) < 2 || (start == nil || start.Setback == 0) && (end == nil || end.Setback == 0) {
		return pts
	}
	pts = append([]geom.Point(nil), pts...)
	l := headLength(strokeWidth, it.Heads.Size, pathLength)
	if start != nil {
		pullBack(pts, 0, 1, start.Setback*l)
	}
	if end != nil {
		pullBack(pts, len(pts)-1, -1, end.Setback*l)
	}
	return pts
}

// pullBack moves pts[i] d towards the nearest distinct point, when that
// point is farther than d.
func pullBack(pts []geom.Point, i, step int, d float64) {
	q, ok := nearestDistinct(pts, i, step)
	if !ok || d <= 0 || q.Dist(pts[i]) <= d {
		return
	}
	pts[i] = pts[i].Add(q.Sub(pts[i]).Unit().Scale(d))
}

// addHeads adds the arrowheads an open item asks for. The direction comes
// from the input geometry's tangent at each end: the nearest distinct point
// is the last control point of a Bézier, the previous vertex of a polyline,
// and the Catmull-Rom tangent of a curve through points.
func (p *Pen) addHeads(d *Drawing, it scene.Item, pathLength float64) {
	pts := it.Points
	n := len(pts)
	start, end := ends(it)
	if n < 2 || start == nil && end == nil {
		return
	}
	l := headLength(p.o.StrokeWidth, it.Heads.Size, pathLength)
	if start != nil {
		if q, ok := nearestDistinct(pts, 0, 1); ok {
			d.addAll(p.Arrowhead(start, pts[0], q, l))
		}
	}
	if end != nil {
		if q, ok := nearestDistinct(pts, n-1, -1); ok {
			d.addAll(p.Arrowhead(end, pts[n-1], q, l))
		}
	}
}

// nearestDistinct walks from pts[i] in steps of step and returns the first
// point that differs from pts[i], skipping control points Graphviz sometimes
// places on the end point itself.
func nearestDistinct(pts []geom.Point, i, step int) (geom.Point, bool) {
	for j := i + step; j >= 0 && j < len(pts); j += step {
		if pts[j].Dist(pts[i]) > 1e-6 {
			return pts[j], true
		}
	}
	return geom.Point{}, false
}
