package svg

import (
	"errors"
	"fmt"
	"io"
	"strconv"

	"github.com/sketchdeck/sketchdeck/internal/sketch"
)

// MaxBytes bounds one SVG document: 16 MiB, 130 times the deck's largest
// (about 125 KiB). Past it a browser or a slide tool crawls anyway, and a
// table of long words in narrow columns could otherwise write hundreds of
// MiB (one glyph outline reference per character, one line per few).
const MaxBytes = 16 << 20

// Rough sizes of what a Canvas writes, bytes, on the low side so that an
// estimate never refuses a document that would fit: measured on the
// deck, the estimate is 0.13–0.62 of the real size (it leaves out the
// glyph definitions, most of a small diagram).
const (
	pathBytes  = 40 // <path d="" stroke=… stroke-width=…/>
	moveBytes  = 6  // m12 34
	cubicBytes = 16 // c1 2 3 4 5 6, relative: numbers of one or two digits
	lineBytes  = 150
	runeBytes  = 36 // <use x="…" y="0" xlink:href="#…" /> per glyph, and the character
	// headBytes is a generous guess at the rest of the head besides its
	// fonts and glyphs (root, title, description, animation and dark
	// scheme style, background): WriteTo sizes the head's buffer with it.
	headBytes = 4 << 10
)

// pathSize estimates the bytes of one path.
func pathSize(ops []sketch.Op) int {
	n := pathBytes
	for _, op := range ops {
		switch op.Kind {
		case sketch.Cubic:
			n += cubicBytes
		case sketch.Close:
			n++
		default:
			n += moveBytes
		}
	}
	return n
}

// errTooBig stops a document at its limit.
var errTooBig = errors.New("svg: the document passed the limit")

// tooBig is the error of a document past limit; size says what it came to
// ("about 142 MiB", estimated, or "over 16 MiB").
func tooBig(size string, limit int) error {
	return fmt.Errorf("the SVG would be %s; the limit is %s: draw fewer or smaller things, or split the diagram", size, bytesOf(limit))
}

// bytesOf writes a size in MiB, or in bytes below one.
func bytesOf(n int) string {
	if n < 1<<20 {
		return strconv.Itoa(n) + " bytes"
	}
	return strconv.Itoa(n>>20) + " MiB"
}

// capped passes at most left bytes on to w, then fails: a document whose
// estimate was too low still stops at its limit.
type capped struct {
	w    io.Writer
	left int
}

func (c *capped) Write(b []byte) (int, error) {
	if len(b) > c.left {
		c.left = -1
		return 0, errTooBig
	}
	c.left -= len(b)
	return c.w.Write(b)
}

// WriteString is Write without copying s to a []byte first.
func (c *capped) WriteString(s string) (int, error) {
	if len(s) > c.left {
		c.left = -1
		return 0, errTooBig
	}
	c.left -= len(s)
	return io.WriteString(c.w, s)
}
