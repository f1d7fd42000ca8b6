package svg

import (
	"bufio"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"

	svgo "github.com/ajstarks/svgo"

	"github.com/sketchdeck/sketchdeck/internal/scene"
	"github.com/sketchdeck/sketchdeck/internal/sketch"
	"github.com/sketchdeck/sketchdeck/internal/text"
)

// Options are what the document needs besides the scene.
type Options struct {
	// Prefix makes ids and CSS names unique per diagram ("sd-cdn").
	Prefix string
	// Background paints the whole canvas first; "" or "none" leaves it clear.
	Background string
	// FontCSS holds the @font-face rules of the embedded fonts.
	FontCSS string
	// FontFamily is the CSS font-family list the text uses.
	FontFamily string
	// Fonts draws text as glyph outlines, so that viewers that ignore
	// @font-face (librsvg) still show the handwriting; the <text> stays
	// on top, invisible, for selection, search and screen readers.
	Fonts *text.Fonts
	// MaxBytes bounds the document; 0 is MaxBytes.
	MaxBytes int
}

// Write writes the document for sc. drawings[i] is the sketch of
// sc.Items[i] (text items have empty drawings).
func Write(w io.Writer, sc *scene.Scene, drawings []sketch.Drawing, opt Options) error {
	if len(drawings) != len(sc.Items) {
		return fmt.Errorf("svg: %d drawings for %d items", len(drawings), len(sc.Items))
	}
	limit := opt.MaxBytes
	if limit <= 0 {
		limit = MaxBytes
	}
	if n := len(opt.FontCSS) + Size(sc, drawings); n > limit {
		return tooBig("about "+bytesOf(n), limit)
	}
	bw := bufio.NewWriter(&capped{w: w, left: limit})
	doc := svgo.New(bw)
	doc.Startraw(
		attr("width", Num(sc.Width)), attr("height", Num(sc.Height)),
		attr("viewBox", "0 0 "+Num(sc.Width)+" "+Num(sc.Height)),
		attr("role", "img"),
	)
	doc.Title(sc.Title)
	if sc.Desc != "" {
		doc.Desc(sc.Desc)
	}
	textClass := opt.Prefix + "-text"
	doc.Def()
	doc.Style("text/css", opt.FontCSS+"."+textClass+"{font-family:"+opt.FontFamily+";white-space:pre}")
	glyphs := newGlyphSet(opt.Fonts, opt.Prefix, sc)
	glyphs.define(doc)
	doc.DefEnd()
	if opt.Background != "" && opt.Background != "none" {
		doc.Path("M0 0H"+Num(sc.Width)+"V"+Num(sc.Height)+"H0Z", attr("fill", opt.Background))
	}
	for i, it := range sc.Items {
		if it.Kind == scene.Label {
			glyphs.draw(doc, it)
			writeText(doc, it, textClass, glyphs.fonts != nil)
			continue
		}
		writeDrawing(doc, it, drawings[i])
	}
	doc.End()
	if err := bw.Flush(); errors.Is(err, errTooBig) {
		return tooBig("over "+bytesOf(limit), limit)
	} else if err != nil {
		return err
	}
	return nil
}

// attr formats name="value" with value escaped for an XML attribute.
func attr(name, value string) string {
	var b strings.Builder
	b.WriteString(name)
	b.WriteString(`="`)
	_ = xml.EscapeText(&b, []byte(value)) // a strings.Builder never fails
	b.WriteByte('"')
	return b.String()
}

// writeDrawing writes one item's paths, each painted for its role.
func writeDrawing(doc *svgo.SVG, it scene.Item, d sketch.Drawing) {
	if len(d.Paths) == 0 {
		return
	}
	doc.Group()
	for _, p := range d.Paths {
		doc.Path(p.D(Num), paint(it.Style, p)...)
	}
	doc.Gend()
}

// paint gives a path's presentation attributes from its role.
func paint(st scene.Style, p sketch.Path) []string {
	stroke := func(color string, dash bool) []string {
		a := []string{attr("fill", "none"), attr("stroke", color), attr("stroke-width", Num(p.Width)),
			`stroke-linecap="round"`, `stroke-linejoin="round"`}
		if dash {
			if d := dashArray(st.Dash, p.Width); d != "" {
				a = append(a, attr("stroke-dasharray", d))
			}
		}
		return a
	}
	switch p.Role {
	case sketch.FillArea:
		return []string{attr("fill", st.Fill), attr("stroke", "none")}
	case sketch.FillLines:
		return stroke(st.Fill, false)
	case sketch.InkArea:
		return []string{attr("fill", st.Stroke), attr("stroke", "none")}
	case sketch.Head:
		return stroke(st.Stroke, false)
	}
	return stroke(st.Stroke, true)
}

// dashArray is Excalidraw's dash pattern for a stroke width.
func dashArray(d scene.Dash, width float64) string {
	switch d {
	case scene.Dashed:
		return Num(8) + " " + Num(8+width)
	case scene.Dotted:
		return Num(1.5) + " " + Num(6+width)
	}
	return ""
}

// writeText writes a text item, one <text> per line; hidden keeps it
// invisible above the glyph outlines.
func writeText(doc *svgo.SVG, it scene.Item, class string, hidden bool) {
	t := it.Text
	if t == nil || len(t.Lines) == 0 {
		return
	}
	anchor := "start"
	switch t.Align {
	case scene.Center:
		anchor = "middle"
	case scene.Right:
		anchor = "end"
	}
	rotate := rotation(it)
	attrs := []string{attr("class", class), attr("font-size", Num(t.Size)), attr("fill", t.Color), attr("text-anchor", anchor)}
	if hidden {
		attrs = append(attrs, `fill-opacity="0"`)
	}
	if t.Weight > 0 {
		attrs = append(attrs, attr("font-weight", fmt.Sprint(t.Weight)))
	}
	for _, l := range t.Lines {
		if l.Text == "" {
			continue
		}
		a := append([]string{attr("transform", rotate+"translate("+Num(l.X)+" "+Num(l.Y)+")")}, attrs...)
		doc.Text(0, 0, l.Text, a...)
	}
}

// rotation is the transform prefix that turns an item around its centre.
func rotation(it scene.Item) string {
	if it.Rotate == 0 {
		return ""
	}
	c := it.Box.Center()
	return "rotate(" + Num(it.Rotate) + " " + Num(c.X) + " " + Num(c.Y) + ") "
}
