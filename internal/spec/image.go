package spec

import (
	"fmt"
	"reflect"

	"github.com/sketchdeck/sketchdeck/internal/picture"
)

// Image is the path of a picture file (PNG, JPEG or SVG) relative to the
// diagram's folder, as written: image = "pictures/logo.png". Decoding
// checks the path's form (relative, no "..", a known ending); the build
// reads the file (internal/picture) and reports at the key what is wrong
// with it.
type Image string

// check reports a path that could not be read whatever the files are.
func (i Image) check() error {
	if i == "" {
		return nil
	}
	if err := picture.CheckPath(string(i)); err != nil {
		return fmt.Errorf("image %w", err)
	}
	return nil
}

// pictureFile reports, at path, a picture file that cannot be read, when
// the caller said where to look (Options.Picture).
func (c checker) pictureFile(path string, i Image) {
	if c.picture == nil || i == "" {
		return
	}
	if err := c.picture(i); err != nil {
		c.errorf(path, "image %v", err)
	}
}

// ImageUse is one image key of a diagram: where it is written and what.
type ImageUse struct {
	Path string // key path, "nodes[2].image"
	File Image
}

// Images lists every image the diagram shows, in the order of its keys,
// whatever kind declares them, so that the build reads each file once and
// an incremental build's key covers them.
func (d *Diagram) Images() []ImageUse {
	var out []ImageUse
	collectImages(reflect.ValueOf(d).Elem(), planOf(reflect.TypeFor[Diagram]()), newKeyPath(""), &out)
	return out
}

var (
	imageType = reflect.TypeFor[Image]()
	colorType = reflect.TypeFor[Color]()
)

// collectImages adds every image v holds to out, walking only the values
// whose type can hold one (typePlan).
func collectImages(v reflect.Value, p *typePlan, path *keyPath, out *[]ImageUse) {
	if v.Kind() == reflect.Pointer {
		if v.IsNil() {
			return
		}
		v, p = v.Elem(), p.elem
	}
	switch {
	case !p.images:
	case p.t == imageType:
		if s := Image(v.String()); s != "" {
			*out = append(*out, ImageUse{Path: path.String(), File: s})
		}
	case p.kind == reflect.Struct:
		for _, f := range p.fields {
			if f.plan.images {
				mark := path.child(f.key)
				collectImages(v.Field(f.index), f.plan, path, out)
				path.up(mark)
			}
		}
	case p.kind == reflect.Slice && p.elem.images:
		for i := range v.Len() {
			mark := path.elem(i)
			collectImages(v.Index(i), p.elem, path, out)
			path.up(mark)
		}
	}
}
