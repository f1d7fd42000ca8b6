package drawtoml

import (
	"bytes"
	"fmt"
	"math"
	"strings"

	"github.com/BurntSushi/toml"
)

// Element is one [[elements]] table; a zero field is left out.
type Element struct {
	ID          string      `toml:"id,omitempty"`
	Kind        string      `toml:"kind"`
	X           float64     `toml:"x"`
	Y           float64     `toml:"y"`
	Width       float64     `toml:"width,omitempty,omitzero"`
	Height      float64     `toml:"height,omitempty,omitzero"`
	Points      [][]float64 `toml:"points,omitempty,omitzero"`
	Smooth      bool        `toml:"smooth,omitempty,omitzero"`
	Rotate      float64     `toml:"rotate,omitempty,omitzero"`
	Stroke      string      `toml:"stroke,omitempty"`
	StrokeWidth float64     `toml:"stroke_width,omitempty,omitzero"`
	StrokeStyle string      `toml:"stroke_style,omitempty"`
	Fill        string      `toml:"fill,omitempty"`
	FillStyle   string      `toml:"fill_style,omitempty"`
	Roughness   *float64    `toml:"roughness,omitempty"` // nil is left out; 0 is written
	Rounded     any         `toml:"rounded,omitempty"`
	Arrow       string      `toml:"arrow,omitempty"`
	ArrowHead   string      `toml:"arrowhead,omitempty"`
	ArrowTail   string      `toml:"arrowtail,omitempty"`
	ArrowSize   float64     `toml:"arrow_size,omitempty,omitzero"`
	Text        string      `toml:"text,omitempty"`
	Lines       []Line      `toml:"lines,omitempty"`
	FontSize    float64     `toml:"font_size,omitempty,omitzero"`
	Color       string      `toml:"color,omitempty"`
	Align       string      `toml:"align,omitempty"`
	Weight      int         `toml:"weight,omitempty,omitzero"`
	Image       string      `toml:"image,omitempty"`
	Opacity     *float64    `toml:"opacity,omitempty"`
}

// Line is one line of a text element written as lines: its words in a
// font of its own.
type Line struct {
	Text string `toml:"text"`
	Font string `toml:"font,omitempty"`
}

// Drawing is a whole drawing diagram.
type Drawing struct {
	Comment   string // written as # lines at the top
	Title     string
	HideTitle bool
	Elements  []Element
}

type file struct {
	Version   int       `toml:"version"`
	Kind      string    `toml:"kind"`
	Title     string    `toml:"title,omitempty"`
	HideTitle bool      `toml:"hide_title,omitempty,omitzero"`
	Elements  []Element `toml:"elements"`
}

// Encode writes d as TOML. Coordinates are rounded to 0.01 px so that the
// text stays short and the same whatever the float noise of the source.
func Encode(d Drawing) ([]byte, error) {
	var b bytes.Buffer
	for _, l := range splitLines(d.Comment) {
		fmt.Fprintf(&b, "# %s\n", l)
	}
	els := make([]Element, len(d.Elements))
	for i, e := range d.Elements {
		e.X, e.Y, e.Width, e.Height = Round(e.X), Round(e.Y), Round(e.Width), Round(e.Height)
		e.StrokeWidth, e.FontSize, e.Rotate = Round(e.StrokeWidth), Round(e.FontSize), Round(e.Rotate)
		pts := make([][]float64, len(e.Points))
		for j, p := range e.Points {
			pts[j] = []float64{Round(p[0]), Round(p[1])}
		}
		if len(pts) == 0 {
			pts = nil
		}
		e.Points = pts
		els[i] = e
	}
	enc := toml.NewEncoder(&b)
	enc.Indent = ""
	if err := enc.Encode(file{Version: 1, Kind: "drawing", Title: d.Title, HideTitle: d.HideTitle, Elements: els}); err != nil {
		return nil, fmt.Errorf("writing the drawing: %w", err)
	}
	return b.Bytes(), nil
}

// Round rounds v to 0.01.
func Round(v float64) float64 {
	r := math.Round(v*100) / 100
	if r == 0 {
		return 0 // no -0
	}
	return r
}

func splitLines(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, "\n")
}
