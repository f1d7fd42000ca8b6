package dotin

import (
	"regexp"

	"github.com/sketchdeck/sketchdeck/internal/drawtoml"
)

// Font characteristics of Graphviz's t operation (an HTML-like label's
// <B>, <I>, <U>, <SUP>, <SUB>, <S>, <O>).
const (
	charBold      = 1
	charItalic    = 2
	charUnderline = 4
	charSup       = 8
	charSub       = 16
	charStrike    = 32
	charOverline  = 64
)

// textLines draws the lines Graphviz draws with a text of an HTML-like
// label, under it (<U>), through it (<S>) and over it (<O>), across the
// width Graphviz measured, in the text's colour; and warns about what the
// handwriting cannot show: italics, and superscripts and subscripts,
// drawn upright on the line.
func (c *conv) textLines(o op, pen htmlPen) {
	x0, y := c.textStart(o)
	stroke := ""
	if pen.stroke != "none" {
		stroke = pen.stroke
	}
	rough := 0.5
	for _, l := range []struct {
		char int
		dy   float64 // from the baseline, in font sizes
	}{{charUnderline, 0.15}, {charStrike, -0.3}, {charOverline, -0.8}} {
		if pen.chars&l.char != 0 && o.Width > 0 {
			c.els = append(c.els, drawtoml.Element{Kind: "line", X: x0, Y: y + l.dy*pen.size,
				Points: [][]float64{{0, 0}, {o.Width, 0}}, Stroke: stroke, Roughness: &rough})
		}
	}
	for _, n := range []struct {
		char      int
		tag, what string
	}{{charItalic, "I", "italic: drawn upright, the handwriting has no italics"},
		{charSup, "SUP", "a superscript: drawn on the line"},
		{charSub, "SUB", "a subscript: drawn on the line"}} {
		if pen.chars&n.char != 0 {
			c.warnAt(regexp.MustCompile(`(?i)(<)\s*`+n.tag+`\s*>`), "<"+n.tag+"> in an HTML-like label is "+n.what)
		}
	}
}
