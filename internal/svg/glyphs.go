package svg

import (
	"io"
	"math"
	"strconv"

	"github.com/sketchdeck/sketchdeck/internal/canvas"
	"github.com/sketchdeck/sketchdeck/internal/scene"
	"github.com/sketchdeck/sketchdeck/internal/text"
)

// glyphSet draws text as outlines: each glyph a document uses is defined
// once in <defs> and placed with <use> wherever it recurs.
type glyphSet struct {
	fonts  *text.Fonts
	cache  *GlyphCache // outlines shared with the build's other documents, or nil
	prefix string
	ids    map[text.GlyphID]string // every glyph used, by its id in the document
	order  []text.GlyphID          // first use first, for a deterministic <defs>
	buf    []byte                  // draw builds each <use> in it
}

// id is glyph gl's id in the document, noting its first use for define.
func (g *glyphSet) id(gl text.GlyphID) string {
	if id, ok := g.ids[gl]; ok {
		return id
	}
	if g.ids == nil {
		g.ids = map[text.GlyphID]string{}
	}
	id := g.prefix + "-g-" + gl.String()
	g.ids[gl] = id
	g.order = append(g.order, gl)
	return id
}

// paths are the path data of every used glyph's outline, in glyph units,
// in the order define writes them, and their bytes.
func (g *glyphSet) paths() ([]string, int) {
	ds := make([]string, len(g.order))
	n := 0
	for i, gl := range g.order {
		ds[i] = g.cache.path(gl, func() string {
			p := pathData{fill: true}
			g.fonts.DrawGlyph(gl, glyphUnits{&p})
			return p.String()
		})
		n += len(ds[i]) + len(g.ids[gl]) + len(`<path id="" d=""/>`+"\n")
	}
	return ds, n
}

// define writes every used glyph's outline: ds, from paths.
func (g *glyphSet) define(w io.Writer, ds []string) {
	for i, gl := range g.order {
		io.WriteString(w, `<path id="`)
		io.WriteString(w, g.ids[gl])
		io.WriteString(w, `" d="`)
		io.WriteString(w, ds[i])
		io.WriteString(w, "\"/>\n")
	}
}

// glyphUnits hands a glyph's outline, in em, to a pathData in glyph units.
type glyphUnits struct{ p *pathData }

func (u glyphUnits) MoveTo(x, y float64) { u.p.MoveTo(x*text.GlyphUnits, y*text.GlyphUnits) }
func (u glyphUnits) LineTo(x, y float64) { u.p.LineTo(x*text.GlyphUnits, y*text.GlyphUnits) }
func (u glyphUnits) QuadTo(cx, cy, x, y float64) {
	const k = text.GlyphUnits
	u.p.QuadTo(cx*k, cy*k, x*k, y*k)
}
func (u glyphUnits) Close() { u.p.Close() }

// draw places the glyphs of a text block's lines, in its colour, and
// notes each glyph for define.
func (g *glyphSet) draw(w io.Writer, t canvas.Text, effect []string) {
	if g.fonts == nil {
		return
	}
	scale := t.Size / text.GlyphUnits
	color := shortColor(t.Color)
	// What every line's group says but its place, made once per block. The
	// transform's characters (digits, letters, parentheses, spaces) need
	// no escaping.
	rotate, scale4 := rotation(t), Num4(scale)
	rest := `)" ` + attr("fill", color) + boldAttrs(color, t, scale) + attrs(groupAttrs(t.Effect)) + attrs(effect) + ">\n"
	for _, l := range t.Lines {
		if len(l.Glyphs) == 0 {
			continue
		}
		b := append(append(g.buf[:0], `<g transform="`...), rotate...)
		b = appendNum(append(b, "translate("...), l.Start(t.Align))
		b = appendNum(append(b, ' '), l.Y)
		b = append(append(append(b, ") scale("...), scale4...), rest...)
		w.Write(b)
		g.buf = b
		for _, gl := range l.Glyphs {
			g.buf = g.use(g.buf[:0], gl)
			w.Write(g.buf)
		}
		io.WriteString(w, "</g>\n")
	}
}

// use appends the <use> element that places gl: its x attribute in whole
// glyph units, left out at 0.
func (g *glyphSet) use(b []byte, gl text.Glyph) []byte {
	b = append(b, "<use"...)
	if x := int64(math.Round(gl.X * text.GlyphUnits)); x != 0 {
		b = append(b, ` x="`...)
		b = strconv.AppendInt(b, x, 10)
		b = append(b, '"')
	}
	b = append(b, ` xlink:href="#`...)
	b = append(b, g.id(gl.ID)...)
	return append(b, "\"/>\n"...)
}

// boldAttrs strokes a bold block's glyph outlines in its colour, in glyph
// units (the group is scaled by scale).
func boldAttrs(color string, t canvas.Text, scale float64) string {
	if !t.Bold {
		return ""
	}
	return " " + attr("stroke", color) + " " + attr("stroke-width", Num(scene.BoldWidth(t.Size)/scale))
}
