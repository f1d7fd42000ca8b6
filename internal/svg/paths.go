package svg

import (
	"github.com/sketchdeck/sketchdeck/internal/canvas"
	"github.com/sketchdeck/sketchdeck/internal/sketch"
)

// Paths writes one item's paths as a group.
func (c *Canvas) Paths(ps []canvas.Path) {
	for _, p := range ps {
		c.estimate += pathSize(p.Ops)
		if p.Effect.Dur > 0 {
			c.estimate += effectBytes
		}
	}
	if c.estimate > c.limit {
		return // refused by WriteTo: write no more
	}
	var e canvas.Effect
	if len(ps) > 0 {
		e = ps[0].Effect
	}
	c.doc.Group(groupAttrs(e)...)
	for _, p := range ps {
		a := paint(p.Paint)
		a = append(a, c.effectAttrs(p.Effect, p.Paint.Area || p.Paint.Dash != [2]float64{})...)
		c.doc.Path(sketch.Path{Ops: p.Ops}.D(Num), a...)
	}
	c.doc.Gend()
}

// paint gives a path's presentation attributes.
func paint(p canvas.Paint) []string {
	if p.Area {
		return []string{attr("fill", p.Color), attr("stroke", "none")}
	}
	a := []string{attr("fill", "none"), attr("stroke", p.Color), attr("stroke-width", Num(p.Width)),
		`stroke-linecap="round"`, `stroke-linejoin="round"`}
	if p.Dash != [2]float64{} {
		a = append(a, attr("stroke-dasharray", Num(p.Dash[0])+" "+Num(p.Dash[1])))
	}
	return a
}
