package svg

import (
	"math"

	svgo "github.com/ajstarks/svgo"

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
func (g *glyphSet) define(doc *svgo.SVG) {
	for _, gl := range g.order {
		doc.Path(g.fonts.GlyphPath(gl, Num), attr("id", g.id(gl)))
	}
}

// draw places the glyphs of a text block's lines, in its colour, and
// notes each glyph for define.
func (g *glyphSet) draw(doc *svgo.SVG, t canvas.Text, effect []string) {
	if g.fonts == nil {
		return
	}
	if g.seen == nil {
		g.seen = map[text.GlyphID]bool{}
	}
	scale := t.Size / text.GlyphUnits
	for _, l := range t.Lines {
		if len(l.Glyphs) == 0 {
			continue
		}
		x := l.Start(t.Align)
		a := append([]string{attr("transform", rotation(t)+"translate("+Num(x)+" "+Num(l.Y)+") scale("+Num4(scale)+")"), attr("fill", t.Color)}, boldAttrs(t, scale)...)
		a = append(a, groupAttrs(t.Effect)...)
		doc.Group(append(a, effect...)...)
		for _, gl := range l.Glyphs {
			if !g.seen[gl.ID] {
				g.seen[gl.ID] = true
				g.order = append(g.order, gl.ID)
			}
			doc.Use(int(math.Round(gl.X*text.GlyphUnits)), 0, "#"+g.id(gl.ID))
		}
		doc.Gend()
	}
}

// boldAttrs strokes a bold block's glyph outlines in its colour, in glyph
// units (the group is scaled by scale).
func boldAttrs(t canvas.Text, scale float64) []string {
	if !t.Bold {
		return nil
	}
	return []string{attr("stroke", t.Color), attr("stroke-width", Num(scene.BoldWidth(t.Size)/scale)), attr("stroke-linejoin", "round")}
}
