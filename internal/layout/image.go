package layout

import (
	"github.com/sketchdeck/sketchdeck/internal/geom"
	"github.com/sketchdeck/sketchdeck/internal/scene"
	"github.com/sketchdeck/sketchdeck/internal/spec"
)

// DefaultImageSide is the longest side of an image a size does not set,
// px: a picture larger than that is shrunk to it, a smaller one keeps its
// own size.
const DefaultImageSide = 160

// image is the picture file the build read for a key, or nil after
// reporting at at that it was not read (a programming error in a caller
// that lays out without reading the diagram's images).
func (r resolver) image(file spec.Image, at any) *scene.Image {
	img, ok := r.env.Images[file]
	if !ok || img == nil {
		r.errorAt(at, "image %q: the picture was not read (no images are available to this layout)", string(file))
		return nil
	}
	return img
}

// imageSize is the size a picture is drawn at: its longest side side px,
// its aspect kept; side 0 is its own size shrunk to fit DefaultImageSide.
func imageSize(img *scene.Image, side float64) (w, h float64) {
	w, h = img.Width, img.Height
	if w <= 0 || h <= 0 {
		w, h = 1, 1
	}
	long := max(w, h)
	switch {
	case side > 0:
		return w * side / long, h * side / long
	case long > DefaultImageSide:
		return w * DefaultImageSide / long, h * DefaultImageSide / long
	}
	return w, h
}

// fitImage is the box of a picture fitted into box: its aspect kept,
// centred.
func fitImage(img *scene.Image, box geom.Rect) geom.Rect {
	w, h := imageSize(img, 0)
	r, _ := box.Fit(w, h)
	return r
}

// imageItem is the item that shows a picture in box.
func imageItem(id string, img *scene.Image, box geom.Rect) scene.Item {
	return scene.Item{ID: id, Kind: scene.Picture, Box: fitImage(img, box), Image: img}
}

// image draws an image element: its picture at its own size, or scaled to
// the width or height given, or fitted into both (its aspect kept,
// centred); the box is the element's for At.
func (d *drawer) image(e *spec.Element, id string, o geom.Point) geom.Rect {
	box := geom.Rect{X: o.X, Y: o.Y, W: e.Width, H: e.Height}
	img := d.r.image(e.Image, e.P)
	if img == nil {
		return box
	}
	w, h := imageSize(img, max(img.Width, img.Height))
	switch {
	case e.Width > 0 && e.Height > 0:
	case e.Width > 0:
		box.H = h * e.Width / w
	case e.Height > 0:
		box.W = w * e.Height / h
	default:
		box.W, box.H = w, h
	}
	it := imageItem(id, img, box)
	it.Rotate = e.Rotate
	d.add(it)
	return box
}
