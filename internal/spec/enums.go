package spec

import (
	"fmt"
	"strings"
)

// canonical returns the canonical spelling of s, or s itself when it is
// not a valid choice.
func canonical(s string, valid []string, aliases map[string]string) string {
	if v, err := enum(s, "", valid, aliases); err == nil {
		return v
	}
	return s
}

// enum checks s against the valid choices (matched without regard to case)
// and their aliases, and returns the canonical choice.
func enum(s, what string, valid []string, aliases map[string]string) (string, error) {
	if s == "" {
		return "", nil
	}
	k := strings.ToLower(strings.TrimSpace(s))
	for _, v := range valid {
		if strings.ToLower(v) == k {
			return v, nil
		}
	}
	if a, ok := aliases[k]; ok {
		return a, nil
	}
	return "", fmt.Errorf("unknown %s %q%s: valid choices are %s", what, s, didYouMean(s, valid), choices(valid))
}

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

// KindChoices lists the valid diagram kinds.
func KindChoices() []string {
	return []string{string(KindGraph), string(KindPanels), string(KindTable), string(KindMindmap), string(KindDrawing)}
}

// UnmarshalText implements encoding.TextUnmarshaler. It keeps an unknown
// value as written so that validation reports every bad value at once.
func (k *Kind) UnmarshalText(b []byte) error {
	*k = Kind(canonical(string(b), KindChoices(), nil))
	return nil
}

func (k Kind) check() error {
	_, err := enum(string(k), "kind", KindChoices(), nil)
	return err
}

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

// EngineChoices lists the valid layout engines.
func EngineChoices() []string { return []string{"dot", "neato", "twopi", "circo", "fdp"} }

// UnmarshalText implements encoding.TextUnmarshaler. It keeps an unknown
// value as written so that validation reports every bad value at once.
func (e *Engine) UnmarshalText(b []byte) error {
	*e = Engine(canonical(string(b), EngineChoices(), nil))
	return nil
}

func (e Engine) check() error {
	_, err := enum(string(e), "layout engine", EngineChoices(), nil)
	return err
}

// Direction is the direction a graph's ranks flow in.
type Direction string

// Directions, as Graphviz's rankdir spells them.
const (
	LR Direction = "LR"
	RL Direction = "RL"
	TB Direction = "TB"
	BT Direction = "BT"
)

// DirectionChoices lists the valid directions.
func DirectionChoices() []string { return []string{"LR", "RL", "TB", "BT"} }

func directionAliases() map[string]string {
	return map[string]string{
		"right": "LR", "left": "RL", "down": "TB", "up": "BT",
	}
}

// UnmarshalText implements encoding.TextUnmarshaler. It keeps an unknown
// value as written so that validation reports every bad value at once.
func (d *Direction) UnmarshalText(b []byte) error {
	*d = Direction(canonical(string(b), DirectionChoices(), directionAliases()))
	return nil
}

func (d Direction) check() error {
	_, err := enum(string(d), "direction", DirectionChoices(), directionAliases())
	return err
}

// Shape is the outline of a node.
type Shape string

// Node shapes.
const (
	Rectangle Shape = "rectangle"
	Square    Shape = "square"
	Circle    Shape = "circle"
	Ellipse   Shape = "ellipse"
	Diamond   Shape = "diamond"
	Cylinder  Shape = "cylinder"
	TextOnly  Shape = "text"
	Tube      Shape = "tube" // a cylinder lying on its side: a queue
)

// ShapeChoices lists the valid node shapes.
func ShapeChoices() []string {
	return []string{"rectangle", "square", "circle", "ellipse", "diamond", "cylinder", "text", "tube"}
}

func shapeAliases() map[string]string {
	return map[string]string{
		"rect": "rectangle", "box": "rectangle", "database": "cylinder", "db": "cylinder",
		"oval": "ellipse", "rhombus": "diamond", "none": "text", "plaintext": "text", "queue": "tube",
	}
}

// UnmarshalText implements encoding.TextUnmarshaler. It keeps an unknown
// value as written so that validation reports every bad value at once.
func (s *Shape) UnmarshalText(b []byte) error {
	*s = Shape(canonical(string(b), ShapeChoices(), shapeAliases()))
	return nil
}

