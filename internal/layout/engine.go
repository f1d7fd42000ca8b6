package layout

import (
	"context"
	"fmt"

	"github.com/sketchdeck/sketchdeck/internal/geom"
	"github.com/sketchdeck/sketchdeck/internal/graphviz"
	"github.com/sketchdeck/sketchdeck/internal/scene"
	"github.com/sketchdeck/sketchdeck/internal/spec"
	"github.com/sketchdeck/sketchdeck/internal/theme"
)

// Measurer measures text in the font the SVG embeds.
type Measurer interface {
	// Width is the advance width of one line at font size size (px).
	Width(s string, size float64) float64
	// LineHeight is the distance between baselines of a text block.
	LineHeight(size float64) float64
	// Ascent is the height above the baseline of the font's tallest glyphs.
	Ascent(size float64) float64
	// Descent is the depth below the baseline, positive.
	Descent(size float64) float64
}

// Placer lays out a graph; *worker.Client (Graphviz in a worker process,
// what the gen façade uses) and *wasm.Runner (in this process) are two,
// both in internal/graphviz.
type Placer interface {
	Layout(ctx context.Context, g graphviz.Graph) (graphviz.Result, error)
}

// Parts places reusable parts (robot, face, smiley, database...) from the
// parts library, and the icons of the vendored icon sets; internal/part
// implements it.
type Parts interface {
	// Place returns the items of part name fitted into box (its aspect kept,
	// centred), with ids prefixed by id so that each placement wobbles on
	// its own. Overrides recolour the part's named colours.
	Place(name, id string, box geom.Rect, o PartOptions) ([]scene.Item, error)
	// Check is nil when the library can place name (a part, or an icon
	// such as "tabler:server-2"), else an error that names the choices.
	Check(name string) error
}

// PartOptions adjust one placement of a part.
type PartOptions struct {
	// Colors maps a part's colour role or palette name to a resolved colour.
	Colors map[string]string
	// Rotate turns the part, degrees clockwise.
	Rotate float64
	// Scale sizes a part placed with an empty box (W and H 0): it is drawn
	// at Scale times its own size (1 when 0), its frame's top-left corner
	// at the box's. With one of W and H 0, the other sets the size.
	Scale float64
	// Budget is the placing diagram's: the part's items and points count
	// against it (a fresh MaxScene when nil).
	Budget *Budget
	// Chain names the parts being placed around this one, outermost first,
	// for messages and to refuse a part that contains itself.
	Chain []string
}

// Env is what every engine needs besides the diagram.
type Env struct {
	Theme  *theme.Theme
	Text   Measurer
	Placer Placer
	Parts  Parts
	// Images are the picture files the diagram shows (image = "..."),
	// read by the build, by the path as written.
	Images map[spec.Image]*scene.Image
	// Budget bounds the items and points the diagram makes (a fresh
	// MaxScene when nil).
	Budget *Budget
	// Original is the diagram as written when the one laid out is its
	// translation, nil otherwise. A translation keeps to the original's
	// size (a table's columns stay as wide, their words wrap), and only
	// in a translation do the texts the author placed (a drawing's, a
	// mark's) move to make room.
	Original *spec.Diagram
}

// Engine lays out one kind of diagram.
type Engine interface {
	Layout(ctx context.Context, d *spec.Diagram, env Env) (*scene.Scene, error)
}

// For returns the engine that lays out diagrams of kind k.
func For(k spec.Kind) (Engine, error) {
	switch k {
	case spec.KindGraph, "":
		return Graph{}, nil
	case spec.KindPanels:
		return Panels{}, nil
	case spec.KindTable:
		return Table{}, nil
	case spec.KindMindmap:
		return Mindmap{}, nil
	case spec.KindDrawing:
		return Drawing{}, nil
	}
	return nil, fmt.Errorf("layout: no engine for diagram kind %q", k)
}

// JobRenderer is a Placer that can also lay out a user's own DOT text
// (graphviz.UserJob) and give back Graphviz's output as it is: how a .gv
// file is built (package internal/dotin reads the output).
type JobRenderer interface {
	RenderJob(ctx context.Context, job *graphviz.Job) (string, error)
}
