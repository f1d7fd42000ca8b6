package svg

import (
	"math"

	svgo "github.com/ajstarks/svgo"

	"github.com/sketchdeck/sketchdeck/internal/scene"
	"github.com/sketchdeck/sketchdeck/internal/text"
)

// glyphSet draws text as outlines: each glyph a document uses is defined
// once in <defs> and placed with <use> wherever it recurs.
type glyphSet struct {
	fonts  *text.Fonts
	prefix string
	order  []text.GlyphID // first use first, for a deterministic <defs>
}

func newGlyphSet(fonts *text.Fonts, prefix string, sc *scene.Scene) *glyphSet {
	g := &glyphSet{fonts: fonts, prefix: prefix}
	if fonts == nil {
		return g
	}
	seen := map[text.GlyphID]bool{}
	for _, it := range sc.Items {
		if it.Kind != scene.Label || it.Text == nil {
			continue
		}
		for _, l := range it.Text.Lines {
			for _, gl := range fonts.Glyphs(l.Text) {
				if !seen[gl.ID] {
					seen[gl.ID] = true
					g.order = append(g.order, gl.ID)
				}
			}
		}
	}
	return g
}

func (g *glyphSet) id(gl text.GlyphID) string { return g.prefix + "-g-" + gl.String() }

// define writes every used glyph's outline, in glyph units.
func (g *glyphSet) define(doc *svgo.SVG) {
	for _, gl := range g.order {
		doc.Path(g.fonts.GlyphPath(gl, Num), attr("id", g.id(gl)))
	}
}

// draw places the glyphs of a text item's lines, in its colour.
func (g *glyphSet) draw(doc *svgo.SVG, it scene.Item) {
	t := it.Text
	if g.fonts == nil || t == nil {
		return
	}
	scale := t.Size / text.GlyphUnits
	for _, l := range t.Lines {
		glyphs := g.fonts.Glyphs(l.Text)
		if len(glyphs) == 0 {
			continue
		}
		x := l.X
		switch t.Align {
		case scene.Center:
			x -= l.Width / 2
		case scene.Right:
			x -= l.Width
		}
		doc.Group(attr("transform", rotation(it)+"translate("+Num(x)+" "+Num(l.Y)+") scale("+Num4(scale)+")"), attr("fill", t.Color))
		for _, gl := range glyphs {
			doc.Use(int(math.Round(gl.X*text.GlyphUnits)), 0, "#"+g.id(gl.ID))
		}
		doc.Gend()
	}
}
