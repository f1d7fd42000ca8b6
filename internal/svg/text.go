package svg

import (
	"bytes"
	"encoding/xml"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/sketchdeck/sketchdeck/internal/canvas"
	"github.com/sketchdeck/sketchdeck/internal/scene"
)

// Text writes a text block as its mode says: glyph outlines, <text>
// elements, or both (the <text> invisible above the outlines).
func (c *Canvas) Text(t canvas.Text) {
	for _, l := range t.Lines {
		if c.embed() {
			c.used[t.Font].WriteString(l.Text)
		}
		if l.Text != "" {
			c.estimate += lineBytes + runeBytes*utf8.RuneCountInString(l.Text)
		}
	}
	if c.estimate > c.limit {
		return // refused by WriteTo: write no more
	}
	effect := c.effectAttrs(t.Effect, true)
	if c.mode.outlines() {
		c.glyphs.draw(c.doc.Writer, t, effect)
	}
	if c.mode.characters() || c.fonts == nil {
		c.writeText(t, effect)
	}
}

// writeText writes one <text> per line: visible, or invisible over the
// glyph outlines and stretched to their width, so that a selection
// covers the words it copies. A visible line takes the block's effect
// (fading in, dimmed); an invisible one needs none.
func (c *Canvas) writeText(t canvas.Text, effect []string) {
	hidden := c.fonts != nil && c.mode.outlines()
	class := c.textClass(t.Font)
	var timing []string
	if !hidden {
		for _, e := range effect {
			if v, ok := strings.CutPrefix(e, `class="`); ok {
				class += " " + strings.TrimSuffix(v, `"`) // one class attribute, not two
			} else {
				timing = append(timing, e)
			}
		}
	}
	// The prefix and effect class names need no escaping. What every
	// line says after its place is made once per block, each line in
	// the canvas's scratch buffer and written at once.
	a := append(make([]byte, 0, 64+len(class)), ` class="`...)
	a = append(append(a, class...), `" font-size="`...)
	a = append(appendNum(a, t.Size), '"')
	if t.Weight > 0 {
		a = strconv.AppendInt(append(a, ` font-weight="`...), int64(t.Weight), 10)
		a = append(a, '"')
	}
	if hidden {
		a = append(a, ` fill-opacity="0"`...)
	} else {
		a = appendAttr(append(a, ' '), "fill", shortColor(t.Color))
		a = append(append(append(a, anchor(t.Align)...), attrs(groupAttrs(t.Effect))...), attrs(timing)...)
		if t.Bold {
			a = appendAttr(append(a, ' '), "stroke", shortColor(t.Color))
			a = appendAttr(append(a, ' '), "stroke-width", Num(scene.BoldWidth(t.Size)))
		}
	}
	if rotate := strings.TrimSuffix(rotation(t), " "); rotate != "" {
		a = appendAttr(append(a, ' '), "transform", rotate)
	}
	w := c.doc.Writer
	for _, l := range t.Lines {
		if l.Text == "" {
			continue
		}
		x := l.X
		if hidden {
			x = l.Start(t.Align)
		}
		c.wroteText[t.Font] = true
		b := appendNum(append(c.scratch[:0], `<text x="`...), x)
		b = append(appendNum(append(b, `" y="`...), l.Y), '"')
		if hidden && l.Width > 0 {
			b = appendNum(append(b, ` textLength="`...), l.Width)
			b = append(b, `" lengthAdjust="spacingAndGlyphs"`...)
		}
		b = appendText(append(append(b, a...), '>'), l.Text)
		b = append(b, "</text>\n"...)
		w.Write(b) // a failed write is caught by WriteTo
		c.scratch = b
	}
}

// appendText appends s escaped as xml.EscapeText escapes character data.
func appendText(b []byte, s string) []byte {
	if plain(s) {
		return append(b, s...)
	}
	var e bytes.Buffer
	_ = xml.EscapeText(&e, []byte(s)) // a bytes.Buffer never fails
	return append(b, e.Bytes()...)
}

// anchor is the text-anchor attribute of a visible line aligned a.
func anchor(a scene.Align) string {
	switch a {
	case scene.Center:
		return ` text-anchor="middle"`
	case scene.Right:
		return ` text-anchor="end"`
	}
	return ""
}

// rotation is the transform that turns a block around its centre, with a
// space after it, or "".
func rotation(t canvas.Text) string {
	if t.Rotate == 0 {
		return ""
	}
	return "rotate(" + Num(t.Rotate) + " " + Num(t.Center.X) + " " + Num(t.Center.Y) + ") "
}
