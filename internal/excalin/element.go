package excalin

import (
	"fmt"
	"math"
	"strings"

	"github.com/sketchdeck/sketchdeck/internal/drawtoml"
)

// importer converts a decoded scene's elements one by one.
type importer struct {
	opt   Options
	scene *scene
	// ids are the drawing ids given so far; idOf maps an Excalidraw id to
	// the drawing id of its element.
	ids  map[string]bool
	idOf map[string]string
	// pictures are the files written so far; pictureOf names each scene
	// file id's.
	pictures  []Picture
	pictureOf map[string]string
	// lost gathers, per sentence, the elements a property of which the
	// drawing cannot keep.
	lost     map[string][]string
	warnings []string
}

// fontFamilies are sketchdeck's fonts for Excalidraw's font families
// other than its handwriting ones (Virgil, Excalifont), which take the
// theme's font: Helvetica and Nunito are sans, Cascadia and Comic Shanns
// monospaced.
var fontFamilies = map[int]string{2: "sans", 6: "sans", 3: "mono", 8: "mono"}

var kinds = map[string]string{"rectangle": "rect", "ellipse": "ellipse", "diamond": "diamond",
	"line": "line", "arrow": "arrow", "draw": "freehand", "freedraw": "freehand", "text": "text",
	"frame": "rect", "magicframe": "rect", "image": "image"}

// convert is one element as drawing elements: a frame is its outline and
// its name.
func (im *importer) convert(e *element) ([]drawtoml.Element, error) {
	kind := kinds[e.Type]
	if kind == "" {
		im.warnings = append(im.warnings, fmt.Sprintf("%s has no sketchdeck equal and is left out", e.name()))
		return nil, nil
	}
	out := drawtoml.Element{ID: im.id(e.ID), Kind: kind, X: e.X, Y: e.Y}
	if e.Angle != 0 {
		out.Rotate = e.Angle * 180 / math.Pi
	}
	if e.Link != nil && *e.Link != "" {
		im.note("a drawing has no links: the links of these elements are left out", e)
	}
	if e.Opacity != nil && *e.Opacity != 100 {
		o := *e.Opacity / 100
		out.Opacity = &o
	}
	switch {
	case kind == "image":
		return im.image(e, out)
	case e.Type == "frame" || e.Type == "magicframe":
		return im.frame(e, out), nil
	case kind == "text":
		out.Text, out.FontSize, out.Width = e.Text, e.FontSize, e.Width
		if font, ok := fontFamilies[e.FontFamily]; ok {
			out.Text, out.Lines = "", []drawtoml.Line{{Text: e.Text, Font: font}}
		}
		if e.TextAlign != "" && e.TextAlign != "left" {
			out.Align = e.TextAlign
		}
		out.Color = color(e.StrokeColor, im.opt.Palette)
		out.Roughness = e.Roughness
		return []drawtoml.Element{out}, nil
	case kind == "line" || kind == "arrow" || kind == "freehand":
		im.linear(e, &out)
	default:
		im.shape(e, &out)
	}
	out.Roughness = e.Roughness
	out.Stroke = color(e.StrokeColor, im.opt.Palette)
	if strings.EqualFold(strings.TrimSpace(e.StrokeColor), "transparent") {
		out.Stroke = "none" // no outline, rather than the theme's
	}
	out.StrokeWidth = e.StrokeWidth
	if e.StrokeStyle != "" && e.StrokeStyle != "solid" {
		out.StrokeStyle = e.StrokeStyle
	}
	return []drawtoml.Element{out}, nil
}

// rounded reports whether Excalidraw draws e with round corners or bends.
func (e *element) rounded() bool {
	return e.StrokeSharpness != "sharp" && (e.StrokeSharpness == "round" || e.Roundness != nil)
}

// linear fills in a line, an arrow or a pencil stroke. A closed line
// with a background is Excalidraw's filled outline: a polygon.
func (im *importer) linear(e *element, out *drawtoml.Element) {
	out.Points = e.Points
	if out.Kind == "freehand" {
		return
	}
	out.Smooth = len(e.Points) > 2 && e.rounded()
	if out.Kind == "line" && closed(e.Points) {
		if c := color(e.BackgroundColor, im.opt.Palette); c != "" {
			out.Kind, out.Points = "polygon", e.Points[:len(e.Points)-1]
			out.Fill, out.FillStyle = c, e.FillStyle
			return
		}
	}
	out.ArrowTail, out.ArrowHead = im.head(e, e.StartArrowhead), im.head(e, e.EndArrowhead)
	if out.Kind == "line" && out.ArrowHead == "none" && out.ArrowTail == "none" {
		out.ArrowHead, out.ArrowTail = "", ""
	}
}

