package pdf

import (
	"github.com/sketchdeck/sketchdeck/internal/canvas"
	"github.com/sketchdeck/sketchdeck/internal/sketch"
)

// rgb is a colour as PDF's 0–1 components.
type rgb [3]float64

// gstate is the graphics state the content stream has set, so that each
// operator is written only when its value changes.
type gstate struct {
	fillSet, strokeSet, widthSet, dashSet, shapeSet bool
	fillC, strokeC                                  rgb
	width                                           float64
	dash                                            [2]float64
	cap                                             canvas.Cap
	join                                            canvas.Join
	miter                                           float64
}

// capOps and joinOps are PDF's numbers for the stroke ends and corners.
var (
	capOps  = map[canvas.Cap]string{canvas.ButtCap: "0", canvas.RoundCap: "1", canvas.SquareCap: "2"}
	joinOps = map[canvas.Join]string{canvas.MiterJoin: "0", canvas.RoundJoin: "1", canvas.BevelJoin: "2"}
)

func (g *gstate) fill(b []byte, c rgb) []byte {
	if g.fillSet && g.fillC == c {
		return b
	}
	g.fillSet, g.fillC = true, c
	return append(nums(b, c[0], c[1], c[2]), "rg\n"...)
}

func (g *gstate) stroke(b []byte, p canvas.Paint, c rgb) []byte {
	if !g.shapeSet || g.cap != p.Cap || g.join != p.Join || (p.Join == canvas.MiterJoin && g.miter != p.Miter()) {
		g.shapeSet, g.cap, g.join, g.miter = true, p.Cap, p.Join, p.Miter()
		b = append(b, capOps[p.Cap]+" J "+joinOps[p.Join]+" j "...)
		b = append(num(b, p.Miter()), " M\n"...)
	}
	if !g.strokeSet || g.strokeC != c {
		g.strokeSet, g.strokeC = true, c
		b = append(nums(b, c[0], c[1], c[2]), "RG\n"...)
	}
	if !g.widthSet || g.width != p.Width {
		g.widthSet, g.width = true, p.Width
		b = append(num(b, p.Width), " w\n"...)
	}
	if !g.dashSet || g.dash != p.Dash {
		g.dashSet, g.dash = true, p.Dash
		if p.Dash == [2]float64{} {
			b = append(b, "[] 0 d\n"...)
		} else {
			b = append(b, '[')
			b = num(b, p.Dash[0])
			b = append(b, ' ')
			b = num(b, p.Dash[1])
			b = append(b, "] 0 d\n"...)
		}
	}
	return b
}

// Paths writes one item's paths, each filled (nonzero) or stroked; a
// faded item's inside q … Q.
func (c *Canvas) Paths(ps []canvas.Path) {
	if len(ps) > 0 && ps[0].Effect.Faded() {
		saved := c.state
		c.content = c.dimmed(append(c.content, "q\n"...), ps[0].Effect)
		c.paths(ps)
		c.content = append(c.content, "Q\n"...)
		c.state = saved
		return
	}
	c.paths(ps)
}

// paths writes paths; a translucent one inside q … Q with its opacity
// (times the fade of a faded item, as a graphics state sets it whole).
func (c *Canvas) paths(ps []canvas.Path) {
	for _, p := range ps {
		col, ok := parseColor(p.Paint.Color)
		if !ok || len(p.Ops) == 0 {
			continue
		}
		a := p.Paint.Alpha()
		if a >= 1 {
			c.path(p, col)
			continue
		}
		saved := c.state
		c.content = c.opacity(append(c.content, "q "...), a*p.Effect.Alpha())
		c.path(p, col)
		c.content = append(c.content, "Q\n"...)
		c.state = saved
	}
}

func (c *Canvas) path(p canvas.Path, col rgb) {
	if p.Paint.Area {
		c.content = c.state.fill(c.content, col)
	} else {
		c.content = c.state.stroke(c.content, p.Paint, col)
	}
	c.content = pathOps(c.content, p.Ops)
	switch {
	case p.Paint.Area && p.Paint.EvenOdd:
		c.content = append(c.content, "f*\n"...)
	case p.Paint.Area:
		c.content = append(c.content, "f\n"...)
	default:
		c.content = append(c.content, "S\n"...)
	}
}

// pathOps writes sketched path commands as PDF path operators.
func pathOps(b []byte, ops []sketch.Op) []byte {
	for _, op := range ops {
		switch op.Kind {
		case sketch.Move:
			b = append(nums(b, op.P[0].X, op.P[0].Y), "m "...)
		case sketch.Line:
			b = append(nums(b, op.P[0].X, op.P[0].Y), "l "...)
		case sketch.Cubic:
			b = append(nums(b, op.P[0].X, op.P[0].Y, op.P[1].X, op.P[1].Y, op.P[2].X, op.P[2].Y), "c "...)
		case sketch.Close:
			b = append(b, "h "...)
		}
	}
	return b
}

// parseColor reads a colour of the contract; "none" paints nothing.
func parseColor(s string) (rgb, bool) {
	v, ok := canvas.RGB(s)
	return rgb{float64(v[0]) / 255, float64(v[1]) / 255, float64(v[2]) / 255}, ok
}
