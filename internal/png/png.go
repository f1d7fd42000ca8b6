package png

import (
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"io"
	"math"

	"golang.org/x/image/vector"

	"github.com/sketchdeck/sketchdeck/internal/canvas"
	"github.com/sketchdeck/sketchdeck/internal/geom"
	"github.com/sketchdeck/sketchdeck/internal/text"
)

// DefaultScale is the pixels per CSS pixel of a slide picture: sharp on a
// full-HD projector and on a high-density screen.
const DefaultScale = 2

// MaxPixels bounds an image: 64 million pixels (256 MiB of RGBA), far
// beyond any slide at any sensible scale.
const MaxPixels = 64 << 20

// Options are what the image needs besides its page.
type Options struct {
	// Scale is the image's pixels per CSS pixel; 0 is DefaultScale.
	Scale float64
	// Fonts draw the text's glyph outlines; nil draws no text.
	Fonts *text.Fonts
}

// Canvas is one image being painted.
type Canvas struct {
	page  canvas.Page
	scale float64
	fonts *text.Fonts
	img   *image.RGBA // nil when the page is too big: WriteTo says so
	size  image.Point
	ras   vector.Rasterizer
	flat  flattener // reused between paths
	strk  stroker
	err   error // what WriteTo will say instead of writing
}

var _ canvas.Canvas = (*Canvas)(nil)

// New starts an image of page, painted with its background.
func New(page canvas.Page, opt Options) *Canvas {
	c := &Canvas{page: page, scale: opt.Scale, fonts: opt.Fonts}
	if c.scale <= 0 {
		c.scale = DefaultScale
	}
	c.size = image.Pt(int(math.Ceil(page.Width*c.scale-1e-9)), int(math.Ceil(page.Height*c.scale-1e-9)))
	if c.size.X <= 0 || c.size.Y <= 0 || float64(c.size.X)*float64(c.size.Y) > MaxPixels {
		return c
	}
	c.img = image.NewRGBA(image.Rectangle{Max: c.size})
	if bg, ok := parseColor(page.Background); ok {
		draw.Draw(c.img, c.img.Rect, image.NewUniform(bg), image.Point{}, draw.Src)
	}
	return c
}

// Picture is the image painted so far, or nil when the page is too big.
func (c *Canvas) Picture() *image.RGBA { return c.img }

// WriteTo encodes the image as PNG and writes it to w, or writes nothing
// and says the limit when the page is too big.
func (c *Canvas) WriteTo(w io.Writer) (int64, error) {
	if c.img == nil {
		return 0, fmt.Errorf("png: the picture would be %d×%d pixels, over the limit of %d million; lower --scale", c.size.X, c.size.Y, MaxPixels>>20)
	}
	if c.err != nil {
		return 0, c.err
	}
	_, opaque := parseColor(c.page.Background)
	n, err := w.Write(encode(c.img, opaque))
	if err != nil {
		return int64(n), fmt.Errorf("png: %w", err)
	}
	return int64(n), nil
}

// Paths paints one item's paths, in order.
func (c *Canvas) Paths(ps []canvas.Path) {
	if c.img == nil {
		return
	}
	for _, p := range ps {
		col, ok := parseColor(p.Paint.Color)
		if !ok {
			continue
		}
		col = faded(col, p.Paint.Alpha(), p.Effect)
		c.flat.reset(geom.Scaling(c.scale, c.scale))
		c.flat.ops(p.Ops)
		switch {
		case p.Paint.Area && p.Paint.EvenOdd:
			c.fillEvenOdd(c.flat.polys, col)
		case p.Paint.Area:
			c.fill(c.flat.polys, col)
		default:
			c.fill(c.strk.outline(c.flat.polys, c.penOf(p.Paint)), col)
		}
	}
}

// penOf is a stroke's pen in pixels.
func (c *Canvas) penOf(p canvas.Paint) pen {
	return pen{
		hw: p.Width * c.scale / 2, pattern: [2]float64{p.Dash[0] * c.scale, p.Dash[1] * c.scale},
		ends: p.Cap, corners: p.Join, miter: p.Miter(),
	}
}

// fill paints the polygons' area (nonzero) in col, rasterizing only their
// bounding box.
func (c *Canvas) fill(polys []poly, col color.RGBA) {
	box, ok := bounds(polys, c.size)
	if !ok {
		return
	}
	c.ras.Reset(box.Dx(), box.Dy())
	ox, oy := float64(box.Min.X), float64(box.Min.Y)
	for _, p := range polys {
		if len(p.pts) < 2 {
			continue
		}
		c.ras.MoveTo(float32(p.pts[0].X-ox), float32(p.pts[0].Y-oy))
		for _, q := range p.pts[1:] {
			c.ras.LineTo(float32(q.X-ox), float32(q.Y-oy))
		}
		c.ras.ClosePath()
	}
	c.ras.Draw(c.img, box, image.NewUniform(col), image.Point{})
}

// faded is an opaque colour painted at opacity, and faded further for a
// faded item (Effect.Dim, Effect.Transparency: its strokes and areas each
// faded, where the SVG fades the item's group as one: alike but for where
// the item overlaps itself).
func faded(col color.RGBA, opacity float64, e canvas.Effect) color.RGBA {
	opacity *= e.Alpha()
	if opacity >= 1 {
		return col
	}
	a := alphaOf(opacity).A
	return color.RGBA{uint8(uint32(col.R) * uint32(a) / 255), uint8(uint32(col.G) * uint32(a) / 255), uint8(uint32(col.B) * uint32(a) / 255), a}
}

// alphaOf is an opacity as a premultiplied alpha.
func alphaOf(opacity float64) color.Alpha { return color.Alpha{A: uint8(math.Round(opacity * 255))} }

// bounds is the pixel box that holds every polygon, within an image of
// size; false when it is empty.
func bounds(polys []poly, size image.Point) (image.Rectangle, bool) {
	x0, y0, x1, y1 := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for _, p := range polys {
		for _, q := range p.pts {
			x0, y0 = math.Min(x0, q.X), math.Min(y0, q.Y)
			x1, y1 = math.Max(x1, q.X), math.Max(y1, q.Y)
		}
	}
	if x0 > x1 {
		return image.Rectangle{}, false
	}
	r := image.Rect(int(math.Floor(x0)), int(math.Floor(y0)), int(math.Ceil(x1))+1, int(math.Ceil(y1))+1)
	r = r.Intersect(image.Rectangle{Max: size})
	return r, !r.Empty()
}

// parseColor reads a colour of the contract as an opaque colour; "none"
// paints nothing.
func parseColor(s string) (color.RGBA, bool) {
	v, ok := canvas.RGB(s)
	return color.RGBA{v[0], v[1], v[2], 0xff}, ok
}
