package canvas

import (
	"io"

	"github.com/sketchdeck/sketchdeck/internal/geom"
	"github.com/sketchdeck/sketchdeck/internal/scene"
	"github.com/sketchdeck/sketchdeck/internal/sketch"
	"github.com/sketchdeck/sketchdeck/internal/text"
)

// Canvas is one document being drawn in one file format.
type Canvas interface {
	// Paths paints one item's paths, in order (its fills first).
	Paths(ps []Path)
	// Text draws one block of text.
	Text(t Text)
	// Image shows one picture file as it is.
	Image(im Image)
	// WriteTo writes the finished document to w.
	io.WriterTo
}

// Page is what a document knows before anything is drawn on it.
type Page struct {
	// Name is the diagram's name; a backend makes its ids from it, so that
	// several documents inlined in one page do not clash.
	Name          string
	Width, Height float64
	Title, Desc   string
	// Background paints the whole page first; "" or "none" leaves it clear.
	Background string
}

// PageOf is the page of a scene.
func PageOf(name string, sc *scene.Scene, background string) Page {
	return Page{Name: name, Width: sc.Width, Height: sc.Height, Title: sc.Title, Desc: sc.Desc, Background: background}
}

// Path is one sketched path and how to paint it.
type Path struct {
	Ops   []sketch.Op
	Paint Paint
	// Effect is the item's: every path of an item has the same.
	Effect Effect
}

// Effect is how an item shows on a slide beyond its paint: faded as an
// earlier build step, or drawn in by an animation. The zero Effect is the
// plain picture.
type Effect struct {
	// Dim fades the item (an earlier build step, [steps] dim_past).
	Dim bool
	// Transparency is how see-through the item is drawn, from 0 (opaque,
	// the zero Effect) to 1 (invisible): a drawing element's opacity key.
	// It fades the item as a whole, like Dim, and the two multiply.
	Transparency float64
	// Start and Dur, when Dur > 0, time the item's draw-on animation, in
	// seconds from when the document is shown: strokes draw themselves,
	// areas and text fade in. A backend that cannot animate draws the
	// item as it ends, which is the plain picture.
	Start, Dur float64
}

// DimOpacity is how opaque an item with Effect.Dim is drawn, in every
// backend.
const DimOpacity = 0.3

// Faded reports whether the item is drawn less than opaque.
func (e Effect) Faded() bool { return e.Dim || e.Transparency > 0 }

// Alpha is how opaque the item is drawn, from 0 to 1: its transparency
// and its dimming together.
func (e Effect) Alpha() float64 {
	a := 1 - min(max(e.Transparency, 0), 1)
	if e.Dim {
		a *= DimOpacity
	}
	return a
}

// Paint is how a path is painted: either its closed area is filled, or
// its line is stroked, never both.
type Paint struct {
	// Area fills the path's area with Color and draws no line.
	Area  bool
	Color string
	// Width is the stroke's width, round-capped and round-joined.
	Width float64
	// Dash, when not zero, is the stroke's dash and gap lengths.
	Dash [2]float64
	// The fields below are zero for everything the deck draws; an SVG
	// picture drawn as paths (internal/svgpic) sets them.

	// Opacity, between 0 and 1 exclusive, paints the path translucent;
	// 0 paints it opaque (as 1 does), so that the zero Paint is opaque.
	Opacity float64
	// EvenOdd fills the area by the even-odd rule instead of nonzero.
	EvenOdd bool
	// Cap and Join shape a stroke's ends and corners; their zero values
	// are round. MiterLimit bounds a Miter join as SVG's
	// stroke-miterlimit does (past it the corner is bevelled); 0 is 4.
	Cap        Cap
	Join       Join
	MiterLimit float64
}

// Cap is how a stroke ends.
type Cap uint8

// The stroke ends, SVG's stroke-linecap.
const (
	RoundCap Cap = iota
	ButtCap
	SquareCap
)

// Join is how a stroke turns a corner.
type Join uint8

// The stroke corners, SVG's stroke-linejoin.
const (
	RoundJoin Join = iota
	MiterJoin
	BevelJoin
)

// Alpha is the paint's opacity, 1 when it is opaque.
func (p Paint) Alpha() float64 {
	if p.Opacity > 0 && p.Opacity < 1 {
		return p.Opacity
	}
	return 1
}

// Miter is the paint's miter limit, 4 unless it says another.
func (p Paint) Miter() float64 {
	if p.MiterLimit >= 1 {
		return p.MiterLimit
	}
	return 4
}

// Text is one block of text lines.
type Text struct {
	Lines []Line
	// Font is the family the lines are set in (their Glyphs are its).
	Font   text.Family
	Size   float64 // px to the em
	Color  string
	Weight int // CSS font weight; 0 is the font's own
	// Bold strokes the glyph outlines scene.BoldWidth(Size) wide.
	Bold bool
	// Align says what a line's X is: its start, centre or end.
	Align scene.Align
	// Rotate turns the block by degrees, clockwise, around Center.
	Rotate float64
	Center geom.Point
	// Effect is the text item's (see Path).
	Effect Effect
}

// Image is a picture file shown in a box (its aspect kept, centred),
// turned by Rotate degrees clockwise around the box's centre.
type Image struct {
	Box    geom.Rect
	Rotate float64
	// Src is the file's path as the diagram wrote it, for messages.
	Src string
	// MIME is the file's type: image/png, image/jpeg or image/svg+xml.
	MIME string
	Data []byte
	// Effect is the picture item's (see Path).
	Effect Effect
}

// Line is one line of text at its baseline, with its glyphs.
type Line struct {
	scene.Line
	// Glyphs are the glyphs that draw ink, from the line's start in em:
	// the start is X, X - Width/2 or X - Width as Align says.
	Glyphs []text.Glyph
}
