package spec

import (
	"maps"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/sketchdeck/sketchdeck/internal/shape"
)

// Element is one thing of a drawing, placed by coordinates: a shape, a
// line, a pencil stroke, a text, a chart or a part from the parts library.
// The same elements make up the parts themselves (see Part).
//
// Positions are px, y down. X and Y are the element's top-left corner, or
// the origin its Points are relative to (as Excalidraw stores them). With
// At, X and Y are offsets from a point of an element placed before it.
type Element struct {
	// ID names the element for At and keeps its wobble when others are
	// added; without one, the element's index names it.
	ID   string      `toml:"id"`
	Kind ElementKind `toml:"kind"`

	X      float64 `toml:"x"`
	Y      float64 `toml:"y"`
	Width  float64 `toml:"width"`
	Height float64 `toml:"height"`
	// At is "ID" or "ID.ANCHOR" (n, ne, e, se, s, sw, w, nw, c; nw by
	// default): X and Y count from that point of an earlier element.
	At string `toml:"at"`
	// Points are [x, y] pairs relative to X and Y.
	Points [][]float64 `toml:"points"`
	// Smooth draws a line or polygon as a curve through its points.
	Smooth bool `toml:"smooth"`
	// Rotate turns the element, degrees clockwise, around its centre.
	Rotate float64 `toml:"rotate"`
	// Opacity fades the whole element, from 0 (invisible) to 1 (opaque,
	// as when it is not written); a part's elements fade with it.
	Opacity *float64 `toml:"opacity"`
	// Start and End bound an arc, degrees clockwise from three o'clock,
	// each from -MaxArcTurn to MaxArcTurn and at most MaxArcTurn apart.
	Start float64 `toml:"start"`
	End   float64 `toml:"end"`

	Stroke      Color       `toml:"stroke"`
	StrokeWidth float64     `toml:"stroke_width"`
	StrokeStyle StrokeStyle `toml:"stroke_style"`
	Fill        Color       `toml:"fill"`
	FillStyle   FillStyle   `toml:"fill_style"`
	Roughness   *float64    `toml:"roughness"`
	// Rounded rounds a rect's corners: true, or a radius in px. Cap is a
	// cylinder's lid height: a fraction of its height up to 1, px above.
	Rounded Corner  `toml:"rounded"`
	Cap     float64 `toml:"cap"`
	// Arrow, ArrowHead, ArrowTail and ArrowSize put arrowheads on a line,
	// curve or arc ("end" for an arrow), as Heads reads them (heads.go).
	Arrow     Arrow     `toml:"arrow"`
	ArrowHead ArrowHead `toml:"arrowhead"`
	ArrowTail ArrowHead `toml:"arrowtail"`
	ArrowSize float64   `toml:"arrow_size"`
	// Step is the build step the element appears at (steps.go).
	Step Step `toml:"step"`

	// Text is a text element's words, or a label centred in a shape.
	Text string `toml:"text" i18n:"text"`
	// Lines write Text as lines of their own colours, struck out or bold
	// (see Line).
	Lines     []Line    `toml:"lines" i18n:"text"`
	FontSize  float64   `toml:"font_size"`
	Color     Color     `toml:"color"`
	Align     TextAlign `toml:"align"`
	Weight    int       `toml:"weight"`
	Underline bool      `toml:"underline"`

	// Part names a part of the library; Scale sizes it (1 is the part's
	// own size) unless Width or Height fit it; Colors recolour its roles
	// ("accent") or its palette names ("black").
	Part   string           `toml:"part"`
	Scale  float64          `toml:"scale"`
	Colors map[string]Color `toml:"colors"`
	// Image is an image element's picture file (image.go), fitted into
	// Width × Height (its aspect kept), else drawn at its own size or
	// scaled to the one of them given.
	Image Image `toml:"image"`

	// Series are a chart's lines; Axes draws its axes; NoFrame leaves out
	// the box around it.
	Series  []Series `toml:"series"`
	Axes    bool     `toml:"axes"`
	NoFrame bool     `toml:"no_frame"`
	// Statuses are the rows of a status list: "up", "down" or a colour.
	Statuses []string `toml:"statuses"`
	// Cells are a grid's colours, row by row, Columns to a row; Size is a
	// cell's side (or a status dot's diameter) and Gap the space between.
	Cells   []Color `toml:"cells"`
	Columns int     `toml:"columns"`
	Size    float64 `toml:"size"`
	Gap     float64 `toml:"gap"`

	// P is where the element is written; PartP where its part is named.
	P     Pos `toml:"-" json:"-"`
	PartP Pos `toml:"-" json:"-"`
}

