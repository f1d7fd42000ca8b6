package layout

import (
	"strconv"

	"github.com/sketchdeck/sketchdeck/internal/geom"
	"github.com/sketchdeck/sketchdeck/internal/scene"
	"github.com/sketchdeck/sketchdeck/internal/spec"
)

// sideOf is the side a mark's arrows use: its anchor's, or top.
func (mk mark) sideOf() geom.Point {
	if mk.out == (geom.Point{}) {
		return geom.Pt(0, -1)
	}
	return mk.out
}

// fan draws count arrows converging into the target from one side (many
// clients on one server), their tails spread wider than their heads.
func (mk mark) fan(r resolver) []scene.Item {
	out := mk.sideOf()
	along := geom.Pt(-out.Y, out.X)
	b := mk.t.o.Box
	width := abs(along.X)*b.W + abs(along.Y)*b.H
	n := max(1, mk.m.Count)
	length := pick(mk.m.Length, fanLength)
	spread := pick(mk.m.Spread, width*0.4)
	gap := r.env.Theme.ArrowGap * 0.5
	c := b.Center()
	edge := c.Add(geom.Pt(out.X*b.W/2, out.Y*b.H/2))
	rnd := rng(mk.id)
	st := mk.line(r, mk.color(r, r.env.Theme.Stroke), 1)
	var items []scene.Item
	for i := range n {
		f := (float64(i)+0.5)/float64(n) - 0.5
		if n == 1 {
			f = 0
		}
		head := edge.Add(along.Scale(f * width * 0.9)).Add(out.Scale(gap))
		slant := f*spread + (rnd.Float64()-0.5)*spread*0.15
		tail := head.Add(out.Scale(length)).Add(along.Scale(slant))
		items = append(items, scene.Item{ID: mk.id + ":" + strconv.Itoa(i), Kind: scene.Polyline,
			Points: []geom.Point{tail, head}, Style: st, Heads: scene.Heads{End: true}})
	}
	return items
}

// arrow draws one arrow leaving the target towards a side (a blocked
// client's request), with an optional token on it.
func (mk mark) arrow(r resolver) []scene.Item {
	out := mk.sideOf()
	start := mk.pt.Add(out.Scale(r.env.Theme.ArrowGap))
	if mk.out == (geom.Point{}) {
		b := mk.t.o.Box
		start = b.Center().Add(geom.Pt(out.X*b.W/2, out.Y*b.H/2)).Add(out.Scale(r.env.Theme.ArrowGap))
	}
	end := start.Add(out.Scale(pick(mk.m.Length, arrowLen)))
	st := mk.line(r, mk.color(r, r.env.Theme.Stroke), 1)
	items := []scene.Item{{ID: mk.id, Kind: scene.Polyline, Points: []geom.Point{start, end}, Style: st, Heads: scene.Heads{End: true}}}
	if toks := spec.AllTokens(mk.m.Token, nil); len(toks) > 0 {
		size := pick(mk.m.Size, r.env.Theme.TokenSize)
		items = append(items, tokenRow(r, mk.id+":token", toks, size, start.Lerp(end, 0.4), out, mk.path+".token")...)
	}
	return items
}

// rule draws a straight line beside the target, across the side it is on
// (a wall a blocked client waits behind); length defaults to twice the
// target's width.
func (mk mark) rule(r resolver) []scene.Item {
	out := mk.sideOf()
	along := geom.Pt(-out.Y, out.X)
	b := mk.t.o.Box
	length := pick(mk.m.Length, 2*(abs(along.X)*b.W+abs(along.Y)*b.H))
	c := mk.pt.Add(out.Scale(axisMargin))
	st := mk.line(r, mk.color(r, r.env.Theme.Stroke), 1)
	pts := []geom.Point{c.Sub(along.Scale(length / 2)), c.Add(along.Scale(length / 2))}
	return []scene.Item{{ID: mk.id, Kind: scene.Polyline, Points: pts, Style: st}}
}

// axis draws a labelled arrow under the target (a time line), from its
// left to its right.
func (mk mark) axis(r resolver) []scene.Item {
	b := mk.t.o.Box
	length := pick(mk.m.Length, b.W)
	y := b.Y + b.H + axisMargin
	size := mk.size(r.env.Theme.FontSize * 0.8)
	if mk.m.Text != "" {
		_, h := measure(r.env.Text, mk.m.Text, size)
		y += h
	}
	cx := b.X + b.W/2
	st := mk.line(r, mk.color(r, r.env.Theme.Stroke), 2)
	items := []scene.Item{{ID: mk.id, Kind: scene.Polyline, Style: st, Heads: scene.Heads{End: true},
		Points: []geom.Point{geom.Pt(cx-length/2, y), geom.Pt(cx+length/2, y)}}}
	if mk.m.Text != "" {
		_, h := measure(r.env.Text, mk.m.Text, size)
		ink, _ := r.env.Theme.Color(r.env.Theme.TextColor)
		ts := textSpec{ID: mk.id + ":text", Text: mk.m.Text, Size: size, Color: ink}
		items = append(items, textItem(r.env.Text, ts, geom.Pt(cx, y-h/2-markGap)))
	}
	return items
}

// part places a part from the parts library on (or beside) the target.
func (mk mark) part(r resolver) []scene.Item {
	s := mk.size(partSize)
	box := geom.RectCenter(mk.beside(s, s, markGap), s, s)
	if r.env.Parts == nil {
		r.d.Errorf(r.errs, mk.path+".name", "part %q: no parts library is loaded", mk.m.Name)
		return nil
	}
	items, err := r.env.Parts.Place(mk.m.Name, mk.id, box, PartOptions{Budget: r.env.Budget})
	if err != nil {
		r.d.Errorf(r.errs, mk.path+".name", "%s", err)
	}
	return items
}

// image shows a picture on or beside the target, as part places a part:
// size px on its longest side (64 by default), its aspect kept.
func (mk mark) image(r resolver) []scene.Item {
	img := r.image(mk.m.Image, mk.path+".image")
	if img == nil {
		return nil
	}
	w, h := imageSize(img, mk.size(partSize))
	box := geom.RectCenter(mk.beside(w, h, markGap), w, h)
	return []scene.Item{imageItem(mk.id, img, box)}
}
