package picture

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"image"
	_ "image/jpeg" // registers JPEG for image.Decode
	_ "image/png"  // registers PNG for image.Decode
	"io"
	"math"
	"strconv"
	"strings"
)

// rasterSize checks that data is a whole PNG or JPEG of the type its name
// says, no larger than MaxSide, and gives its size in pixels.
func rasterSize(mime string, data []byte) (w, h float64, err error) {
	want := strings.TrimPrefix(mime, "image/")
	cfg, format, err := image.DecodeConfig(bytes.NewReader(data))
	if err != nil {
		return 0, 0, fmt.Errorf("not a valid %s file: %v", strings.ToUpper(want), err)
	}
	if format != want {
		return 0, 0, fmt.Errorf("the file's name says %s but it holds a %s image; rename it or convert it", strings.ToUpper(want), strings.ToUpper(format))
	}
	if cfg.Width > MaxSide || cfg.Height > MaxSide {
		return 0, 0, fmt.Errorf("%d × %d pixels; a picture is at most %d pixels wide and high", cfg.Width, cfg.Height, MaxSide)
	}
	if _, _, err := image.Decode(bytes.NewReader(data)); err != nil {
		return 0, 0, fmt.Errorf("not a valid %s file: %v", strings.ToUpper(want), err)
	}
	return float64(cfg.Width), float64(cfg.Height), nil
}

// svgSize checks that data is well-formed XML with an <svg> root and gives
// its size: its width and height in px (or another absolute unit), else its
// viewBox's, else a viewer's default 300 × 150.
func svgSize(data []byte) (w, h float64, err error) {
	w, h, err = statedSize(data)
	if err != nil {
		return 0, 0, err
	}
	w, h = bounded(w, h)
	return w, h, nil
}

// RootSize is the size, px, that an <svg> root element's attributes give
// its picture, as Read says it: what a backend that draws the picture
// itself fits into the picture's box.
func RootSize(attrs []xml.Attr) (w, h float64) {
	return bounded(statedAttrs(attrs))
}

// statedAttrs is the size an <svg> root's attributes state.
func statedAttrs(attrs []xml.Attr) (w, h float64) {
	var vw, vh float64
	for _, a := range attrs {
		if a.Name.Space != "" {
			continue
		}
		switch a.Name.Local {
		case "width":
			w = length(a.Value)
		case "height":
			h = length(a.Value)
		case "viewBox":
			_, _, vw, vh, _ = ViewBox(a.Value)
		}
	}
	switch {
	case w > 0 && h > 0:
	case vw > 0 && vh > 0 && w > 0:
		h = w * vh / vw
	case vw > 0 && vh > 0 && h > 0:
		w = h * vw / vh
	case vw > 0 && vh > 0:
		w, h = vw, vh
	default:
		w, h = 300, 150
	}
	return w, h
}

// statedSize is the size an SVG states, as svgSize reads it.
func statedSize(data []byte) (w, h float64, err error) {
	dec := xml.NewDecoder(bytes.NewReader(data))
	var root *xml.StartElement
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return 0, 0, fmt.Errorf("not a valid SVG file: %v", err)
		}
		if se, ok := tok.(xml.StartElement); ok && root == nil {
			root = &se
		}
	}
	if root == nil || root.Name.Local != "svg" {
		return 0, 0, errors.New("not a valid SVG file: its root element is not <svg>")
	}
	w, h = statedAttrs(root.Attr)
	return w, h, nil
}

// bounded keeps an SVG's stated size sane, its aspect kept: its longest
// side at most MaxSide px and each side at least 1 px, so that no length
// written in a picture reaches the layout as an infinity or a zero.
func bounded(w, h float64) (float64, float64) {
	if long := max(w, h); long > MaxSide {
		w, h = w*MaxSide/long, h*MaxSide/long
	}
	return max(w, 1), max(h, 1)
}

// units are CSS's absolute lengths in px.
var units = map[string]float64{"": 1, "px": 1, "pt": 4.0 / 3, "pc": 16, "in": 96, "cm": 96 / 2.54, "mm": 96 / 25.4}

// length reads an absolute SVG length in px; a percentage or a bad value is 0.
func length(s string) float64 {
	s = strings.TrimSpace(s)
	end := len(s)
	for end > 0 && (s[end-1] >= 'a' && s[end-1] <= 'z') {
		end--
	}
	f, ok := units[s[end:]]
	if !ok {
		return 0
	}
	v, err := strconv.ParseFloat(s[:end], 64)
	if err != nil || v <= 0 || math.IsInf(v*f, 0) {
		return 0
	}
	return v * f
}

// ViewBox reads a viewBox's "x y w h"; ok is false, and the numbers 0,
// when it is not four finite numbers with a positive width and height.
func ViewBox(s string) (x, y, w, h float64, ok bool) {
	f := strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == ',' || r == '\t' || r == '\n' || r == '\r' })
	if len(f) != 4 {
		return 0, 0, 0, 0, false
	}
	var v [4]float64
	for i, t := range f {
		n, err := strconv.ParseFloat(t, 64)
		if err != nil || math.IsInf(n, 0) || math.IsNaN(n) {
			return 0, 0, 0, 0, false
		}
		v[i] = n
	}
	if v[2] <= 0 || v[3] <= 0 {
		return 0, 0, 0, 0, false
	}
	return v[0], v[1], v[2], v[3], true
}
