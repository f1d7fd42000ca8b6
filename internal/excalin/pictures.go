package excalin

import (
	"encoding/base64"
	"errors"
	"fmt"
	"strings"

	"github.com/sketchdeck/sketchdeck/internal/drawtoml"
	"github.com/sketchdeck/sketchdeck/internal/picture"
)

// ErrPictures is the error of a scene with pictures imported without
// Options.Pictures: a drawing shows a picture from a file, so its
// pictures must be written as files beside it.
var ErrPictures = errors.New("a drawing shows a picture from a file, and no file name was given for the scene's pictures")

// pictureTypes are the picture types a drawing shows, with the file
// ending each is written with.
var pictureTypes = map[string]string{"image/png": ".png", "image/jpeg": ".jpg", "image/svg+xml": ".svg"}

// image is an image element, its picture written as a file (one per
// scene file, however many elements show it).
func (im *importer) image(e *element, out drawtoml.Element) ([]drawtoml.Element, error) {
	if e.FileID == nil || *e.FileID == "" {
		im.note("images without a picture file (not yet uploaded when the scene was saved) are left out", e)
		return nil, nil
	}
	name, err := im.picture(e, *e.FileID)
	if err != nil {
		return nil, err
	}
	out.Image, out.Width, out.Height = name, e.Width, e.Height
	if len(e.Scale) == 2 && (e.Scale[0] < 0 || e.Scale[1] < 0) {
		im.note("flipped images are shown unflipped", e)
	}
	if e.Crop != nil && string(*e.Crop) != "null" {
		im.note("cropped images are shown whole, fitted into the cropped box", e)
	}
	return []drawtoml.Element{out}, nil
}

// picture is the file name of the scene's file id, shown by e; the first
// element to show it adds the file to the result.
func (im *importer) picture(e *element, id string) (string, error) {
	if name, ok := im.pictureOf[id]; ok {
		return name, nil
	}
	f, ok := im.scene.files[id]
	if !ok {
		return "", im.scene.errorAt(im.scene.fieldOff(e.raw, e.off, "fileId"), "%s: its picture, file %q, is not in the scene's \"files\"", e.name(), id)
	}
	fileErr := func(format string, args ...any) error {
		off := im.scene.fileOff(id)
		return im.scene.errorAt(im.scene.fieldOff(im.scene.js[off:], off, "dataURL"), "file %q (shown by %s): %s", id, e.name(), fmt.Sprintf(format, args...))
	}
	mime, data, err := dataURL(f.DataURL)
	if err != nil {
		return "", fileErr("%v", err)
	}
	ext, ok := pictureTypes[mime]
	if !ok {
		return "", fileErr("the picture is %s; a drawing shows PNG, JPEG and SVG pictures: convert it to one of them in Excalidraw's scene", mime)
	}
	if len(data) > picture.MaxBytes {
		return "", fileErr("the picture is %d bytes; a drawing shows pictures of at most %d bytes: make it smaller", len(data), picture.MaxBytes)
	}
	if im.opt.Pictures == "" {
		err := &Error{Msg: fmt.Sprintf("%s: %v", e.name(), ErrPictures), err: ErrPictures}
		err.Line, err.Col = position(im.scene.js, e.off)
		return "", err
	}
	name := fmt.Sprintf("%s-%d%s", im.opt.Pictures, len(im.pictures)+1, ext)
	if im.pictureOf == nil {
		im.pictureOf = map[string]string{}
	}
	im.pictureOf[id] = name
	im.pictures = append(im.pictures, Picture{Name: name, Data: data})
	return name, nil
}

// dataURL decodes a data: URL: its type and bytes.
func dataURL(u string) (mime string, data []byte, err error) {
	rest, ok := strings.CutPrefix(u, "data:")
	if !ok {
		return "", nil, errors.New("its dataURL is not a data: URL")
	}
	meta, payload, ok := strings.Cut(rest, ",")
	if !ok {
		return "", nil, errors.New("its dataURL has no \",\" before the data")
	}
	mime, params, _ := strings.Cut(meta, ";")
	if !strings.Contains(";"+params+";", ";base64;") {
		return "", nil, errors.New("its dataURL is not base64: Excalidraw writes pictures in base64")
	}
	data, err = base64.StdEncoding.DecodeString(strings.TrimSpace(payload))
	if err != nil {
		return "", nil, fmt.Errorf("its dataURL's base64 is broken: %v", err)
	}
	return strings.ToLower(mime), data, nil
}
