package pdf

import (
	"bytes"
	"compress/zlib"
	"fmt"
	"io"
	"strconv"
	"unicode/utf16"

	"github.com/sketchdeck/sketchdeck/internal/canvas"
	"github.com/sketchdeck/sketchdeck/internal/text"
)

// MaxBytes bounds a document: 64 MiB, far beyond the deck's largest.
const MaxBytes = 64 << 20

// ptPerPx is the size of a CSS pixel in PDF points.
const ptPerPx = 0.75

// Options are what the document needs besides its page.
type Options struct {
	// Fonts draw the text's glyph outlines; nil draws no text.
	Fonts *text.Fonts
}

// Canvas is one PDF document being drawn: the page's content stream is
// kept until WriteTo, which writes it with the glyphs it uses.
type Canvas struct {
	page     canvas.Page
	fonts    *text.Fonts
	content  []byte
	state    gstate
	glyphs   glyphSet
	pictures []picture
	alphas   []float64 // the opacities of faded items, in order of first use: graphics states /Dim, /A1…
	err      error     // what WriteTo will say instead of writing
}

var _ canvas.Canvas = (*Canvas)(nil)

// New starts a document of one page: page's size, painted with its
// background; user space is the scene's (CSS pixels, y down).
func New(page canvas.Page, opt Options) *Canvas {
	c := &Canvas{page: page, fonts: opt.Fonts}
	c.glyphs.fonts = opt.Fonts
	c.content = nums(c.content, ptPerPx, 0, 0, -ptPerPx, 0, page.Height*ptPerPx)
	c.content = append(c.content, "cm\n"...)
	if col, ok := parseColor(page.Background); ok {
		c.content = c.state.fill(c.content, col)
		c.content = nums(c.content, 0, 0, page.Width, page.Height)
		c.content = append(c.content, "re f\n"...)
	}
	return c
}

// WriteTo writes the whole document to w, or nothing and an error that
// says the limit when it would pass it.
func (c *Canvas) WriteTo(w io.Writer) (int64, error) {
	if c.err != nil {
		return 0, c.err
	}
	var d document
	d.reserve(4) // catalog, pages, page, info
	content := d.stream(nil, c.content)
	xobjects := append(c.glyphs.write(&d), writePictures(&d, c.pictures)...)
	d.set(1, []byte("<< /Type /Catalog /Pages 2 0 R >>"))
	d.set(2, []byte("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"))
	page := []byte("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ")
	page = nums(page, c.page.Width*ptPerPx, c.page.Height*ptPerPx)
	page = append(page, "] /Resources << /XObject << "...)
	page = append(page, xobjects...)
	page = append(page, ">> "...)
	if len(c.alphas) > 0 {
		page = append(page, "/ExtGState << "...)
		for _, a := range c.alphas {
			page = append(append(page, alphaState(a)...), " << /Type /ExtGState /ca "...)
			page = num(page, a)
			page = append(page, " /CA "...)
			page = num(page, a)
			page = append(page, " >> "...)
		}
		page = append(page, ">> "...)
	}
	page = append(page, ">> /Contents "...)
	page = append(page, ref(content)...)
	page = append(page, " >>"...)
	d.set(3, page)
	info := []byte("<< /Producer (sketchdeck) /Title ")
	info = textString(info, c.page.Title)
	if c.page.Desc != "" {
		info = append(info, " /Subject "...)
		info = textString(info, c.page.Desc)
	}
	d.set(4, append(info, " >>"...))
	out := d.bytes(1, 4)
	if len(out) > MaxBytes {
		return 0, fmt.Errorf("pdf: the document would be over %d MiB, the limit", MaxBytes>>20)
	}
	n, err := w.Write(out)
	if err != nil {
		return int64(n), fmt.Errorf("pdf: %w", err)
	}
	return int64(n), nil
}

// document collects numbered objects and writes them with their
// cross-reference table.
type document struct {
	objs [][]byte // object i+1's body
}

func (d *document) reserve(n int) { d.objs = append(d.objs, make([][]byte, n)...) }

func (d *document) set(id int, body []byte) { d.objs[id-1] = body }

func (d *document) add(body []byte) int {
	d.objs = append(d.objs, body)
	return len(d.objs)
}

// stream adds a compressed stream with extra dictionary entries.
func (d *document) stream(dict, data []byte) int {
	var z bytes.Buffer
	zw, _ := zlib.NewWriterLevel(&z, zlib.BestSpeed) // a valid level never fails
	zw.Write(data)                                   //nolint:errcheck // a bytes.Buffer never fails
	zw.Close()                                       //nolint:errcheck // nor here
	body := append([]byte("<< "), dict...)
	body = append(body, "/Filter /FlateDecode /Length "...)
	body = strconv.AppendInt(body, int64(z.Len()), 10)
	body = append(body, " >>\nstream\n"...)
	body = append(body, z.Bytes()...)
	body = append(body, "\nendstream"...)
	return d.add(body)
}

func ref(id int) []byte { return fmt.Appendf(nil, "%d 0 R", id) }

// bytes is the whole file.
func (d *document) bytes(root, info int) []byte {
	out := []byte("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
	offsets := make([]int, len(d.objs))
	for i, body := range d.objs {
		offsets[i] = len(out)
		out = fmt.Appendf(out, "%d 0 obj\n", i+1)
		out = append(out, body...)
		out = append(out, "\nendobj\n"...)
	}
	xref := len(out)
	out = fmt.Appendf(out, "xref\n0 %d\n0000000000 65535 f \n", len(d.objs)+1)
	for _, off := range offsets {
		out = fmt.Appendf(out, "%010d 00000 n \n", off)
	}
	out = fmt.Appendf(out, "trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(d.objs)+1, root, info, xref)
	return out
}

// textString writes s as a PDF text string: literal when it is printable
// ASCII, else UTF-16BE with its byte-order mark, in hex.
func textString(b []byte, s string) []byte {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] < 0x20 || s[i] > 0x7e {
			ascii = false
			break
		}
	}
	if ascii {
		b = append(b, '(')
		for i := 0; i < len(s); i++ {
			if s[i] == '(' || s[i] == ')' || s[i] == '\\' {
				b = append(b, '\\')
			}
			b = append(b, s[i])
		}
		return append(b, ')')
	}
	b = append(b, "<FEFF"...)
	for _, u := range utf16.Encode([]rune(s)) {
		b = fmt.Appendf(b, "%04X", u)
	}
	return append(b, '>')
}
