package pdf

import (
	"math"
	"strconv"

	"github.com/sketchdeck/sketchdeck/internal/canvas"
	"github.com/sketchdeck/sketchdeck/internal/geom"
	"github.com/sketchdeck/sketchdeck/internal/scene"
	"github.com/sketchdeck/sketchdeck/internal/text"
)

// glyphSet numbers the glyphs a document uses, each a form XObject
// drawn in glyph units (text.GlyphUnits to the em, y down): /G<n> fills
// the outline, /B<n> fills and strokes it, for bold text.
type glyphSet struct {
	fonts *text.Fonts
	index map[glyphKey]int
	order []glyphKey // first use first, for a deterministic document
}

type glyphKey struct {
	id   text.GlyphID
	bold bool
}

func (g *glyphSet) name(k glyphKey) string {
	n, ok := g.index[k]
	if !ok {
		if g.index == nil {
			g.index = map[glyphKey]int{}
		}
		n = len(g.order)
		g.index[k] = n
		g.order = append(g.order, k)
	}
	if k.bold {
		return "/B" + strconv.Itoa(n)
	}
	return "/G" + strconv.Itoa(n)
}

// write adds every glyph's form to d and returns the resource entries
// that name them.
func (g *glyphSet) write(d *document) []byte {
	var res []byte
	for _, k := range g.order {
		var o outline
		g.fonts.DrawGlyph(k.id, &o)
		op := " f"
		if k.bold {
			op = " B"
		}
		dict := []byte("/Type /XObject /Subtype /Form /BBox [")
		m := float64(text.GlyphUnits) // room for a bold stroke
		dict = nums(dict, o.x0-m, o.y0-m, o.x1+m, o.y1+m)
		dict = append(dict, "] "...)
		id := d.stream(dict, append(o.b, op...))
		res = append(res, g.name(k)...)
		res = append(res, ' ')
		res = append(res, ref(id)...)
		res = append(res, ' ')
	}
	return res
}

// outline writes glyph contours as path operators in glyph units, and
// bounds them.
type outline struct {
	b              []byte
	cx, cy         float64 // the pen, in em
	x0, y0, x1, y1 float64
	started        bool
}

func (o *outline) see(x, y float64) {
	x, y = x*text.GlyphUnits, y*text.GlyphUnits
	if !o.started {
		o.x0, o.y0, o.x1, o.y1, o.started = x, y, x, y, true
	}
	o.x0, o.y0 = math.Min(o.x0, x), math.Min(o.y0, y)
	o.x1, o.y1 = math.Max(o.x1, x), math.Max(o.y1, y)
}

func (o *outline) MoveTo(x, y float64) {
	o.see(x, y)
	o.b = append(nums(o.b, x*text.GlyphUnits, y*text.GlyphUnits), "m "...)
	o.cx, o.cy = x, y
}

func (o *outline) LineTo(x, y float64) {
	o.see(x, y)
	o.b = append(nums(o.b, x*text.GlyphUnits, y*text.GlyphUnits), "l "...)
	o.cx, o.cy = x, y
}

// QuadTo writes the quadratic as the cubic that traces it exactly.
func (o *outline) QuadTo(cx, cy, x, y float64) {
	o.see(cx, cy)
	o.see(x, y)
	const k = 2.0 / 3
	u := float64(text.GlyphUnits)
	o.b = append(nums(o.b,
		(o.cx+k*(cx-o.cx))*u, (o.cy+k*(cy-o.cy))*u,
		(x+k*(cx-x))*u, (y+k*(cy-y))*u,
		x*u, y*u), "c "...)
	o.cx, o.cy = x, y
}

func (o *outline) Close() { o.b = append(o.b, "h "...) }

// Text places the glyph forms of a text block's lines in its colour,
// turned around its centre when it is rotated.
func (c *Canvas) Text(t canvas.Text) {
	col, ok := parseColor(t.Color)
	if c.fonts == nil || !ok {
		return
	}
	b := append(c.content, "q\n"...)
	b = c.dimmed(b, t.Effect)
	if t.Rotate != 0 {
		b = transform(b, geom.Rotation(t.Rotate, t.Center))
	}
	var st gstate // inside q … Q: a state of its own
	st.fillSet, st.fillC = c.state.fillSet, c.state.fillC
	b = st.fill(b, col)
	scale := t.Size / text.GlyphUnits
	if t.Bold {
		b = append(nums(b, col[0], col[1], col[2]), "RG 1 j\n"...)
		b = append(num(b, scene.BoldWidth(t.Size)/scale), " w\n"...)
	}
	for _, l := range t.Lines {
		x := l.Start(t.Align)
		for _, g := range l.Glyphs {
			b = append(b, "q "...)
			b = append(nums(b, scale, 0, 0, scale, x+g.X*t.Size, l.Y), "cm "...)
			b = append(b, c.glyphs.name(glyphKey{id: g.ID, bold: t.Bold})...)
			b = append(b, " Do Q\n"...)
		}
	}
	c.content = append(b, "Q\n"...)
}
