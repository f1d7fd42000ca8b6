package svg

import (
	"encoding/base64"
	"fmt"

	"github.com/sketchdeck/sketchdeck/internal/canvas"
)

// Image writes a picture as an <image> whose href is a data: URL of the
// file's bytes: the document stays self-contained, and a viewer shows an
// SVG picture in <image> as a still image, running none of its scripts
// and loading nothing it refers to.
func (c *Canvas) Image(im canvas.Image) {
	data := base64.StdEncoding.EncodeToString(im.Data)
	c.estimate += len(data) + 200
	if c.estimate > c.limit {
		return // refused by WriteTo: write no more
	}
	b := im.Box
	a := []string{
		attr("x", Num(b.X)), attr("y", Num(b.Y)), attr("width", Num(b.W)), attr("height", Num(b.H)),
		`preserveAspectRatio="xMidYMid meet"`,
	}
	if im.Rotate != 0 {
		cx, cy := b.X+b.W/2, b.Y+b.H/2
		a = append(a, attr("transform", "rotate("+Num(im.Rotate)+" "+Num(cx)+" "+Num(cy)+")"))
	}
	a = append(append(a, groupAttrs(im.Effect)...), c.effectAttrs(im.Effect, true)...)
	fmt.Fprintf(c.doc.Writer, "<image")
	for _, s := range a {
		fmt.Fprintf(c.doc.Writer, " %s", s)
	}
	// The MIME type and base64 need no escaping.
	fmt.Fprintf(c.doc.Writer, " xlink:href=\"data:%s;base64,%s\"/>\n", im.MIME, data)
}
