package png

import (
	"github.com/sketchdeck/sketchdeck/internal/canvas"
	"github.com/sketchdeck/sketchdeck/internal/geom"
	"github.com/sketchdeck/sketchdeck/internal/scene"
	"github.com/sketchdeck/sketchdeck/internal/text"
)

// Text paints a text block from its glyph outlines, line by line, as the
// SVG draws them; a bold block's outlines are also stroked
// scene.BoldWidth wide, with round joins.
func (c *Canvas) Text(t canvas.Text) {
	if c.img == nil || c.fonts == nil {
		return
	}
	col, ok := parseColor(t.Color)
	if !ok {
		return
	}
	col = faded(col, 1, t.Effect)
	block := geom.Identity()
	if t.Rotate != 0 {
		block = geom.Rotation(t.Rotate, t.Center)
	}
	for _, l := range t.Lines {
		if len(l.Glyphs) == 0 {
			continue
		}
		x := l.Start(t.Align)
		c.flat.reset(geom.Identity())
		for _, g := range l.Glyphs {
			// em → CSS px at the glyph's origin → the block's turn → pixels
			c.flat.m = geom.Affine{A: t.Size, D: t.Size, E: x + g.X*t.Size, F: l.Y}.Then(block).Then(geom.Scaling(c.scale, c.scale))
			c.fonts.DrawGlyph(g.ID, &c.flat)
		}
		c.flat.end(false)
		c.fill(c.flat.polys, col)
		if t.Bold {
			c.fill(c.strk.outline(c.flat.polys, roundPen(scene.BoldWidth(t.Size)*c.scale/2)), col)
		}
	}
}

var _ text.Pen = (*flattener)(nil)
