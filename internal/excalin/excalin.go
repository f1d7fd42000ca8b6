package excalin

import (
	"encoding/json"
	"fmt"
	"math"
	"strings"

	"github.com/sketchdeck/sketchdeck/internal/drawtoml"
)

// element is the part of an Excalidraw element sketchdeck reads.
type element struct {
	Type            string      `json:"type"`
	X               float64     `json:"x"`
	Y               float64     `json:"y"`
	Width           float64     `json:"width"`
	Height          float64     `json:"height"`
	Angle           float64     `json:"angle"`
	StrokeColor     string      `json:"strokeColor"`
	BackgroundColor string      `json:"backgroundColor"`
	FillStyle       string      `json:"fillStyle"`
	StrokeWidth     float64     `json:"strokeWidth"`
	StrokeStyle     string      `json:"strokeStyle"`
	Roughness       *float64    `json:"roughness"`
	Text            string      `json:"text"`
	FontSize        float64     `json:"fontSize"`
	TextAlign       string      `json:"textAlign"`
	Points          [][]float64 `json:"points"`
	StartArrowhead  *string     `json:"startArrowhead"`
	EndArrowhead    *string     `json:"endArrowhead"`
	StrokeSharpness string      `json:"strokeSharpness"`
	Roundness       *struct{}   `json:"roundness"`
	IsDeleted       bool        `json:"isDeleted"`
	Name            string      `json:"name"`
}

type scene struct {
	Type     string            `json:"type"`
	Elements []json.RawMessage `json:"elements"`
}

// Palette maps a colour as #rrggbb (lower case) to the theme's name for
// it.
type Palette map[string]string

// MaxScene is the largest scene file Import is given, in bytes: a scene
// holds its pictures inline, so it is allowed more than a diagram source.
const MaxScene = 32 << 20

// Import reads a scene (JSON, or an SVG or PNG export that embeds one) and
// writes it as a drawing titled title.
func Import(data []byte, title string, pal Palette) ([]byte, error) {
	js, err := sceneJSON(data)
	if err != nil {
		return nil, err
	}
	var s scene
	if err := json.Unmarshal(js, &s); err != nil {
		return nil, fmt.Errorf("not an Excalidraw scene: %w", err)
	}
	if s.Type != "" && s.Type != "excalidraw" {
		return nil, fmt.Errorf("not an Excalidraw scene: its type is %q, not \"excalidraw\"", s.Type)
	}
	d := drawtoml.Drawing{Comment: "Imported from an Excalidraw scene.", Title: title, HideTitle: true}
	var skipped []string
	for i, raw := range s.Elements {
		var e element
		if err := json.Unmarshal(raw, &e); err != nil {
			return nil, fmt.Errorf("element %d: %w", i, err)
		}
		if e.IsDeleted {
			continue
		}
		els, ok := convert(e, pal)
		if !ok {
			skipped = append(skipped, fmt.Sprintf("element %d (%s) has no sketchdeck equal and is left out", i, e.Type))
		}
		d.Elements = append(d.Elements, els...)
	}
	if len(skipped) > 0 {
		d.Comment += "\n" + strings.Join(skipped, "\n")
	}
	if len(d.Elements) == 0 {
		return nil, fmt.Errorf("the scene has no elements to draw")
	}
	return drawtoml.Encode(d)
}

var kinds = map[string]string{"rectangle": "rect", "ellipse": "ellipse", "diamond": "diamond",
	"line": "line", "arrow": "arrow", "draw": "freehand", "freedraw": "freehand", "text": "text", "frame": "rect"}

// convert is one element as drawing elements; ok is false for a kind
// sketchdeck cannot draw (an image without its file).
func convert(e element, pal Palette) ([]drawtoml.Element, bool) {
	kind := kinds[e.Type]
	if kind == "" {
		return nil, false
	}
	out := drawtoml.Element{Kind: kind, X: e.X, Y: e.Y, Roughness: e.Roughness}
	if e.Angle != 0 {
		out.Rotate = e.Angle * 180 / math.Pi
	}
	switch kind {
	case "text":
		out.Text, out.FontSize, out.Width = e.Text, e.FontSize, e.Width
		if e.TextAlign != "" && e.TextAlign != "left" {
			out.Align = e.TextAlign
		}
		out.Color = color(e.StrokeColor, pal)
		return []drawtoml.Element{out}, true
	case "line", "arrow", "freehand":
		out.Points = e.Points
		if kind != "freehand" {
			out.Smooth = len(e.Points) > 2 && e.StrokeSharpness != "sharp" && (e.StrokeSharpness == "round" || e.Roundness != nil)
			out.ArrowTail, out.ArrowHead = head(e.StartArrowhead), head(e.EndArrowhead)
			if kind == "line" && out.ArrowHead == "none" && out.ArrowTail == "none" {
				out.ArrowHead, out.ArrowTail = "", ""
			}
		}
	default:
		out.Width, out.Height = e.Width, e.Height
		if kind == "rect" && (e.StrokeSharpness == "round" || e.Roundness != nil) {
			out.Rounded = true
		}
		if c := color(e.BackgroundColor, pal); c != "" && kind != "line" {
			out.Fill = c
			if e.FillStyle != "" {
				out.FillStyle = e.FillStyle
			}
		}
	}
	out.Stroke = color(e.StrokeColor, pal)
	out.StrokeWidth = e.StrokeWidth
	if e.StrokeStyle != "" && e.StrokeStyle != "solid" {
		out.StrokeStyle = e.StrokeStyle
	}
	if e.Type == "frame" {
		out.StrokeStyle = "dashed"
		if e.Name != "" {
			return []drawtoml.Element{out, {Kind: "text", X: e.X, Y: e.Y - 24, Text: e.Name}}, true
		}
	}
	return []drawtoml.Element{out}, true
}

// head is the sketchdeck head of an Excalidraw arrowhead.
func head(h *string) string {
	if h == nil {
		return "none"
	}
	switch *h {
	case "arrow":
		return "open"
	case "triangle":
		return "filled"
	case "triangle_outline":
		return "triangle"
	case "bar":
		return "bar"
	case "dot", "circle":
		return "dot"
	case "circle_outline":
		return "circle"
	case "diamond", "diamond_outline":
		return "diamond"
	}
	return "open"
}

// color is a palette name when c is exactly one of the palette's colours,
// else c as #rrggbb; "" for transparent.
func color(c string, pal Palette) string {
	c = strings.ToLower(strings.TrimSpace(c))
	if c == "" || c == "transparent" {
		return ""
	}
	if len(c) == 4 && c[0] == '#' {
		c = string([]byte{'#', c[1], c[1], c[2], c[2], c[3], c[3]})
	}
	if n, ok := pal[c]; ok {
		return n
	}
	return c
}
