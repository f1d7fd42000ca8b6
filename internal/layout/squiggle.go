package layout

import (
	"hash/fnv"
	"math"
	"math/rand/v2"

	"github.com/sketchdeck/sketchdeck/internal/geom"
	"github.com/sketchdeck/sketchdeck/internal/scene"
	"github.com/sketchdeck/sketchdeck/internal/spec"
)

// Squiggle shape, px: the straight tail that carries the arrowhead, and the
// bounds of the wave's amplitude.
const (
	squiggleTail   = 84
	squiggleMinAmp = 8
	squiggleMaxAmp = 30
	squigglePoints = 30
)

// rng is a generator seeded by an item id alone, so that a scribble is the
// same on every run and in every language, and moves only with its id.
func rng(id string) *rand.Rand {
	h := fnv.New64a()
	h.Write([]byte(id))
	s := h.Sum64()
	return rand.New(rand.NewPCG(s, s^0x9e3779b97f4a7c15))
}

// squiggle draws a hand-scribbled wavy path from p towards q (a message on
// a long, slow road) that ends in a short straight arrow into q. It
// returns the items, the whole path and the point where the wave meets the
// straight tail (where a token rides by default).
func squiggle(id string, e *spec.Edge, p, q geom.Point, st scene.Style) ([]scene.Item, track, geom.Point) {
	d := q.Sub(p)
	axis := geom.Pt(math.Copysign(1, d.X), 0)
	if math.Abs(d.Y) > math.Abs(d.X) {
		axis = geom.Pt(0, math.Copysign(1, d.Y))
	}
	join := q.Sub(axis.Scale(math.Min(squiggleTail, d.Len()*0.2)))
	bend := 0.0
	if e.Bend != 0 || e.Curve != "" {
		bend = bendOf(e, p, join)
	}
	base := arc(p, join, bend)
	r := rng(id)
	pts := wave(r, base, p.Dist(join))
	h := heads(e.Heads, spec.ArrowEnd)
	items := []scene.Item{
		{ID: id, Kind: scene.Curve, Points: pts, Style: st, Heads: scene.Heads{Start: h.Start, Tail: h.Tail, Size: h.Size}},
		{ID: id + ":tail", Kind: scene.Polyline, Points: []geom.Point{join, q}, Style: st, Heads: scene.Heads{End: h.End, Head: h.Head, Size: h.Size}},
	}
	all := append(append([]geom.Point{}, pts...), q)
	return items, track{pts: all}, join
}

// wave follows base with a seeded, tapered sum of sines across it, and a
// couple of small loops where the pen tangled.
func wave(r *rand.Rand, base track, length float64) []geom.Point {
	amp := math.Max(squiggleMinAmp, math.Min(squiggleMaxAmp, length*0.05))
	type sine struct{ a, f, ph float64 }
	var sines [3]sine
	for k := range sines {
		sines[k] = sine{a: amp * (0.35 + 0.4*r.Float64()), f: 1 + 2.5*r.Float64(), ph: 2 * math.Pi * r.Float64()}
	}
	loops := [2]float64{0.15 + 0.25*r.Float64(), 0.5 + 0.25*r.Float64()}
	var pts []geom.Point
	for i := 0; i < squigglePoints; i++ {
		t := float64(i) / (squigglePoints - 1)
		off := 0.0
		for _, s := range sines {
			off += s.a * math.Sin(2*math.Pi*s.f*t+s.ph)
		}
		off *= math.Sqrt(math.Sin(math.Pi * t))
		pt := base.at(t)
		n := geom.UpNormal(base.dir(t))
		pt = pt.Add(n.Scale(off))
		pts = append(pts, pt)
		for _, l := range loops {
			if t <= l && l < t+1.0/(squigglePoints-1) {
				pts = append(pts, loop(r, pt, base.dir(t))...)
			}
		}
	}
	return pts
}

// loop is a small closed tangle of the pen at c, moving along dir.
func loop(r *rand.Rand, c, dir geom.Point) []geom.Point {
	rad := 5 + 4*r.Float64()
	n := geom.UpNormal(dir)
	center := c.Add(n.Scale(rad))
	start := math.Atan2(c.Y-center.Y, c.X-center.X)
	var pts []geom.Point
	for k := 1; k <= 5; k++ {
		a := start - float64(k)*2*math.Pi/6
		pts = append(pts, center.Add(geom.Pt(math.Cos(a), math.Sin(a)).Scale(rad)).Add(dir.Scale(float64(k)*1.5)))
	}
	return pts
}
