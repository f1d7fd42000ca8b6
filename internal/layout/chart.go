package layout

import (
	"math"
	"math/rand/v2"
	"strconv"

	"github.com/sketchdeck/sketchdeck/internal/geom"
	"github.com/sketchdeck/sketchdeck/internal/scene"
	"github.com/sketchdeck/sketchdeck/internal/spec"
)

// chartPad is the blank kept inside a chart's frame, as a fraction of its size.
const chartPad = 0.04

// chart draws a hand-drawn line chart: a frame, optional axes, and one
// smooth line per series, all the values of the chart sharing one scale.
func (d *drawer) chart(e *spec.Element, id string, box geom.Rect) {
	if !e.NoFrame {
		st := d.style(e)
		d.add(scene.Item{ID: id + ":frame", Kind: scene.Rect, Box: box, Style: st})
	}
	if e.Axes {
		d.axes(e, id, box)
	}
	lo, hi := valueRange(e.Series)
	inner := geom.Rect{X: box.X + box.W*chartPad, Y: box.Y + box.H*chartPad, W: box.W * (1 - 2*chartPad), H: box.H * (1 - 2*chartPad)}
	for k, s := range e.Series {
		vals := s.Values
		// The points made of the values, given or generated.
		if !d.take(max(len(vals), s.Count, 10)) {
			return
		}
		if len(vals) == 0 {
			vals = noise(s)
			for j := range vals {
				vals[j] = lo + vals[j]*(hi-lo)
			}
		}
		if len(vals) < 2 {
			continue
		}
		pts := make([]geom.Point, len(vals))
		for j, v := range vals {
			x := inner.X + inner.W*float64(j)/float64(len(vals)-1)
			y := inner.Y + inner.H*(1-(v-lo)/(hi-lo))
			pts[j] = geom.Pt(x, y)
		}
		st := d.style(e)
		st.Stroke, st.Fill, st.FillStyle = d.color(e, s.Color, d.env.Theme.Stroke), "", scene.FillNone
		d.add(scene.Item{ID: id + ":series" + strconv.Itoa(k), Kind: scene.Curve, Points: pts, Style: st})
	}
}

// valueRange is the range of the given values, or 0..1 when none is given
// (generated series live in 0..1).
func valueRange(series []spec.Series) (lo, hi float64) {
	lo, hi = math.Inf(1), math.Inf(-1)
	for _, s := range series {
		for _, v := range s.Values {
			lo, hi = min(lo, v), max(hi, v)
		}
	}
	if math.IsInf(lo, 1) {
		return 0, 1
	}
	if hi == lo {
		return lo - 1, hi + 1
	}
	return lo, hi
}

// noise generates a series' values in 0..1 from its own seed: a wandering
// line around Base, with Spikes sharp peaks, as a monitoring chart shows.
func noise(s spec.Series) []float64 {
	n := s.Count
	if n == 0 {
		n = 10
	}
	amp := s.Noise
	if amp == 0 {
		amp = 0.1
	}
	r := rand.New(rand.NewPCG(uint64(s.Seed), 0x5eed))
	out := make([]float64, n)
	v := s.Base
	for j := range out {
		v += (r.Float64()*2 - 1) * amp
		v = s.Base + (v-s.Base)*0.7 // pulled back towards the base
		out[j] = clamp01(v)
	}
	for range s.Spikes {
		if n < 3 {
			break
		}
		j := 1 + r.IntN(n-2)
		out[j] = clamp01(s.Base + amp*(3+2*r.Float64())) // a few times the noise
	}
	return out
}

func clamp01(v float64) float64 { return max(0, min(1, v)) }

// axes draws the chart's two axes as arrows from its bottom-left corner.
func (d *drawer) axes(e *spec.Element, id string, box geom.Rect) {
	st := d.style(e)
	st.Fill, st.FillStyle = "", scene.FillNone
	o := geom.Pt(box.X, box.Y+box.H)
	for k, to := range []geom.Point{geom.Pt(box.X, box.Y), geom.Pt(box.X+box.W, box.Y+box.H)} {
		d.add(scene.Item{ID: id + ":axis" + strconv.Itoa(k), Kind: scene.Polyline, Points: []geom.Point{o, to},
			Heads: scene.Heads{End: true}, Style: st})
	}
}

// status draws a status list: one row per status, a coloured dot and a
// line standing for the service's name.
func (d *drawer) status(e *spec.Element, id string, box geom.Rect) {
	n := len(e.Statuses)
	if n == 0 {
		return
	}
	rowH := box.H / float64(n)
	dot := e.Size
	if dot == 0 {
		dot = min(23, rowH*0.7)
	}
	pad := max(dot*0.8, box.W*0.07)
	for k, s := range e.Statuses {
		cy := box.Y + rowH*(float64(k)+0.5)
		st := d.style(e)
		st.Fill, st.FillStyle = d.color(e, spec.Color(s), ""), scene.FillSolid
		d.add(scene.Item{ID: id + ":dot" + strconv.Itoa(k), Kind: scene.Ellipse,
			Box: geom.RectCenter(geom.Pt(box.X+pad+dot/2, cy), dot, dot), Style: st})
		ls := d.style(e)
		ls.Fill, ls.FillStyle = "", scene.FillNone
		x0 := box.X + pad + dot + pad*1.4
		d.add(scene.Item{ID: id + ":line" + strconv.Itoa(k), Kind: scene.Polyline,
			Points: []geom.Point{geom.Pt(x0, cy), geom.Pt(box.X+box.W-pad, cy)}, Style: ls})
	}
}
