package layout

import (
	"math"
	"strconv"

	"github.com/sketchdeck/sketchdeck/internal/geom"
	"github.com/sketchdeck/sketchdeck/internal/scene"
	"github.com/sketchdeck/sketchdeck/internal/spec"
)

// Mark defaults, px, from the deck's drawings.
const (
	crossSize  = 70
	checkSize  = 45
	dotSize    = 22
	partSize   = 64
	fanLength  = 100
	arrowLen   = 80
	boomScale  = 1.3 // a star's width over its node's
	boomFill   = "#fad005"
	markGap    = 10
	axisMargin = 40
)

// draw dispatches a mark to the function that draws its kind.
func (mk mark) draw(r resolver) []scene.Item {
	switch mk.m.Kind {
	case spec.OverlayCross:
		return mk.cross(r)
	case spec.OverlayBoom:
		return mk.boom(r)
	case spec.OverlayCheck:
		return mk.check(r)
	case spec.OverlayText:
		return mk.text(r, mk.m.Text, r.env.Theme.FontSize*0.8, r.env.Theme.TextColor)
	case spec.OverlayStep:
		t := mk.m.Text
		if t == "" {
			t = strconv.Itoa(mk.step) + "."
		}
		return mk.text(r, t, r.env.Theme.FontSize, "dark-blue")
	case spec.OverlayDot:
		c := mk.color(r, "green")
		d := mk.size(dotSize)
		return []scene.Item{{ID: mk.id, Kind: scene.Ellipse, Box: geom.RectCenter(mk.pt, d, d), Style: r.fillStyle(c)}}
	case spec.OverlayDead:
		return mk.dead(r)
	case spec.OverlayPart:
		return mk.part(r)
	case spec.OverlayFan:
		return mk.fan(r)
	case spec.OverlayArrow:
		return mk.arrow(r)
	case spec.OverlayLine:
		return mk.rule(r)
	case spec.OverlayAxis:
		return mk.axis(r)
	case spec.OverlayImage:
		return mk.image(r)
	}
	return nil
}

// cross is a red ✕ over (or beside) the target: two crossing strokes.
func (mk mark) cross(r resolver) []scene.Item {
	w := mk.size(crossSize)
	h := w * 1.15
	c := mk.beside(w, h, markGap)
	st := mk.line(r, mk.color(r, "dark-red"), 2)
	return []scene.Item{
		{ID: mk.id + ":a", Kind: scene.Polyline, Points: []geom.Point{c.Add(geom.Pt(-w/2, -h/2)), c.Add(geom.Pt(w/2, h/2))}, Style: st},
		{ID: mk.id + ":b", Kind: scene.Polyline, Points: []geom.Point{c.Add(geom.Pt(w/2, -h/2)), c.Add(geom.Pt(-w/2, h/2))}, Style: st},
	}
}

// boom is a yellow starburst with "BOOM!" in it, over a crashed node.
func (mk mark) boom(r resolver) []scene.Item {
	w := mk.size(boomScale * math.Max(mk.t.o.Box.W, mk.t.o.Box.H))
	c := mk.beside(w, w, 0)
	fill := mk.color(r, boomFill)
	st := r.fillStyle(fill)
	items := []scene.Item{{ID: mk.id, Kind: scene.Polygon, Points: starPoints(rng(mk.id), c, w), Style: st}}
	text := mk.m.Text
	if text == "" {
		text = "BOOM!"
	}
	ink, _ := r.env.Theme.Color(r.env.Theme.TextColor)
	ts := textSpec{ID: mk.id + ":text", Text: text, Size: math.Max(14, w*0.12), Color: ink}
	return append(items, textItem(r.env.Text, ts, c))
}

// starPoints are an explosion's outline: spikes of seeded, uneven length
// between a rough inner ring, as the deck's hand-drawn stars are.
func starPoints(rnd interface{ Float64() float64 }, c geom.Point, w float64) []geom.Point {
	const spikes = 10
	var pts []geom.Point
	turn := rnd.Float64() * math.Pi / spikes
	for i := range 2 * spikes {
		a := turn + float64(i)*math.Pi/spikes
		rad := w * (0.17 + 0.06*rnd.Float64())
		if i%2 == 0 {
			rad = w * (0.32 + 0.18*rnd.Float64())
		}
		pts = append(pts, c.Add(geom.Pt(math.Cos(a)*rad, math.Sin(a)*rad)))
	}
	return pts
}

// check is a ticked box: a square and a tick that overshoots its corner.
func (mk mark) check(r resolver) []scene.Item {
	s := mk.size(checkSize)
	c := mk.beside(s, s, markGap)
	box := geom.RectCenter(c, s, s)
	white, _ := r.env.Theme.Color("white")
	st := r.fillStyle(white)
	st.StrokeWidth = 2
	tick := mk.line(r, mk.color(r, r.env.Theme.Stroke), 2)
	return []scene.Item{
		{ID: mk.id, Kind: scene.Rect, Box: box, Style: st},
		{ID: mk.id + ":tick", Kind: scene.Polyline, Style: tick, Points: []geom.Point{
			c.Add(geom.Pt(-s*0.3, 0)), c.Add(geom.Pt(-s*0.05, s*0.3)), c.Add(geom.Pt(s*0.65, -s*0.7)),
		}},
	}
}

// text is words beside the target (or on it, at its centre).
func (mk mark) text(r resolver, s string, def float64, color string) []scene.Item {
	size := mk.size(def)
	w, h := measure(r.env.Text, s, size)
	ts := textSpec{ID: mk.id, Text: s, Size: size, Color: mk.color(r, color)}
	return []scene.Item{textItem(r.env.Text, ts, mk.beside(w, h, markGap))}
}

// dead draws a dead face inside a node: two ✕ eyes and a flat mouth.
func (mk mark) dead(r resolver) []scene.Item {
	b := mk.t.o.Box
	c := b.Center()
	e := mk.size(b.W * 0.18)
	st := mk.line(r, mk.color(r, r.env.Theme.Stroke), 1)
	var out []scene.Item
	for k, dx := range []float64{-0.22, 0.22} {
		eye := c.Add(geom.Pt(dx*b.W, -0.15*b.H))
		id := mk.id + ":eye" + strconv.Itoa(k)
		out = append(out,
			scene.Item{ID: id + "a", Kind: scene.Polyline, Style: st, Points: []geom.Point{eye.Add(geom.Pt(-e/2, -e/2)), eye.Add(geom.Pt(e/2, e/2))}},
			scene.Item{ID: id + "b", Kind: scene.Polyline, Style: st, Points: []geom.Point{eye.Add(geom.Pt(e/2, -e/2)), eye.Add(geom.Pt(-e/2, e/2))}})
	}
	mouth := []geom.Point{c.Add(geom.Pt(-0.27*b.W, 0.22*b.H)), c.Add(geom.Pt(0.27*b.W, 0.22*b.H))}
	return append(out, scene.Item{ID: mk.id + ":mouth", Kind: scene.Polyline, Style: st, Points: mouth})
}
