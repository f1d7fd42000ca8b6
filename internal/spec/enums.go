package spec

import (
	"sync"

	"github.com/sketchdeck/sketchdeck/internal/shape"
)

// Each enumeration below is a string type, its constants, one Enum listing
// the constants and the aliases, and an UnmarshalText reading that Enum.

// Kind is the kind of diagram, which picks the layout engine.
type Kind string

// Diagram kinds.
const (
	KindGraph   Kind = "graph"   // nodes and edges laid out by Graphviz
	KindPanels  Kind = "panels"  // sub-diagrams side by side or stacked
	KindTable   Kind = "table"   // rows of cells across columns
	KindMindmap Kind = "mindmap" // a central topic and its branches
	KindDrawing Kind = "drawing" // elements and parts placed by coordinates
)

// Kinds is the enumeration of diagram kinds.
func Kinds() Enum[Kind] {
	return Enum[Kind]{What: "kind", Choices: []Kind{KindGraph, KindPanels, KindTable, KindMindmap, KindDrawing}}
}

// UnmarshalText implements encoding.TextUnmarshaler (see Enum.decode).
func (k *Kind) UnmarshalText(b []byte) error { return Kinds().decode(k, b) }

// Engine is a Graphviz layout program.
type Engine string

// Graphviz layout engines.
const (
	Dot   Engine = "dot"
	Neato Engine = "neato"
	Twopi Engine = "twopi"
	Circo Engine = "circo"
	Fdp   Engine = "fdp"
)

// Engines is the enumeration of layout engines.
func Engines() Enum[Engine] {
	return Enum[Engine]{What: "layout engine", Choices: []Engine{Dot, Neato, Twopi, Circo, Fdp}}
}

// UnmarshalText implements encoding.TextUnmarshaler (see Enum.decode).
func (e *Engine) UnmarshalText(b []byte) error { return Engines().decode(e, b) }

// Direction is the direction a graph's ranks flow in.
type Direction string

// Directions, as Graphviz's rankdir spells them.
const (
	LR Direction = "LR"
	RL Direction = "RL"
	TB Direction = "TB"
	BT Direction = "BT"
)

// Directions is the enumeration of directions.
func Directions() Enum[Direction] {
	return Enum[Direction]{What: "direction", Choices: []Direction{LR, RL, TB, BT},
		Aliases: map[string]Direction{"right": LR, "left": RL, "down": TB, "up": BT}}
}

// UnmarshalText implements encoding.TextUnmarshaler (see Enum.decode).
func (d *Direction) UnmarshalText(b []byte) error { return Directions().decode(d, b) }

// Shape is the outline of a node: the name of one of internal/shape's
// Shapes, which says how each is sized, laid out and drawn.
type Shape string

// Shapes is the enumeration of node shapes, read from internal/shape.
func Shapes() Enum[Shape] {
	e := Enum[Shape]{What: "shape", Aliases: map[string]Shape{}}
	for _, s := range shape.Shapes() {
		e.Choices = append(e.Choices, Shape(s.Name))
		for _, a := range s.Aliases {
			e.Aliases[a] = Shape(s.Name)
		}
	}
	return e
}

// UnmarshalText implements encoding.TextUnmarshaler (see Enum.decode).
func (s *Shape) UnmarshalText(b []byte) error { return shapeEnum().decode(s, b) }

// shapeEnum is Shapes made once, for decoding, which only reads it.
var shapeEnum = sync.OnceValue(Shapes)

// FillStyle is how a shape's inside is painted.
type FillStyle string

// Fill styles, named as in rough.js and Excalidraw.
const (
	Solid      FillStyle = "solid"
	Hachure    FillStyle = "hachure"
	CrossHatch FillStyle = "cross-hatch"
	Zigzag     FillStyle = "zigzag"
	Dots       FillStyle = "dots"
	NoFill     FillStyle = "none"
)

// FillStyles is the enumeration of fill styles.
func FillStyles() Enum[FillStyle] {
	return Enum[FillStyle]{What: "fill style", Choices: []FillStyle{Solid, Hachure, CrossHatch, Zigzag, Dots, NoFill},
		Aliases: map[string]FillStyle{"crosshatch": CrossHatch, "cross_hatch": CrossHatch, "dot": Dots}}
}

// UnmarshalText implements encoding.TextUnmarshaler (see Enum.decode).
func (f *FillStyle) UnmarshalText(b []byte) error { return FillStyles().decode(f, b) }

// StrokeStyle is the dash pattern of a line.
type StrokeStyle string

// Stroke styles.
const (
	StrokeSolid  StrokeStyle = "solid"
	StrokeDashed StrokeStyle = "dashed"
	StrokeDotted StrokeStyle = "dotted"
)

// StrokeStyles is the enumeration of stroke styles.
func StrokeStyles() Enum[StrokeStyle] {
	return Enum[StrokeStyle]{What: "stroke style", Choices: []StrokeStyle{StrokeSolid, StrokeDashed, StrokeDotted}}
}

// UnmarshalText implements encoding.TextUnmarshaler (see Enum.decode).
func (s *StrokeStyle) UnmarshalText(b []byte) error { return StrokeStyles().decode(s, b) }

// Arrow says which ends of an edge carry an arrowhead.
type Arrow string

// Arrowhead placements.
const (
	ArrowNone  Arrow = "none"
	ArrowEnd   Arrow = "end"
	ArrowStart Arrow = "start"
	ArrowBoth  Arrow = "both"
)

// Arrows is the enumeration of arrowhead placements.
func Arrows() Enum[Arrow] {
	return Enum[Arrow]{What: "arrow", Choices: []Arrow{ArrowNone, ArrowEnd, ArrowStart, ArrowBoth},
		Aliases: map[string]Arrow{"forward": ArrowEnd, "back": ArrowStart, "backward": ArrowStart}}
}

// UnmarshalText implements encoding.TextUnmarshaler (see Enum.decode).
func (a *Arrow) UnmarshalText(b []byte) error { return Arrows().decode(a, b) }

// Side is where a label sits relative to its shape.
type Side string

// Label placements.
const (
	Inside Side = "inside"
	Above  Side = "above"
	Below  Side = "below"
	Left   Side = "left"
	Right  Side = "right"
)

// Sides is the enumeration of label placements.
func Sides() Enum[Side] {
	return Enum[Side]{What: "label position", Choices: []Side{Inside, Above, Below, Left, Right},
		Aliases: map[string]Side{"top": Above, "bottom": Below, "center": Inside}}
}

// UnmarshalText implements encoding.TextUnmarshaler (see Enum.decode).
func (s *Side) UnmarshalText(b []byte) error { return Sides().decode(s, b) }

// BandPlace is where a band sits inside its node.
type BandPlace string

// Band placements; "" stacks bands from the top in order.
const (
	BandTop    BandPlace = "top"
	BandMiddle BandPlace = "middle"
	BandBottom BandPlace = "bottom"
)

// BandPlaces is the enumeration of band placements.
func BandPlaces() Enum[BandPlace] {
	return Enum[BandPlace]{What: "band position", Choices: []BandPlace{BandTop, BandMiddle, BandBottom}}
}

// UnmarshalText implements encoding.TextUnmarshaler (see Enum.decode).
func (b *BandPlace) UnmarshalText(t []byte) error { return BandPlaces().decode(b, t) }
