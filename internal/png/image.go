package png

import (
	"fmt"
	"image"

	xdraw "golang.org/x/image/draw"
	"golang.org/x/image/math/f64"

	"github.com/sketchdeck/sketchdeck/internal/canvas"
	"github.com/sketchdeck/sketchdeck/internal/geom"
	"github.com/sketchdeck/sketchdeck/internal/svgpic"
)

// Image paints a PNG or JPEG picture into its box, its aspect kept and
// centred, turned around the box's centre, smoothly resampled; an SVG
// picture's shapes are painted as paths (internal/svgpic), or, when it has
// what they cannot draw, WriteTo says so instead of writing a picture
// with parts missing.
func (c *Canvas) Image(im canvas.Image) {
	if c.img == nil || c.err != nil {
		return
	}
	if im.MIME == canvas.SVGMIME {
		ps, err := svgpic.Paths(im)
		if err != nil {
			c.err = fmt.Errorf("png: %w", err)
			return
		}
		c.Paths(ps)
		return
	}
	src, r, err := canvas.Decode(im)
	if err != nil {
		c.err = fmt.Errorf("png: %w", err)
		return
	}
	sz := src.Bounds().Size()
	if r.W == 0 {
		return
	}
	b := im.Box
	k := r.W / float64(sz.X)
	m := geom.Affine{A: k, D: k, E: r.X, F: r.Y}
	if im.Rotate != 0 {
		m = m.Then(geom.Rotation(im.Rotate, b.Center()))
	}
	m = m.Then(geom.Scaling(c.scale, c.scale))
	min := src.Bounds().Min
	m = geom.Translation(-float64(min.X), -float64(min.Y)).Then(m)
	var opts *xdraw.Options
	if im.Effect.Faded() {
		opts = &xdraw.Options{DstMask: image.NewUniform(alphaOf(im.Effect.Alpha()))}
	}
	xdraw.CatmullRom.Transform(c.img, f64.Aff3{m.A, m.C, m.E, m.B, m.D, m.F}, src, src.Bounds(), xdraw.Over, opts)
}
