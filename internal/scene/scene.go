package scene

import (
	"github.com/sketchdeck/sketchdeck/internal/geom"
	"github.com/sketchdeck/sketchdeck/internal/shape"
)

// Scene is one laid-out diagram, in SVG user units with the origin at the
// top-left corner of the canvas.
type Scene struct {
	Title  string  `json:"title"`
	Desc   string  `json:"desc,omitempty"`
	Width  float64 `json:"width"`
	Height float64 `json:"height"`
	// Items are drawn in order: later items cover earlier ones.
	Items []Item `json:"items"`
}

// Kind says what an Item is and which of its fields are used.
type Kind string

// The kinds of item. Shapes use Box: every outline of internal/shape is a
// kind, named as the outline is (Rect and Ellipse among them, which other
// stages draw too); lines and curves use Points.
const (
	Rect     Kind = "rect"     // Box
	Ellipse  Kind = "ellipse"  // Box (the ellipse inscribed in it)
	Polygon  Kind = "polygon"  // Points, closed
	Polyline Kind = "polyline" // Points, open; arrowheads apply
	Bezier   Kind = "bezier"   // Points: P0 C1 C2 P1 C1 C2 P2 ... (cubic segments); arrowheads apply
	Curve    Kind = "curve"    // Points: a smooth curve through every point; arrowheads apply
	Freehand Kind = "freehand" // Points: a pencil stroke, drawn as a filled variable-width outline
	Label    Kind = "text"     // Box and Text
	Picture  Kind = "image"    // Box and Image: a picture file embedded as it is
)

// Item is one drawable element.
type Item struct {
	// ID is unique in the scene and stable across languages and edits of
	// other elements: the sketch stage seeds each item's randomness from it.
	ID     string       `json:"id"`
	Kind   Kind         `json:"kind"`
	Box    geom.Rect    `json:"box"`
	Points []geom.Point `json:"points,omitempty"`
	// Rotate turns the item by this many degrees, clockwise, around Box's centre.
	Rotate float64 `json:"rotate,omitempty"`
	Heads  Heads   `json:"heads,omitzero"`
	// Radius rounds a rect's corners, px (-1: the default radius); Cap is
	// a cylinder's lid height, px. Zero draws the figure's default.
	Radius float64 `json:"radius,omitempty"`
	Cap    float64 `json:"cap,omitempty"`
	Style  Style   `json:"style"`
	Text   *Text   `json:"text,omitempty"`
	// Image is a Picture item's file, shown fitted into Box (its aspect
	// kept, centred).
	Image *Image `json:"image,omitempty"`
	// Transparency is how see-through the item is drawn: 0 opaque, 1
	// invisible (a drawing element's opacity key, 1 - opacity).
	Transparency float64 `json:"transparency,omitempty"`
	// Step is the build step the item appears at (0: from the start);
	// a step file filters the scene by it, so every step keeps the
	// layout and the wobble of the whole picture.
	Step int `json:"step,omitempty"`
	// From and To are the ids of the items an edge's line joins (its
	// nodes' outlines), when it joins items: an exported arrow is bound to
	// them.
	From string `json:"from,omitempty"`
	To   string `json:"to,omitempty"`
}

// Prefix puts p before the item's id and the ids it names (From, To), as
// a scene nested in another is renamed.
func (it *Item) Prefix(p string) {
	it.ID = p + it.ID
	if it.From != "" {
		it.From = p + it.From
	}
	if it.To != "" {
		it.To = p + it.To
	}
}

// Image is a picture file as read: its bytes are embedded in the document
// as they are, never drawn with the pen.
type Image struct {
	// Src is the path as written, relative to the diagram's folder.
	Src string `json:"src"`
	// MIME is image/png, image/jpeg or image/svg+xml.
	MIME string `json:"mime"`
	// Width and Height are the picture's own size, px.
	Width  float64 `json:"width"`
	Height float64 `json:"height"`
	Data   []byte  `json:"-"`
}

