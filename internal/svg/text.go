package svg

import (
	"fmt"
	"unicode/utf8"

	"github.com/sketchdeck/sketchdeck/internal/canvas"
	"github.com/sketchdeck/sketchdeck/internal/scene"
)

// Text writes a text block: its glyph outlines, when the document has
// fonts, then one <text> per line, invisible above the outlines.
func (c *Canvas) Text(t canvas.Text) {
	for _, l := range t.Lines {
		c.used.WriteString(l.Text)
		if l.Text != "" {
			c.estimate += lineBytes + runeBytes*utf8.RuneCountInString(l.Text)
		}
	}
	if c.estimate > c.limit {
		return // refused by WriteTo: write no more
	}
	effect := c.effectAttrs(t.Effect, true)
	c.glyphs.draw(c.doc, t, effect)
	c.writeText(t, c.fonts != nil, effect)
}

// writeText writes one <text> per line; hidden keeps them invisible above
// the glyph outlines.
func (c *Canvas) writeText(t canvas.Text, hidden bool, effect []string) {
	anchor := "start"
	switch t.Align {
	case scene.Center:
		anchor = "middle"
	case scene.Right:
		anchor = "end"
	}
	rotate := rotation(t)
	attrs := []string{attr("class", c.textClass()), attr("font-size", Num(t.Size)), attr("fill", t.Color), attr("text-anchor", anchor)}
	if hidden {
		attrs = append(attrs, `fill-opacity="0"`)
	} else {
		attrs = append(append(attrs, groupAttrs(t.Effect)...), effect...)
	}
	if t.Weight > 0 {
		attrs = append(attrs, attr("font-weight", fmt.Sprint(t.Weight)))
	}
	for _, l := range t.Lines {
		if l.Text == "" {
			continue
		}
		a := append([]string{attr("transform", rotate+"translate("+Num(l.X)+" "+Num(l.Y)+")")}, attrs...)
		c.doc.Text(0, 0, l.Text, a...)
	}
}

// rotation is the transform prefix that turns a block around its centre.
func rotation(t canvas.Text) string {
	if t.Rotate == 0 {
		return ""
	}
	return "rotate(" + Num(t.Rotate) + " " + Num(t.Center.X) + " " + Num(t.Center.Y) + ") "
}