// Series is one line of a chart: its values, or a seeded noise generator.
type Series struct {
	Color  Color     `toml:"color"`
	Values []float64 `toml:"values"`
	// Without Values, Count points of noise seeded by Seed are drawn around
	// Base (0 bottom, 1 top) with amplitude Noise, and Spikes tall spikes.
	Seed   int64   `toml:"seed"`
	Count  int     `toml:"count"`
	Base   float64 `toml:"base"`
	Noise  float64 `toml:"noise"`
	Spikes int     `toml:"spikes"`
}

// HeadKeys are the element's arrowhead keys.
func (e *Element) HeadKeys() Heads {
	return Heads{Arrow: e.Arrow, ArrowHead: e.ArrowHead, ArrowTail: e.ArrowTail, ArrowSize: e.ArrowSize}
}

// DefaultArrow is where the element's heads go when arrow is not
// written: an arrow's end; a line or an arc has none.
func (e *Element) DefaultArrow() Arrow {
	if e.Kind == ElemArrow {
		return ArrowEnd
	}
	return ArrowNone
}

// Name is how messages and item ids refer to element i.
func (e *Element) Name(i int) string {
	if e.ID != "" {
		return e.ID
	}
	return "#" + strconv.Itoa(i)
}

// boxAnchors are the points of an element's box At may name.
func boxAnchors() []string { return []string{"n", "ne", "e", "se", "s", "sw", "w", "nw", "c"} }

// SplitAt splits an At reference into the element id and its anchor.
func SplitAt(at string) (id, anchor string) {
	if i := strings.LastIndexByte(at, '.'); i >= 0 && slices.Contains(boxAnchors(), at[i+1:]) {
		return at[:i], at[i+1:]
	}
	return at, "nw"
}

// DidYouMean is " (did you mean "x"?)" when s is a plausible typo of one of
// the candidates, or "": for messages of later stages.
func DidYouMean(s string, candidates []string) string { return didYouMean(s, candidates) }

// Suggest is the candidate closest to s when s is a plausible typo of it,
// or "".
func Suggest(s string, candidates []string) string { return suggest(s, candidates) }

// Limits of the drawing kind.
const (
	MaxElements = 5000
	MaxPoints   = 5000 // points of one element
	MaxSeries   = 20
	// MaxTotalPoints bounds the points of a whole drawing (or part): given
	// points plus chart points, so that a few lines cannot ask for millions.
	MaxTotalPoints = 100000
)

// checkDrawing validates the drawing kind.
func (d *Diagram) checkDrawing(c checker) {
	if len(d.Elements) == 0 && !c.reportedAt("elements") {
		c.errorf("", "the drawing has no elements: add at least one [[elements]] table")
	}
	c.checkElements("elements", d.Elements)
	d.applyDefaults(c)
}

// checkElements validates a list of elements (a drawing's or a part's).
func (c checker) checkElements(path string, els []Element) {
	if len(els) > MaxElements {
		c.errorf(path, "%d elements; the limit is %d", len(els), MaxElements)
		return
	}
	if n := totalPoints(els); n > MaxTotalPoints {
		c.errorf(path+"[0]", "the elements have %d points in all (charts included); the limit is %d", n, MaxTotalPoints)
	}
	seen := map[string]bool{}
	var ids []string
	for i := range els {
		e := &els[i]
		p := path + "[" + strconv.Itoa(i) + "]"
		e.P, e.PartP = c.pos.at(p), c.pos.at(p+".part")
		if e.Kind == "" && !c.reportedAt(p+".kind") {
			c.errorf(p, "element has no kind: valid kinds are %s", Choices(ElementKinds().Names()))
		}
		if e.ID != "" {
			if seen[e.ID] {
				c.errorf(p+".id", "duplicate element id %q", e.ID)
			}
			if len(e.ID) > MaxIDLen {
				c.errorf(p+".id", "element id is %d bytes long; the limit is %d", len(e.ID), MaxIDLen)
			}
		}
		if e.At != "" {
			if id, _ := SplitAt(e.At); !seen[id] {
				c.errorf(p+".at", "at: no element %q before this one%s", id, c.didYouMean(id, ids))
			}
		}
		if e.ID != "" {
			seen[e.ID] = true
			ids = append(ids, e.ID)
		}
		c.checkElement(p, e)
	}
}