// Params are the figure parameters an outline item carries, as
// internal/shape's figures take them.
func (it *Item) Params() shape.Params {
	return shape.Params{Radius: it.Radius, Cap: it.Cap, Start: it.Heads.Start, End: it.Heads.End}
}

// Heads says which ends of an open line carry an arrowhead.
type Heads struct {
	Start bool `json:"start,omitempty"`
	End   bool `json:"end,omitempty"`
	// Tail and Head name the arrowheads of internal/head at the start and
	// the end ("" is the default, open head); Size scales both (0 is 1).
	Tail string  `json:"tail,omitempty"`
	Head string  `json:"head,omitempty"`
	Size float64 `json:"size,omitempty"`
}

// Dash is a stroke pattern.
type Dash string

// Stroke patterns.
const (
	Solid  Dash = "solid"
	Dashed Dash = "dashed"
	Dotted Dash = "dotted"
)

// FillStyle is how a closed shape's inside is painted.
type FillStyle string

// Fill styles, as rough.js names them.
const (
	FillNone       FillStyle = "none"
	FillSolid      FillStyle = "solid"
	FillHachure    FillStyle = "hachure"
	FillCrossHatch FillStyle = "cross-hatch"
	FillZigzag     FillStyle = "zigzag"
	FillDots       FillStyle = "dots"
)

// Style is fully resolved: colours are SVG colour strings ("#228be6",
// "none"), numbers are final. The theme's defaults were applied by layout.
type Style struct {
	Stroke      string    `json:"stroke"`
	StrokeWidth float64   `json:"strokeWidth"`
	Dash        Dash      `json:"dash,omitempty"`
	Fill        string    `json:"fill,omitempty"`
	FillStyle   FillStyle `json:"fillStyle,omitempty"`
	// Roughness 0 draws clean geometry; the deck uses 2.
	Roughness float64 `json:"roughness"`
	// Bowing bends straight lines; rough.js's default is 1.
	Bowing float64 `json:"bowing"`
	// HachureGap, HachureAngle (degrees) and FillWeight tune patterned
	// fills; zero means the sketch stage's default for the stroke width.
	HachureGap   float64 `json:"hachureGap,omitempty"`
	HachureAngle float64 `json:"hachureAngle,omitempty"`
	FillWeight   float64 `json:"fillWeight,omitempty"`
}

// Align is the horizontal alignment of text lines.
type Align string

// Text alignments.
const (
	Left   Align = "left"
	Center Align = "center"
	Right  Align = "right"
)

// Text is a block of already measured lines. Each line's position is its
// baseline origin; with Align Center the X is the line's centre, with Right
// its right end (as SVG's text-anchor reads it).
type Text struct {
	Lines  []Line  `json:"lines"`
	Size   float64 `json:"size"`
	Color  string  `json:"color"`
	Align  Align   `json:"align"`
	Font   string  `json:"font"`
	Weight int     `json:"weight,omitempty"`
	// Bold draws the glyphs with a heavier pen: their outlines stroked
	// BoldWidth(Size) wide in the text's colour (a faux bold: the font
	// has one weight).
	Bold bool `json:"bold,omitempty"`
}

// BoldWidth is the width of the stroke that thickens bold glyphs of a
// size, px; a bold line is that much wider than its measured advance.
func BoldWidth(size float64) float64 { return size / 24 }

// Line is one line of text at its baseline.
type Line struct {
	Text string  `json:"text"`
	X    float64 `json:"x"`
	Y    float64 `json:"y"`
	// Width is the measured advance of the line in the shipped font.
	Width float64 `json:"width"`
}

// Start is the x where line l of a block aligned a begins: X, X - Width/2
// or X - Width.
func (l Line) Start(a Align) float64 {
	switch a {
	case Center:
		return l.X - l.Width/2
	case Right:
		return l.X - l.Width
	}
	return l.X
}
