package canvas

import (
	"bytes"
	"errors"
	"image"
	_ "image/jpeg" // pictures may be JPEG
	_ "image/png"  // or PNG

	"github.com/sketchdeck/sketchdeck/internal/geom"
)

// RGB reads a colour of the contract, "#rrggbb" or "#rgb", for backends
// that paint with numbers; anything else ("none", "") paints nothing.
func RGB(s string) ([3]uint8, bool) {
	if len(s) == 4 && s[0] == '#' {
		s = string([]byte{'#', s[1], s[1], s[2], s[2], s[3], s[3]})
	}
	if len(s) != 7 || s[0] != '#' {
		return [3]uint8{}, false
	}
	var v [3]uint8
	for i := range v {
		hi, ok1 := hexDigit(s[1+2*i])
		lo, ok2 := hexDigit(s[2+2*i])
		if !ok1 || !ok2 {
			return [3]uint8{}, false
		}
		v[i] = hi<<4 | lo
	}
	return v, true
}

func hexDigit(b byte) (uint8, bool) {
	switch {
	case b >= '0' && b <= '9':
		return b - '0', true
	case b >= 'a' && b <= 'f':
		return b - 'a' + 10, true
	case b >= 'A' && b <= 'F':
		return b - 'A' + 10, true
	}
	return 0, false
}

// SVGMIME is an SVG picture's type: a backend that paints pictures itself
// draws its shapes (internal/svgpic) instead of decoding it.
const SVGMIME = "image/svg+xml"

// Decode reads a PNG or JPEG picture for a backend that paints it itself,
// and places it: the rectangle it fills in its box, its aspect kept and
// centred.
func Decode(im Image) (image.Image, geom.Rect, error) {
	if im.MIME == SVGMIME {
		return nil, geom.Rect{}, errors.New("an SVG picture is drawn as paths (internal/svgpic), not decoded")
	}
	src, _, err := image.Decode(bytes.NewReader(im.Data))
	if err != nil { // checked when the diagram was read: not expected
		return nil, geom.Rect{}, errors.New("a picture does not decode: " + err.Error())
	}
	sz := src.Bounds().Size()
	if sz.X == 0 || sz.Y == 0 {
		return src, geom.Rect{}, nil
	}
	r, _ := im.Box.Fit(float64(sz.X), float64(sz.Y))
	return src, r, nil
}
