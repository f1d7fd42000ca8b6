package excalout

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"strings"

	"github.com/sketchdeck/sketchdeck/internal/scene"
	"github.com/sketchdeck/sketchdeck/internal/sketch"
)

// Metrics are the text measures the scene was laid out with: a label's
// block is placed from its baselines with them.
type Metrics interface {
	LineHeight(size float64) float64
	Ascent(size float64) float64
	Descent(size float64) float64
}

// Options say how to write a scene.
type Options struct {
	// Seed is the seed the scene is sketched with (the theme's, or the
	// one given, with the diagram's own): each element's seed derives from
	// it and the item's id, as the sketch pen's does.
	Seed uint64
	// Background is the page colour, Excalidraw's viewBackgroundColor.
	Background string
	// FontFamily is the Excalidraw font family of the scene's texts: one
	// of FontFamilies' values.
	FontFamily int
	// Metrics measure the texts; FontMetrics, when set, those of a text
	// in a font of its own (scene.Text.Font: "mono", "sans"...).
	Metrics     Metrics
	FontMetrics func(font string) Metrics
}

// metrics measures a text in font ("" is the scene's).
func (o Options) metrics(font string) Metrics {
	if font != "" && o.FontMetrics != nil {
		return o.FontMetrics(font)
	}
	return o.Metrics
}

// fontFamily is the Excalidraw family of a text in font.
func (o Options) fontFamily(font string) int {
	if f, ok := FontFamilies[font]; ok {
		return f
	}
	if o.FontFamily != 0 {
		return o.FontFamily
	}
	return FontFamilies["handwriting"]
}

// Source is the scene file's "source": the program that wrote it.
const Source = "sketchdeck"

// Write writes sc as an Excalidraw scene file.
func Write(sc *scene.Scene, o Options) ([]byte, error) {
	w := &writer{o: o, at: map[string]int{}, files: map[string]FileData{}}
	for i := range sc.Items {
		if err := w.item(&sc.Items[i]); err != nil {
			return nil, err
		}
	}
	w.bind()
	for i := range w.els {
		w.els[i].Index = fractionalIndex(i)
	}
	f := File{Type: "excalidraw", Version: 2, Source: Source, Elements: w.els,
		AppState: AppState{GridSize: 20, GridStep: 5, ViewBackgroundColor: colour(o.Background, "#ffffff")},
		Files:    w.files}
	if f.Elements == nil {
		f.Elements = []Element{}
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(f); err != nil {
		return nil, fmt.Errorf("excalout: %w", err)
	}
	return b.Bytes(), nil
}

// writer accumulates the elements of one scene.
type writer struct {
	o     Options
	els   []Element
	at    map[string]int // element index by id
	files map[string]FileData
	// edges are the arrows to bind once every shape is written.
	edges []edge
}

// edge is an arrow element's index and the items its ends join.
type edge struct {
	el       int
	from, to string
}

// item writes one scene item as its elements.
func (w *writer) item(it *scene.Item) error {
	conv, ok := converters[it.Kind]
	if !ok {
		conv, ok = outlineConverter(it.Kind)
	}
	if !ok {
		return fmt.Errorf("excalout: item %q: kind %q has no Excalidraw element", it.ID, it.Kind)
	}
	conv(w, it)
	return nil
}

// add appends an element, filling the fields every element has from the
// item it draws.
func (w *writer) add(it *scene.Item, e Element) int {
	if e.ID == "" {
		e.ID = it.ID
	}
	seed := sketch.Seed(w.o.Seed, it.ID)
	e.Seed = int64(seed>>33) | 1 // rough.js takes a positive 31-bit seed; 0 would be random
	e.Version = 1
	e.VersionNonce = int64(sketch.Seed(seed, e.ID) >> 33)
	e.Updated = 1
	e.Opacity = math.Round(100 * (1 - it.Transparency)) // a drawing element's opacity, 0-1 as 0-100
	if e.GroupIDs == nil {
		e.GroupIDs = []string{}
	}
	if e.StrokeColor == "" {
		e.StrokeColor = colour(it.Style.Stroke, "transparent")
	}
	if e.BackgroundColor == "" {
		e.BackgroundColor = "transparent"
	}
	if e.FillStyle == "" {
		e.FillStyle = "solid"
	}
	if e.StrokeWidth == 0 {
		e.StrokeWidth = round(it.Style.StrokeWidth)
		if e.StrokeWidth <= 0 {
			e.StrokeWidth = 1
		}
	}
	if e.StrokeStyle == "" {
		e.StrokeStyle = strokeStyle(it.Style.Dash)
	}
	e.Roughness = round(it.Style.Roughness)
	w.at[e.ID] = len(w.els)
	w.els = append(w.els, e)
	return len(w.els) - 1
}

// fill sets a closed element's fill from the item's style.
func fill(e *Element, st scene.Style) {
	c := colour(st.Fill, "transparent")
	if st.FillStyle == scene.FillNone || c == "transparent" {
		e.BackgroundColor, e.FillStyle = "transparent", "solid"
		return
	}
	e.BackgroundColor, e.FillStyle = c, fillStyles[st.FillStyle]
	if e.FillStyle == "" {
		e.FillStyle = "solid"
	}
}

// fillStyles are Excalidraw's names of the fill styles; dots, which
// Excalidraw lacks, is hachure.
var fillStyles = map[scene.FillStyle]string{
	"": "solid", scene.FillSolid: "solid", scene.FillHachure: "hachure", scene.FillCrossHatch: "cross-hatch",
	scene.FillZigzag: "zigzag", scene.FillDots: "hachure",
}

func strokeStyle(d scene.Dash) string {
	switch d {
	case scene.Dashed:
		return "dashed"
	case scene.Dotted:
		return "dotted"
	}
	return "solid"
}

// colour is c as Excalidraw writes colours: "#rrggbb" (lower case),
// "transparent" for none, def for "".
func colour(c, def string) string {
	c = strings.ToLower(strings.TrimSpace(c))
	switch {
	case c == "":
		return def
	case c == "none" || c == "transparent":
		return "transparent"
	case len(c) == 4 && c[0] == '#':
		return string([]byte{'#', c[1], c[1], c[2], c[2], c[3], c[3]})
	}
	return c
}

// round rounds v to 0.01, the precision of the scene's coordinates.
func round(v float64) float64 {
	r := math.Round(v*100) / 100
	if r == 0 {
		return 0
	}
	return r
}

// digits are fractional indexing's base-62 digits, in sort order.
const digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"

// fractionalIndex is the i-th of a run of increasing fractional indices
// ("a0", "a1", ... "az", "b00", ...): the integer keys of the fractional
// indexing scheme Excalidraw orders its elements by.
func fractionalIndex(i int) string {
	for head, n := byte('a'), 1; ; head, n = head+1, n+1 {
		size := int(math.Pow(62, float64(n)))
		if i < size {
			b := make([]byte, n)
			for k := n - 1; k >= 0; k-- {
				b[k] = digits[i%62]
				i /= 62
			}
			return string(head) + string(b)
		}
		i -= size
	}
}