func (c checker) checkElement(p string, e *Element) {
	for _, v := range []struct {
		key string
		v   float64
	}{{"x", math.Abs(e.X)}, {"y", math.Abs(e.Y)}, {"width", e.Width}, {"height", e.Height},
		{"stroke_width", e.StrokeWidth}, {"font_size", e.FontSize}, {"size", e.Size}, {"gap", e.Gap}} {
		c.size(p+"."+v.key, v.v)
	}
	if math.IsNaN(e.Rotate) || math.Abs(e.Rotate) > 3600 {
		c.errorf(p+".rotate", "rotate must be from -3600 to 3600 degrees, not %v", e.Rotate)
	}
	if s := e.Scale; math.IsNaN(s) || s < 0 || s > 100 {
		c.errorf(p+".scale", "scale must be from 0 to 100, not %v", s)
	}
	if e.Weight != 0 && (e.Weight < 100 || e.Weight > 900) {
		c.errorf(p+".weight", "weight must be from 100 to 900 (400 regular, 700 bold), not %d", e.Weight)
	}
	if e.Columns < 0 || e.Columns > 100 {
		c.errorf(p+".columns", "columns must be from 1 to 100, not %d", e.Columns)
	}
	c.arcAngles(p, e)
	c.roughness(p, e.Roughness)
	c.opacity(p+".opacity", e.Opacity)
	c.text(p+".text", e.Text)
	c.checkLines(p+".lines", "text", e.Text, e.Lines)
	c.points(p+".points", e)
	for _, k := range slices.Sorted(maps.Keys(e.Colors)) {
		if err := e.Colors[k].check(); err != nil {
			c.errorf(p+".colors."+k, "%s", err)
		} else {
			c.paletteName(p+".colors."+k, e.Colors[k])
		}
	}
	for i, s := range e.Statuses {
		if !validStatus(s) {
			c.errorf(p+".statuses", "statuses[%d]: unknown status %q: valid choices are \"up\", \"down\" or a colour", i, s)
		}
	}
	c.series(p, e)
	c.kindKeys(p, e)
	c.unreadKeys(p, e)
	c.elementFigure(p, e)
	if slices.Contains([]ElementKind{ElemLine, ElemArrow, ElemArc}, e.Kind) {
		c.checkHeads(p, e.HeadKeys(), e.DefaultArrow(), false)
	}
}

// elementFigure checks the values of rounded and cap; unreadKeys reports
// them on kinds that do not draw them.
func (c checker) elementFigure(p string, e *Element) {
	c.corner(p, "rounded", e.Rounded)
	c.capHeight(p, "cap", e.Cap)
}

// MaxArcTurn bounds an arc's sweep, degrees: ten turns. An arc is drawn
// as a curve through a point every 15 degrees, so its angles decide how
// many points it takes.
const MaxArcTurn = 3600

// arcAngles checks an arc's start and end: finite, and at most MaxArcTurn
// apart.
func (c checker) arcAngles(p string, e *Element) {
	for _, a := range []struct {
		key string
		v   float64
	}{{"start", e.Start}, {"end", e.End}} {
		if math.IsNaN(a.v) || math.Abs(a.v) > MaxArcTurn {
			c.errorf(p+"."+a.key, "%s must be from -%d to %d degrees, not %v", a.key, MaxArcTurn, MaxArcTurn, a.v)
			return
		}
	}
	if d := math.Abs(e.End - e.Start); d > MaxArcTurn {
		c.errorf(p+".end", "an arc turns at most %d degrees (ten turns) from start to end, not %v", MaxArcTurn, d)
	}
}

// totalPoints counts the points a list of elements draws: given points and
// chart points, given or generated.
func totalPoints(els []Element) int {
	n := 0
	for i := range els {
		n += len(els[i].Points)
		for _, s := range els[i].Series {
			n += max(len(s.Values), max(s.Count, 0))
		}
	}
	return n
}

// points checks that every point is a finite [x, y] pair and that the
// element's kind has enough of them.
func (c checker) points(p string, e *Element) {
	if len(e.Points) > MaxPoints {
		c.errorf(p, "%d points; the limit is %d", len(e.Points), MaxPoints)
		return
	}
	for i, pt := range e.Points {
		if len(pt) != 2 {
			c.errorf(p, "points[%d]: a point is [x, y], not %d numbers", i, len(pt))
			continue
		}
		for _, v := range pt {
			if math.IsNaN(v) || math.Abs(v) > MaxSize {
				c.errorf(p, "points[%d]: coordinates must be from -%d to %d, not %v", i, MaxSize, MaxSize, v)
			}
		}
	}
	if need := e.Kind.minPoints(); need > 0 && len(e.Points) < need {
		c.errorf(p, "a %s needs at least %d points, not %d", e.Kind, need, len(e.Points))
	}
}

func (c checker) series(p string, e *Element) {
	if len(e.Series) > MaxSeries {
		c.errorf(p+".series", "%d series; the limit is %d", len(e.Series), MaxSeries)
	}
	for i, s := range e.Series {
		sp := p + ".series[" + strconv.Itoa(i) + "]"
		if len(s.Values) > MaxPoints || s.Count < 0 || s.Count > MaxPoints {
			c.errorf(sp, "a series has at most %d points", MaxPoints)
		}
		for _, v := range s.Values {
			if math.IsNaN(v) || math.IsInf(v, 0) {
				c.errorf(sp+".values", "values must be finite numbers, not %v", v)
				break
			}
		}
		if s.Spikes < 0 || s.Spikes > 100 {
			c.errorf(sp+".spikes", "spikes must be from 0 to 100, not %d", s.Spikes)
		}
	}
}