func (s Shape) check() error {
	_, err := enum(string(s), "shape", ShapeChoices(), shapeAliases())
	return err
}

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

// FillStyleChoices lists the valid fill styles.
func FillStyleChoices() []string {
	return []string{"solid", "hachure", "cross-hatch", "zigzag", "dots", "none"}
}

func fillStyleAliases() map[string]string {
	return map[string]string{
		"crosshatch": "cross-hatch", "cross_hatch": "cross-hatch", "dot": "dots",
	}
}

// UnmarshalText implements encoding.TextUnmarshaler. It keeps an unknown
// value as written so that validation reports every bad value at once.
func (f *FillStyle) UnmarshalText(b []byte) error {
	*f = FillStyle(canonical(string(b), FillStyleChoices(), fillStyleAliases()))
	return nil
}

func (f FillStyle) check() error {
	_, err := enum(string(f), "fill style", FillStyleChoices(), fillStyleAliases())
	return err
}

// StrokeStyle is the dash pattern of a line.
type StrokeStyle string

// Stroke styles.
const (
	StrokeSolid  StrokeStyle = "solid"
	StrokeDashed StrokeStyle = "dashed"
	StrokeDotted StrokeStyle = "dotted"
)

// StrokeStyleChoices lists the valid stroke styles.
func StrokeStyleChoices() []string { return []string{"solid", "dashed", "dotted"} }

// UnmarshalText implements encoding.TextUnmarshaler. It keeps an unknown
// value as written so that validation reports every bad value at once.
func (s *StrokeStyle) UnmarshalText(b []byte) error {
	*s = StrokeStyle(canonical(string(b), StrokeStyleChoices(), nil))
	return nil
}

func (s StrokeStyle) check() error {
	_, err := enum(string(s), "stroke style", StrokeStyleChoices(), nil)
	return err
}

// Arrow says which ends of an edge carry an arrowhead.
type Arrow string

// Arrowhead placements.
const (
	ArrowNone  Arrow = "none"
	ArrowEnd   Arrow = "end"
	ArrowStart Arrow = "start"
	ArrowBoth  Arrow = "both"
)

// ArrowChoices lists the valid arrowhead placements.
func ArrowChoices() []string { return []string{"none", "end", "start", "both"} }

func arrowAliases() map[string]string {
	return map[string]string{
		"forward": "end", "back": "start", "backward": "start",
	}
}

// UnmarshalText implements encoding.TextUnmarshaler. It keeps an unknown
// value as written so that validation reports every bad value at once.
func (a *Arrow) UnmarshalText(b []byte) error {
	*a = Arrow(canonical(string(b), ArrowChoices(), arrowAliases()))
	return nil
}

func (a Arrow) check() error {
	_, err := enum(string(a), "arrow", ArrowChoices(), arrowAliases())
	return err
}

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

// SideChoices lists the valid label placements.
func SideChoices() []string { return []string{"inside", "above", "below", "left", "right"} }

func sideAliases() map[string]string {
	return map[string]string{
		"top": "above", "bottom": "below", "center": "inside",
	}
}

// UnmarshalText implements encoding.TextUnmarshaler. It keeps an unknown
// value as written so that validation reports every bad value at once.
func (s *Side) UnmarshalText(b []byte) error {
	*s = Side(canonical(string(b), SideChoices(), sideAliases()))
	return nil
}

func (s Side) check() error {
	_, err := enum(string(s), "label position", SideChoices(), sideAliases())
	return err
}

// BandPlace is where a band sits inside its node.
type BandPlace string

// Band placements; "" stacks bands from the top in order.
const (
	BandTop    BandPlace = "top"
	BandMiddle BandPlace = "middle"
	BandBottom BandPlace = "bottom"
)

// BandPlaceChoices lists the valid band placements.
func BandPlaceChoices() []string { return []string{"top", "middle", "bottom"} }

// UnmarshalText implements encoding.TextUnmarshaler. It keeps an unknown
// value as written so that validation reports every bad value at once.
func (b *BandPlace) UnmarshalText(t []byte) error {
	*b = BandPlace(canonical(string(t), BandPlaceChoices(), nil))
	return nil
}

func (b BandPlace) check() error {
	_, err := enum(string(b), "band position", BandPlaceChoices(), nil)
	return err
}