// closed reports whether a line ends where it starts, around an area.
func closed(pts [][]float64) bool {
	if len(pts) < 4 {
		return false
	}
	a, b := pts[0], pts[len(pts)-1]
	return math.Abs(a[0]-b[0]) < 0.5 && math.Abs(a[1]-b[1]) < 0.5
}

// shape fills in a rectangle, an ellipse or a diamond.
func (im *importer) shape(e *element, out *drawtoml.Element) {
	out.Width, out.Height = e.Width, e.Height
	if e.rounded() {
		switch {
		case out.Kind != "rect":
			if out.Kind == "diamond" {
				im.note("diamonds with rounded corners are drawn with sharp ones", e)
			}
		case e.Roundness != nil && e.Roundness.Value != nil:
			out.Rounded = *e.Roundness.Value
		case e.Roundness != nil && e.Roundness.Type == 1: // legacy: a quarter of the shorter side
			out.Rounded = drawtoml.Round(min(e.Width, e.Height) / 4)
		default: // adaptive: a quarter of the shorter side, at most 32 px
			out.Rounded = true
		}
	}
	if c := color(e.BackgroundColor, im.opt.Palette); c != "" {
		out.Fill = c
		if e.FillStyle != "" {
			out.FillStyle = e.FillStyle
		}
	}
}

// Excalidraw's frame style: a thin grey outline with round corners and
// the frame's name above it, small and grey.
const (
	frameRadius   = 8
	frameNameSize = 14
	frameNameGap  = 3
	frameNameCol  = "#999999"
)

// frame is a frame's outline and its name above it.
func (im *importer) frame(e *element, out drawtoml.Element) []drawtoml.Element {
	out.Width, out.Height, out.Rounded = e.Width, e.Height, frameRadius
	zero := 0.0
	out.Roughness = &zero
	out.Stroke, out.StrokeWidth = color(e.StrokeColor, im.opt.Palette), e.StrokeWidth
	name := "Frame"
	if e.Type == "magicframe" {
		name = "AI Frame"
	}
	if e.Name != nil && *e.Name != "" {
		name = *e.Name
	}
	label := drawtoml.Element{Kind: "text", X: e.X, Y: e.Y - frameNameSize*1.25 - frameNameGap,
		Text: name, FontSize: frameNameSize, Color: color(frameNameCol, im.opt.Palette), Opacity: out.Opacity}
	if out.ID != "" {
		label.ID = im.id(out.ID + ".name")
	}
	return []drawtoml.Element{out, label}
}

// id is the drawing id of an element of Excalidraw id x: x itself, made
// unique; "" when x is empty or too long to be an id.
func (im *importer) id(x string) string {
	if x == "" || len(x) > maxID {
		return ""
	}
	id := x
	for n := 2; im.ids[id]; n++ {
		id = fmt.Sprintf("%s-%d", x, n)
	}
	im.ids[id] = true
	if im.idOf == nil {
		im.idOf = map[string]string{}
	}
	if _, ok := im.idOf[x]; !ok {
		im.idOf[x] = id
	}
	return id
}

// maxID is the longest id a drawing takes (spec.MaxIDLen, with room for
// a suffix).
const maxID = 180

// note records that the drawing cannot keep something of e.
func (im *importer) note(what string, e *element) {
	if im.lost == nil {
		im.lost = map[string][]string{}
	}
	im.lost[what] = append(im.lost[what], im.ref(e))
}

// ref is how a warning names e: by its drawing id, else its index.
func (im *importer) ref(e *element) string {
	if id := im.idOf[e.ID]; id != "" && e.ID != "" {
		return id
	}
	return fmt.Sprintf("element %d", e.idx)
}

// head is the sketchdeck head of an Excalidraw arrowhead of e, the
// nearest where sketchdeck has no equal (noted).
func (im *importer) head(e *element, h *string) string {
	if h == nil {
		return "none"
	}
	switch *h {
	case "diamond":
		im.note("filled diamond arrowheads are drawn as outlined ones", e)
		return "diamond"
	case "arrow", "triangle", "triangle_outline", "bar", "dot", "circle", "circle_outline", "diamond_outline":
	default:
		im.note(fmt.Sprintf("arrowheads %q have no sketchdeck equal and are drawn as open ones", *h), e)
	}
	return head(*h)
}

// head is the sketchdeck head of an Excalidraw arrowhead: the nearest.
func head(h string) string {
	switch h {
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
	return "open" // crow's feet and heads of later versions
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
