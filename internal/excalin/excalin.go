package excalin

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/sketchdeck/sketchdeck/internal/drawtoml"
)

// Palette maps a colour as #rrggbb (lower case) to the theme's name for
// it.
type Palette map[string]string

// MaxScene is the largest scene file Import is given, in bytes: a scene
// holds its pictures inline, so it is allowed more than a diagram source.
const MaxScene = 32 << 20

// Options say how ImportScene names what it writes.
type Options struct {
	// Title is the drawing's title.
	Title string
	// Palette names the colours that are exactly one of the theme's.
	Palette Palette
	// Pictures is the stem of the picture files the drawing refers to,
	// relative to the drawing's folder: "net" names them net-1.png,
	// net-2.jpg…, one per picture of the scene. Without it a scene with
	// pictures is refused (ErrPictures), since a drawing shows a picture
	// from a file.
	Pictures string
}

// Result is an imported scene: the drawing, the picture files it refers
// to, and what the drawing could not keep.
type Result struct {
	TOML []byte
	// Pictures are the files to write beside the drawing, named as
	// Options.Pictures says, in the order the drawing first shows them.
	Pictures []Picture
	// Warnings name what the drawing format cannot say (groups, frame
	// membership, element kinds it has no equal for), one sentence each,
	// for the user to read; they are also comments at the top of TOML.
	Warnings []string
}

// Picture is one picture file of an imported scene.
type Picture struct {
	Name string // relative to the drawing's folder: "net-1.png"
	Data []byte
}

// Import reads a scene (JSON, or an SVG or PNG export that embeds one) and
// writes it as a drawing titled title. It is ImportScene without picture
// files: a scene with pictures is refused with ErrPictures.
func Import(data []byte, title string, pal Palette) ([]byte, error) {
	r, err := ImportScene(data, Options{Title: title, Palette: pal})
	if err != nil {
		return nil, err
	}
	return r.TOML, nil
}

// ImportScene reads a scene (JSON, or an SVG or PNG export that embeds
// one) and writes it as a drawing. A mistake in the scene is an *Error at
// its line and column in the scene's JSON.
func ImportScene(data []byte, opt Options) (*Result, error) {
	js, err := sceneJSON(data)
	if err != nil {
		return nil, err
	}
	embedded := len(js) != len(data) || len(js) > 0 && &js[0] != &data[0] // not the file itself
	r, err := importScene(js, opt)
	var pe *Error
	if embedded && errors.As(err, &pe) {
		pe.Embedded = true
	}
	return r, err
}

// importScene imports the scene's JSON.
func importScene(js []byte, opt Options) (*Result, error) {
	s, err := decodeScene(js)
	if err != nil {
		return nil, err
	}
	im := importer{opt: opt, scene: s, ids: map[string]bool{}}
	d := drawtoml.Drawing{Comment: "Imported from an Excalidraw scene.", Title: opt.Title, HideTitle: true}
	for i := range s.elements {
		els, err := im.convert(&s.elements[i])
		if err != nil {
			return nil, err
		}
		d.Elements = append(d.Elements, els...)
	}
	if len(d.Elements) == 0 {
		if len(im.warnings) > 0 { // why its elements were left out
			return nil, fmt.Errorf("the scene has no elements to draw: %s", strings.Join(im.warnings, "; "))
		}
		return nil, fmt.Errorf("the scene has no elements to draw")
	}
	warnings := append(im.warnings, im.membership()...)
	if len(warnings) > 0 {
		d.Comment += "\n" + strings.Join(warnings, "\n")
	}
	out, err := drawtoml.Encode(d)
	if err != nil {
		return nil, err
	}
	return &Result{TOML: out, Pictures: im.pictures, Warnings: warnings}, nil
}

// NewPalette is the palette of a theme's named colours (name → colour as
// the theme writes it). Where several names share a colour, the one a
// reader takes for the colour's own is kept: not a status role ("up",
// "down"), else the first in alphabetical order ("gray" before "grey").
func NewPalette(colors map[string]string) Palette {
	p := Palette{}
	for _, n := range slices.Sorted(maps.Keys(colors)) {
		c := strings.ToLower(colors[n])
		if prev, ok := p[c]; !ok || statusRole(prev) && !statusRole(n) {
			p[c] = n
		}
	}
	return p
}

// statusRole reports whether a palette name is a status's colour rather
// than a colour's name.
func statusRole(n string) bool { return n == "up" || n == "down" }
