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
	prefix string
	seen   map[text.GlyphID]bool
	order  []text.GlyphID // first use first, for a deterministic <defs>
}

func (g *glyphSet) id(gl text.GlyphID) string { return g.prefix + "-g-" + gl.String() }

// define writes every used glyph's outline, in glyph units.
func (g *glyphSet) define(w io.Writer) {
	for _, gl := range g.order {
		p := pathData{fill: true}
		g.fonts.DrawGlyph(gl, glyphUnits{&p})
		io.WriteString(w, `<path id="`+g.id(gl)+`" d="`+p.String()+"\"/>\n")
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
	if g.seen == nil {
		g.seen = map[text.GlyphID]bool{}
	}
	scale := t.Size / text.GlyphUnits
	color := shortColor(t.Color)
	for _, l := range t.Lines {
		if len(l.Glyphs) == 0 {
			continue
		}
		x := l.Start(t.Align)
		io.WriteString(w, "<g "+attr("transform", rotation(t)+"translate("+Num(x)+" "+Num(l.Y)+") scale("+Num4(scale)+")")+" "+attr("fill", color)+boldAttrs(color, t, scale)+attrs(groupAttrs(t.Effect))+attrs(effect)+">\n")
		for _, gl := range l.Glyphs {
			if !g.seen[gl.ID] {
				g.seen[gl.ID] = true
				g.order = append(g.order, gl.ID)
			}
			io.WriteString(w, "<use"+useX(gl.X)+` xlink:href="#`+g.id(gl.ID)+"\"/>\n")
		}
		io.WriteString(w, "</g>\n")
	}
}

// useX is a glyph's x attribute in glyph units, or nothing at 0.
func useX(em float64) string {
	x := int(math.Round(em * text.GlyphUnits)) // whole glyph units
	if x == 0 {
		return ""
	}
	return ` x="` + strconv.Itoa(x) + `"`
}

// boldAttrs strokes a bold block's glyph outlines in its colour, in glyph
// units (the group is scaled by scale).
func boldAttrs(color string, t canvas.Text, scale float64) string {
	if !t.Bold {
		return ""
	}
	return " " + attr("stroke", color) + " " + attr("stroke-width", Num(scene.BoldWidth(t.Size)/scale))
}
