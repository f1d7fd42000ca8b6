package pdf

import (
	"fmt"
	"image"
	"math"
	"slices"
	"strconv"

	"github.com/sketchdeck/sketchdeck/internal/canvas"
	"github.com/sketchdeck/sketchdeck/internal/geom"
	"github.com/sketchdeck/sketchdeck/internal/svgpic"
)

// picture is one decoded picture: its RGB samples and, when it is not
// opaque, its alpha.
type picture struct {
	w, h       int
	rgb, alpha []byte
}

// Image places a PNG or JPEG picture in its box, its aspect kept and
// centred, turned around the box's centre; an SVG picture's shapes are
// drawn as paths (internal/svgpic), or, when it has what they cannot draw,
// WriteTo says so instead of writing a picture with parts missing.
func (c *Canvas) Image(im canvas.Image) {
	if c.err != nil {
		return
	}
	if im.MIME == canvas.SVGMIME {
		ps, err := svgpic.Paths(im)
		if err != nil {
			c.err = fmt.Errorf("pdf: %w", err)
			return
		}
		c.Paths(ps)
		return
	}
	src, r, err := canvas.Decode(im)
	if err != nil {
		c.err = fmt.Errorf("pdf: %w", err)
		return
	}
	if r.W == 0 {
		return
	}
	name := "/Im" + strconv.Itoa(len(c.pictures))
	c.pictures = append(c.pictures, samples(src))
	b := im.Box
	out := append(c.content, "q\n"...)
	out = c.dimmed(out, im.Effect)
	if im.Rotate != 0 {
		out = transform(out, geom.Rotation(im.Rotate, b.Center()))
	}
	// The unit square, image row 0 at its top (y up in image space).
	out = append(nums(out, r.W, 0, 0, -r.H, r.X, r.Y+r.H), "cm "...)
	c.content = append(append(out, name...), " Do Q\n"...)
}

// samples reads a picture's straight-alpha RGB and alpha rows.
func samples(src image.Image) picture {
	r := src.Bounds()
	p := picture{w: r.Dx(), h: r.Dy(), rgb: make([]byte, 0, 3*r.Dx()*r.Dy())}
	alpha := make([]byte, 0, r.Dx()*r.Dy())
	opaque := true
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			cr, cg, cb, ca := src.At(x, y).RGBA() // premultiplied
			if ca != 0xffff {
				opaque = false
			}
			if ca > 0 {
				cr, cg, cb = cr*0xffff/ca, cg*0xffff/ca, cb*0xffff/ca
			}
			p.rgb = append(p.rgb, byte(cr>>8), byte(cg>>8), byte(cb>>8))
			alpha = append(alpha, byte(ca>>8))
		}
	}
	if !opaque {
		p.alpha = alpha
	}
	return p
}

// writePictures adds every picture's image XObject to d and returns the
// resource entries that name them.
func writePictures(d *document, pics []picture) []byte {
	var res []byte
	for i, p := range pics {
		size := []byte("/Width " + strconv.Itoa(p.w) + " /Height " + strconv.Itoa(p.h) + " /BitsPerComponent 8 ")
		dict := append([]byte("/Type /XObject /Subtype /Image "), size...)
		dict = append(dict, "/ColorSpace /DeviceRGB "...)
		if p.alpha != nil {
			mask := d.stream(append(append([]byte("/Type /XObject /Subtype /Image "), size...), "/ColorSpace /DeviceGray "...), p.alpha)
			dict = append(append(dict, "/SMask "...), ref(mask)...)
			dict = append(dict, ' ')
		}
		id := d.stream(dict, p.rgb)
		res = append(res, "/Im"+strconv.Itoa(i)+" "...)
		res = append(append(res, ref(id)...), ' ')
	}
	return res
}

// dimmed sets the faded state of a faded item (Effect.Dim,
// Effect.Transparency; inside q … Q): a graphics state of its opacity.
func (c *Canvas) dimmed(b []byte, e canvas.Effect) []byte {
	if !e.Faded() {
		return b
	}
	return c.opacity(b, e.Alpha())
}

// opacity sets a graphics state of opacity a (to a thousandth; inside
// q … Q), added to the page's resources on first use.
func (c *Canvas) opacity(b []byte, a float64) []byte {
	a = math.Round(a*1000) / 1000 // one state per name
	if !slices.Contains(c.alphas, a) {
		c.alphas = append(c.alphas, a)
	}
	return append(append(b, alphaState(a)...), " gs\n"...)
}

// alphaState names the graphics state of opacity a: /Dim for an earlier
// build step's, else /A and the opacity in thousandths.
func alphaState(a float64) string {
	if a == canvas.DimOpacity {
		return "/Dim"
	}
	return "/A" + strconv.Itoa(int(math.Round(a*1000)))
}

// transform maps user space by m from here on (inside q … Q).
func transform(b []byte, m geom.Affine) []byte {
	return append(nums(b, m.A, m.B, m.C, m.D, m.E, m.F), "cm\n"...)
}
