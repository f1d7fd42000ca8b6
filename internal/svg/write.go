package svg

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	svgo "github.com/ajstarks/svgo"

	"github.com/sketchdeck/sketchdeck/internal/canvas"
	"github.com/sketchdeck/sketchdeck/internal/text"
)

// Options are what the document needs besides its page.
type Options struct {
	// Fonts draw the text as Text says: as glyph outlines, and/or as
	// <text> in the embedded subset fonts. nil writes plain, visible
	// <text> in the viewer's sans-serif font only.
	Fonts *text.Fonts
	// Text says how text is stored; the zero value is TextSelectable.
	Text TextMode
	// Dark, when set, recolours the document for readers who prefer a
	// dark colour scheme: each colour painted becomes Dark(colour) under a
	// prefers-color-scheme media query (a theme's color_scheme = "auto").
	Dark func(color string) string
	// MaxBytes bounds the document; 0 is MaxBytes.
	MaxBytes int
	// Shared, when not nil, is what the document shares with the other
	// documents of its build (glyph outlines, buffers): give every
	// document of a build the same one.
	Shared *Shared
}

// Canvas is one SVG document being drawn: the body is kept until WriteTo,
// which first writes what the body uses (fonts, glyph outlines).
type Canvas struct {
	page      canvas.Page
	fonts     *text.Fonts
	mode      TextMode
	dark      func(string) string
	prefix    string // of ids and CSS names ("sd-cdn")
	limit     int
	shared    *Shared
	body      *bytes.Buffer // lent by shared, given back by WriteTo
	capped    capped        // body's writer: stops at limit
	doc       *svgo.SVG     // writes the body
	glyphs    glyphSet
	scratch   []byte            // Paths builds each element in it
	used      []strings.Builder // every character written, per text.Family, for the font subsets
	estimate  int               // of the document's size, fonts left out
	wroteText []bool            // per text.Family: a <text> in it was written, the document needs its style
	// animation tells that an element animates: the head then writes
	// the animation's style (effect.go).
	animation bool
}

var _ canvas.Canvas = (*Canvas)(nil)

// New starts an SVG document for page.
func New(page canvas.Page, opt Options) *Canvas {
	c := &Canvas{page: page, fonts: opt.Fonts, mode: opt.Text, dark: opt.Dark, prefix: idPrefix(page.Name), limit: opt.MaxBytes}
	c.used = make([]strings.Builder, len(text.Families()))
	c.wroteText = make([]bool, len(text.Families()))
	if c.limit <= 0 {
		c.limit = MaxBytes
	}
	c.shared = opt.Shared
	c.body = c.shared.body()
	c.capped = capped{w: c.body, left: c.limit}
	c.doc = svgo.New(&c.capped)
	// Strokes are round-capped and round-joined and paths unfilled unless
	// they say otherwise: said once here rather than on every path.
	c.doc.Group(`fill="none"`, `stroke-linecap="round"`, `stroke-linejoin="round"`)
	c.glyphs = glyphSet{fonts: opt.Fonts, cache: opt.Shared.glyphs(), prefix: c.prefix}
	return c
}

// idPrefix is the id and CSS prefix of a diagram's document: "sd-" and its
// name, in which every character but ASCII letters, digits and dashes
// becomes "_", so that the prefix is a valid XML id and CSS identifier.
func idPrefix(name string) string {
	var b strings.Builder
	b.WriteString("sd-")
	for _, r := range name {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '-':
			b.WriteRune(r)
		default:
			b.WriteByte('_')
		}
	}
	return b.String()
}

// WriteTo writes the whole document to w, or nothing and an error that
// says the limit when it would pass it. Once it has written the document,
// the canvas is spent: its body's buffer goes back to Options.Shared for
// the next document, and nothing more can be drawn or written.
func (c *Canvas) WriteTo(w io.Writer) (int64, error) {
	if c.body == nil {
		return 0, errWritten
	}
	fonts, classes, err := c.fontCSS()
	if err != nil {
		return 0, err
	}
	if n := len(fonts) + c.estimate; n > c.limit {
		return 0, tooBig("about "+bytesOf(n), c.limit)
	}
	defs, size := c.glyphs.paths()
	var head, tail bytes.Buffer
	head.Grow(size + len(fonts) + len(classes) + headBytes)
	c.writeHead(svgo.New(&head), fonts+classes, defs)
	doc := svgo.New(&tail)
	doc.Gend()
	doc.End()
	if c.capped.left < 0 || head.Len()+c.body.Len()+tail.Len() > c.limit {
		return 0, tooBig("over "+bytesOf(c.limit), c.limit)
	}
	if buf, ok := w.(*bytes.Buffer); ok {
		buf.Grow(head.Len() + c.body.Len() + tail.Len()) // one allocation, not a doubling per write
	}
	defer c.spend()
	var n int64
	for _, b := range [][]byte{head.Bytes(), c.body.Bytes(), tail.Bytes()} {
		m, err := w.Write(b)
		n += int64(m)
		if err != nil {
			return n, fmt.Errorf("svg: %w", err)
		}
	}
	return n, nil
}