// kindKeys reports what an element of its kind cannot go without.
func (c checker) kindKeys(p string, e *Element) {
	switch e.Kind {
	case ElemPart:
		if e.Part == "" {
			c.errorf(p, "a part element needs part = \"NAME\"")
		}
		c.iconAt(p+".part", "", e.Part, c.errorf)
	case ElemText:
		// A text written with a value of the wrong type is reported as such.
		if e.Text == "" && len(e.Lines) == 0 && !c.reportedAt(p+".text") {
			c.errorf(p, "a text element needs text = \"...\" (or lines = [...])")
		}
	case ElemChart:
		if len(e.Series) == 0 {
			c.errorf(p, "a chart needs at least one [[elements.series]]")
		}
		fallthrough
	case ElemArc, ElemStatus:
		if e.Width == 0 || e.Height == 0 {
			c.errorf(p, "a %s needs width and height", e.Kind)
		}
	case ElemGrid:
		if len(e.Cells) == 0 {
			c.errorf(p, "a grid needs cells = [\"red\", ...]")
		}
	case ElemImage:
		if e.Image == "" {
			c.errorf(p, "an image element needs image = \"FILE\" (a .png, .jpg or .svg file beside the diagram)")
		}
	default:
		if e.Kind.outline() && (e.Width == 0 || e.Height == 0) {
			c.errorf(p, "a %s needs width and height", e.Kind)
		}
	}
	if e.Part != "" && e.Kind != ElemPart {
		c.errorf(p+".part", "part is only for elements of kind \"part\", not %q", e.Kind)
	}
}

// ElementKind is what an element draws.
type ElementKind string

// Element kinds besides the outlines of internal/shape ("rect", "ellipse"…),
// which draw a box shape.
const (
	ElemLine     ElementKind = "line"
	ElemArrow    ElementKind = "arrow"
	ElemPolygon  ElementKind = "polygon"
	ElemFreehand ElementKind = "freehand"
	ElemArc      ElementKind = "arc"
	ElemText     ElementKind = "text"
	ElemPart     ElementKind = "part"
	ElemChart    ElementKind = "chart"
	ElemStatus   ElementKind = "status"
	ElemGrid     ElementKind = "grid"
	ElemImage    ElementKind = "image"
)

// ElementKinds is the enumeration of element kinds: internal/shape's
// outlines first, then the others.
func ElementKinds() Enum[ElementKind] {
	e := Enum[ElementKind]{What: "element kind", Aliases: map[string]ElementKind{
		"polyline": ElemLine, "draw": ElemFreehand, "pencil": ElemFreehand, "label": ElemText, "status-list": ElemStatus,
	}}
	for _, o := range shape.Outlines() {
		e.Choices = append(e.Choices, ElementKind(o.Name))
		for _, a := range o.Aliases {
			e.Aliases[a] = ElementKind(o.Name)
		}
	}
	e.Choices = append(e.Choices, ElemLine, ElemArrow, ElemPolygon, ElemFreehand, ElemArc, ElemText, ElemPart, ElemChart, ElemStatus, ElemGrid, ElemImage)
	return e
}

// outline reports whether the kind draws one of internal/shape's outlines.
func (k ElementKind) outline() bool {
	_, ok := shape.OutlineNamed(string(k))
	return ok
}

// UnmarshalText implements encoding.TextUnmarshaler (see Enum.decode).
func (k *ElementKind) UnmarshalText(b []byte) error { return elementKinds().decode(k, b) }

// elementKinds is ElementKinds made once, for decoding and validation,
// which only read it: every element of every diagram asks for it.
var elementKinds = sync.OnceValue(ElementKinds)

func (k ElementKind) minPoints() int {
	switch k {
	case ElemLine, ElemArrow:
		return 2
	case ElemPolygon:
		return 3
	case ElemFreehand:
		return 1
	}
	return 0
}

// TextAlign is how a text's lines line up.
type TextAlign string

// TextAligns is the enumeration of text alignments.
func TextAligns() Enum[TextAlign] {
	return Enum[TextAlign]{What: "text alignment", Choices: []TextAlign{"left", "center", "right"},
		Aliases: map[string]TextAlign{"centre": "center", "middle": "center"}}
}

// UnmarshalText implements encoding.TextUnmarshaler (see Enum.decode).
func (a *TextAlign) UnmarshalText(b []byte) error { return TextAligns().decode(a, b) }
