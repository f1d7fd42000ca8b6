package head

import (
	"math"

	"github.com/sketchdeck/sketchdeck/internal/geom"
	"github.com/sketchdeck/sketchdeck/internal/shape"
)

// Head is one arrowhead of the format.
type Head struct {
	// Name is the canonical spelling; Aliases are others (Graphviz's
	// names among them).
	Name    string
	Aliases []string
	// Figure is what the pen draws for a head l long whose tip is at tip,
	// pointing along the unit vector dir; nil draws nothing.
	Figure func(tip, dir geom.Point, l float64) []shape.Piece
	// Filled paints the inside of its closed pieces in the stroke colour.
	Filled bool
	// Setback is how far short of the tip the line stops, as a fraction
	// of the head's length, so that it does not show through a hollow head.
	Setback float64
}

// The angle of an open or triangle head's sides with the shaft, after
// Excalidraw's "arrow" head.
const sideAngle = 20 * math.Pi / 180

// wings are the ends of a head's two sides, l back from the tip.
func wings(tip, dir geom.Point, l float64) (geom.Point, geom.Point) {
	base := tip.Sub(dir.Scale(l))
	return base.Rotate(tip, -sideAngle), base.Rotate(tip, sideAngle)
}

func line(a, b geom.Point) shape.Piece {
	return shape.Piece{Kind: shape.LinePiece, Points: []geom.Point{a, b}}
}

// Arrowhead size, after Excalidraw's "arrow" head: 30 units long for a
// 2-unit stroke.
const (
	lengthBase     = 24 // length for a zero-width stroke
	lengthPerWidth = 3  // extra length per unit of stroke width
)

// Length is how long a head is drawn on a line of the given stroke width
// and arrow size (0 is 1), before the pen shortens it on a short line
// (at most a quarter of the line).
func Length(strokeWidth, size float64) float64 {
	if size == 0 {
		size = 1
	}
	return (lengthBase + lengthPerWidth*strokeWidth) * size
}