// errWritten is the error of a second WriteTo.
var errWritten = errors.New("svg: the document was written already")

// spend gives the body's buffer back and makes whatever is still drawn
// fail harmlessly (capped refuses it), as WriteTo would.
func (c *Canvas) spend() {
	c.shared.release(c.body)
	c.body = nil
	c.capped = capped{w: io.Discard, left: -1}
}

// writeHead writes the document's start: its size, title and description,
// the style and glyph definitions, and the background.
func (c *Canvas) writeHead(doc *svgo.SVG, css string, glyphs []string) {
	p := c.page
	root := []string{
		attr("width", Num(p.Width)), attr("height", Num(p.Height)),
		attr("viewBox", "0 0 "+Num(p.Width)+" "+Num(p.Height)),
		attr("role", "img"),
	}
	if c.dark != nil {
		root = append(root, attr("class", c.prefix)) // scopes schemeCSS
	}
	doc.Startraw(root...)
	doc.Title(p.Title)
	if p.Desc != "" {
		doc.Desc(p.Desc)
	}
	doc.Def()
	style := css + c.animationCSS() + c.schemeCSS()
	if style != "" {
		doc.Style("text/css", style)
	}
	c.glyphs.define(doc.Writer, glyphs)
	doc.DefEnd()
	if p.Background != "" && p.Background != "none" {
		doc.Path("M0 0H"+Num(p.Width)+"V"+Num(p.Height)+"H0Z", attr("fill", p.Background))
	}
}

// fontCSS is the @font-face rules of the fonts' subsets for every
// character written, and the classes: a rule per family written that
// names them in its fallback order.
func (c *Canvas) fontCSS() (fonts, classes string, err error) {
	var css strings.Builder
	var files []text.FontFile
	if c.embed() {
		var runs []text.Run
		for i := range c.used {
			if c.used[i].Len() > 0 {
				runs = append(runs, text.Run{Family: text.Family(i), Text: c.used[i].String()})
			}
		}
		if files, err = c.fonts.SubsetRuns(runs); err != nil {
			return "", "", err
		}
		for i := range files {
			files[i].Family = c.faceName(files[i].Family)
		}
		fonts = text.CSS(files)
	}
	for i, wrote := range c.wroteText {
		if !wrote {
			continue
		}
		var names []string
		if c.embed() {
			for _, face := range c.fonts.In(text.Family(i)).Faces() {
				if slices.ContainsFunc(files, func(f text.FontFile) bool { return f.Family == c.faceName(face) }) {
					names = append(names, c.faceName(face))
				}
			}
		}
		css.WriteString("." + c.textClass(text.Family(i)) + "{font-family:" + strings.Join(append(names, genericFamily(text.Family(i))), ", ") + ";white-space:pre}")
	}
	return fonts, css.String(), nil
}

// faceName is a shipped face's name in the document's CSS.
func (c *Canvas) faceName(face string) string {
	return c.prefix + "-" + strings.ReplaceAll(face, " ", "-")
}

// genericFamily is the CSS generic family that ends a family's list.
func genericFamily(f text.Family) string {
	if f == text.Mono {
		return "monospace"
	}
	return "sans-serif"
}

// textClass is the CSS class of <text> set in family: the theme's family
// keeps the class it always had.
func (c *Canvas) textClass(family text.Family) string {
	if c.fonts == nil || family == c.fonts.Family() {
		return c.prefix + "-text"
	}
	return c.prefix + "-text-" + family.String()
}

// embed tells whether the document embeds fonts: only visible <text>
// needs them.
func (c *Canvas) embed() bool { return c.fonts != nil && c.mode == TextFont }

// attr formats name="value" with value escaped for an XML attribute.
func attr(name, value string) string {
	if plain(value) { // nearly every value: one allocation
		return name + `="` + value + `"`
	}
	return string(appendAttr(nil, name, value))
}

// appendAttr appends attr(name, value) to b.
func appendAttr(b []byte, name, value string) []byte {
	return append(appendText(append(append(b, name...), `="`...), value), '"')
}

// plain tells whether xml.EscapeText leaves s as it is: printable ASCII
// without the characters it escapes.
func plain(s string) bool {
	for i := range len(s) {
		switch c := s[i]; {
		case c < 0x20 || c > 0x7e, c == '"', c == '\'', c == '&', c == '<', c == '>':
			return false
		}
	}
	return true
}
