package svg

import (
	"io"
	"strings"

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
	w := c.doc.Writer
	if ga := groupAttrs(e); ga == nil {
		io.WriteString(w, "<g>\n") // nearly every item: no string made
	} else {
		io.WriteString(w, "<g"+attrs(ga)+">\n")
	}
	for _, p := range ps {
		// One element built in the canvas's scratch buffer, written once.
		d := pathData{b: append(c.scratch[:0], `<path d="`...)}
		d.ops(p.Ops)
		b := append(d.b, `" `...)
		b = appendPaint(b, p.Paint)
		for _, a := range c.effectAttrs(p.Effect, p.Paint.Area || p.Paint.Dash != [2]float64{}) {
			b = append(append(b, ' '), a...)
		}
		b = append(b, "/>\n"...)
		w.Write(b)
		c.scratch = b
	}
	io.WriteString(w, "</g>\n")
}

// attrs joins attributes, each after a space.
func attrs(a []string) string {
	if len(a) == 0 {
		return ""
	}
	return " " + strings.Join(a, " ")
}

// ops writes a sketched path's operations.
func (d *pathData) ops(ops []sketch.Op) {
	for _, op := range ops {
		switch op.Kind {
		case sketch.Move:
			d.MoveTo(op.P[0].X, op.P[0].Y)
		case sketch.Line:
			d.LineTo(op.P[0].X, op.P[0].Y)
		case sketch.Cubic:
			d.CubicTo(op.P[0].X, op.P[0].Y, op.P[1].X, op.P[1].Y, op.P[2].X, op.P[2].Y)
		case sketch.Close:
			d.Close()
		}
	}
}

// appendPaint appends a path's presentation attributes to b. The body's
// group sets fill none and round caps and joins, so a stroke says only its
// colour, width and dashes, and an area only its fill.
func appendPaint(b []byte, p canvas.Paint) []byte {
	if p.Area {
		b = appendAttr(b, "fill", shortColor(p.Color))
		if p.EvenOdd {
			b = append(b, ` fill-rule="evenodd"`...)
		}
		if op := p.Alpha(); op < 1 {
			b = append(b, ` fill-opacity="`...)
			b = append(appendNum(b, op), '"')
		}
		return b
	}
	b = appendAttr(b, "stroke", shortColor(p.Color))
	b = append(b, ` stroke-width="`...)
	b = append(appendNum(b, p.Width), '"')
	if p.Dash != [2]float64{} {
		b = append(b, ` stroke-dasharray="`...)
		b = append(appendNum(b, p.Dash[0]), ' ')
		b = append(appendNum(b, p.Dash[1]), '"')
	}
	if op := p.Alpha(); op < 1 {
		b = append(b, ` stroke-opacity="`...)
		b = append(appendNum(b, op), '"')
	}
	if p.Cap != canvas.RoundCap || p.Join != canvas.RoundJoin {
		b = append(b, shapeAttrs(p)...)
	}
	return b
}

// capNames and joinNames are SVG's names of the stroke ends and corners.
var (
	capNames  = map[canvas.Cap]string{canvas.ButtCap: "butt", canvas.RoundCap: "round", canvas.SquareCap: "square"}
	joinNames = map[canvas.Join]string{canvas.MiterJoin: "miter", canvas.RoundJoin: "round", canvas.BevelJoin: "bevel"}
)

// shapeAttrs are a stroke's ends and corners where they are not the
// body's round ones.
func shapeAttrs(p canvas.Paint) string {
	var a string
	if p.Cap != canvas.RoundCap {
		a += " " + attr("stroke-linecap", capNames[p.Cap])
	}
	if p.Join != canvas.RoundJoin {
		a += " " + attr("stroke-linejoin", joinNames[p.Join])
	}
	if p.Join == canvas.MiterJoin {
		a += " " + attr("stroke-miterlimit", Num(p.Miter()))
	}
	return a
}

// shortColor writes "#rrggbb" as "#rgb" where that is the same colour.
func shortColor(c string) string {
	if len(c) == 7 && c[0] == '#' && c[1] == c[2] && c[3] == c[4] && c[5] == c[6] {
		return "#" + c[1:2] + c[3:4] + c[5:6]
	}
	return c
}
