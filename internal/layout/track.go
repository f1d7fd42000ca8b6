package layout

import (
	"math"

	"github.com/sketchdeck/sketchdeck/internal/geom"
	"github.com/sketchdeck/sketchdeck/internal/spec"
)

// track is an edge's path as drawn, a polyline fine enough to find a point
// at a fraction of its length (for tokens, labels, cuts and marks).
type track struct {
	pts []geom.Point
}

// locate finds the segment holding fraction f of the length and how far
// into it (0 to 1) the point lies.
func (t track) locate(f float64) (int, float64) {
	if len(t.pts) < 2 {
		return 0, 0
	}
	want := math.Max(0, math.Min(1, f)) * geom.Length(t.pts)
	for i := 1; i < len(t.pts); i++ {
		seg := t.pts[i].Dist(t.pts[i-1])
		if want <= seg || i == len(t.pts)-1 {
			if seg == 0 {
				return i, 1
			}
			return i, math.Min(1, want/seg)
		}
		want -= seg
	}
	return len(t.pts) - 1, 1
}

// at is the point at fraction f of the length.
func (t track) at(f float64) geom.Point {
	if len(t.pts) == 0 {
		return geom.Point{}
	}
	if len(t.pts) == 1 {
		return t.pts[0]
	}
	i, u := t.locate(f)
	return t.pts[i-1].Lerp(t.pts[i], u)
}

// dir is the unit direction of travel at fraction f.
func (t track) dir(f float64) geom.Point {
	if len(t.pts) < 2 {
		return geom.Pt(1, 0)
	}
	i, _ := t.locate(f)
	d := t.pts[i].Sub(t.pts[i-1])
	if d.Len() == 0 {
		d = t.pts[len(t.pts)-1].Sub(t.pts[0])
	}
	if d.Len() == 0 {
		return geom.Pt(1, 0)
	}
	return d.Unit()
}

// fraction is how far along the track (0 to 1) its point nearest p lies.
func (t track) fraction(p geom.Point) float64 {
	total := geom.Length(t.pts)
	if total == 0 {
		return 0
	}
	best, bestD, run := 0.0, math.Inf(1), 0.0
	for i := 1; i < len(t.pts); i++ {
		a, b := t.pts[i-1], t.pts[i]
		seg := b.Dist(a)
		u := 0.0
		if seg > 0 {
			d := b.Sub(a)
			u = math.Max(0, math.Min(1, ((p.X-a.X)*d.X+(p.Y-a.Y)*d.Y)/(seg*seg)))
		}
		if dd := a.Lerp(b, u).Dist(p); dd < bestD {
			best, bestD = (run+u*seg)/total, dd
		}
		run += seg
	}
	return best
}

// cut keeps the track's first fraction f.
func (t track) cut(f float64) track {
	if len(t.pts) < 2 {
		return t
	}
	i, u := t.locate(f)
	pts := append([]geom.Point{}, t.pts[:i]...)
	return track{pts: append(pts, t.pts[i-1].Lerp(t.pts[i], u))}
}

// keptRun is the least of its length, px, a line or track keeps when its
// ends are pulled back (trim, straight, edgeEnds, clearDots).
const keptRun = 12

// pullRoom is how far either end of a line or track l px long may be
// pulled back: it keeps keptRun of its middle.
func pullRoom(l float64) float64 {
	return max(0, (l-keptRun)/2)
}

// trim pulls both ends back by gap along the track (keeping some of it).
func (t track) trim(gap float64) track {
	l := geom.Length(t.pts)
	g := math.Min(gap, pullRoom(l))
	if l == 0 || g == 0 {
		return t
	}
	from, to := g/l, 1-g/l
	head := t.cut(to)
	i, u := head.locate(from / to)
	pts := []geom.Point{head.pts[i-1].Lerp(head.pts[i], u)}
	return track{pts: append(pts, head.pts[i:]...)}
}

// bendOf is how far an arced edge's middle moves off the straight line,
// signed (positive is over): bend, or a third of the length for curve alone.
func bendOf(e *spec.Edge, p, q geom.Point) float64 {
	b := e.Bend
	if b == 0 {
		b = q.Dist(p) / 3
	}
	if e.Curve == spec.CurveUnder {
		b = -math.Abs(b)
	} else if e.Curve == spec.CurveOver {
		b = math.Abs(b)
	}
	return b
}

// arc is the parabola from p to q whose middle is bend px off the chord,
// over (up, or right of a vertical chord: geom.UpNormal) for a positive bend, sampled
// finely enough to draw as a smooth curve.
func arc(p, q geom.Point, bend float64) track {
	mid := p.Lerp(q, 0.5)
	apex := mid.Add(geom.UpNormal(q.Sub(p).Unit()).Scale(bend))
	ctrl := apex.Scale(2).Sub(mid)
	const n = 8
	pts := make([]geom.Point, n+1)
	for i := range pts {
		u := float64(i) / n
		a, b := p.Lerp(ctrl, u), ctrl.Lerp(q, u)
		pts[i] = a.Lerp(b, u)
	}
	return track{pts: pts}
}

// anchor is the point of the outline a side or corner names; a side's
// point faces toward (clamped to the side's middle part), so that an arrow
// to a long bar stays upright.
func (o outline) anchor(a spec.Anchor, toward geom.Point) geom.Point {
	b := o.Box
	c := b.Center()
	clampX := math.Max(b.X+b.W*0.2, math.Min(b.X+b.W*0.8, toward.X))
	clampY := math.Max(b.Y+b.H*0.2, math.Min(b.Y+b.H*0.8, toward.Y))
	var target geom.Point
	switch a {
	case spec.AtCenter:
		return c
	case spec.AtTop:
		target = geom.Pt(clampX, b.Y)
	case spec.AtBottom:
		target = geom.Pt(clampX, b.Y+b.H)
	case spec.AtLeft:
		target = geom.Pt(b.X, clampY)
	case spec.AtRight:
		target = geom.Pt(b.X+b.W, clampY)
	case spec.AtTopLeft:
		target = geom.Pt(b.X, b.Y)
	case spec.AtTopRight:
		target = geom.Pt(b.X+b.W, b.Y)
	case spec.AtBottomLeft:
		target = geom.Pt(b.X, b.Y+b.H)
	case spec.AtBottomRight:
		target = geom.Pt(b.X+b.W, b.Y+b.H)
	default:
		return o.exit(toward)
	}
	return o.exit(target)
}

// from keeps the track from fraction f on.
func (t track) from(f float64) track {
	if len(t.pts) < 2 {
		return t
	}
	i, u := t.locate(f)
	pts := []geom.Point{t.pts[i-1].Lerp(t.pts[i], u)}
	return track{pts: append(pts, t.pts[i:]...)}
}
