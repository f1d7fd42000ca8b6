package spec

import (
	"math"
	"strconv"
	"strings"
)

// Overlay (a [[marks]] table) is a mark placed on a node, an edge, a panel or the whole
// drawing: a red cross over a lost message, a BOOM star over a crashed
// server, a note, a numbered step, arrows fanning into a node.
type Overlay struct {
	Kind OverlayKind `toml:"kind"`
	// On names the target: a node id, an edge "from->to" (with "#2" for the
	// second such edge), or a panel id in a panels diagram; empty means
	// the whole drawing.
	On string `toml:"on"`
	// At is the point of the target the mark sits on, or beside.
	At Anchor `toml:"at"`
	// Along is where on an edge (0 start, 1 end); it overrides At's point.
	Along *float64 `toml:"along"`
	// Text is a note's, a step's or a star's words.
	Text string `toml:"text" i18n:"text"`
	// Name is the part a "part" mark places (magnifier, warning...).
	Name string `toml:"name"`
	// Image is the picture file an "image" mark shows (image.go).
	Image Image `toml:"image"`
	// Size is the mark's size (px): a cross's or a star's width, a text's
	// font size, a dot's diameter.
	Size        float64     `toml:"size"`
	Color       Color       `toml:"color"`
	StrokeWidth float64     `toml:"stroke_width"`
	Style       StrokeStyle `toml:"style"`
	// Count, Length and Spread shape the arrows of a fan: how many, how
	// long, and how wide their tails spread, px.
	Count  int     `toml:"count"`
	Length float64 `toml:"length"`
	Spread float64 `toml:"spread"`
	// Token rides on an "arrow" mark, as on an edge.
	Token string `toml:"token"`
	// Offset nudges the mark by [dx, dy] px after it is placed.
	Offset []float64 `toml:"offset"`
	// Step is the build step the mark appears at (steps.go); 0: on every
	// step file.
	Step Step `toml:"step"`

	P Pos `toml:"-" json:"-"`
}

// MaxMarks bounds the marks of one graph (or one panel, or a panels
// diagram's own): the deck's busiest has 7.
const MaxMarks = 1000

// OverlayKind is what a mark draws.
type OverlayKind string

// Mark kinds.
const (
	OverlayCross OverlayKind = "cross" // a red ✕
	OverlayBoom  OverlayKind = "boom"  // a yellow starburst with "BOOM!"
	OverlayCheck OverlayKind = "check" // a ticked check box
	OverlayText  OverlayKind = "text"  // free text beside the target
	OverlayStep  OverlayKind = "step"  // a numbered step, "1." "2." ...
	OverlayDot   OverlayKind = "dot"   // a small filled circle (a port's status)
	OverlayDead  OverlayKind = "dead"  // a dead face (✕ ✕ and a flat mouth) inside a node
	OverlayPart  OverlayKind = "part"  // a part from the parts library
	OverlayFan   OverlayKind = "fan"   // arrows converging into a node from one side
	OverlayArrow OverlayKind = "arrow" // one arrow leaving a node towards a side
	OverlayLine  OverlayKind = "line"  // a rule beside the target (a wall)
	OverlayAxis  OverlayKind = "axis"  // a labelled arrow under the drawing (time)
	OverlayImage OverlayKind = "image" // a picture file, as a part mark places a part
)

// OverlayKinds is the enumeration of mark kinds.
func OverlayKinds() Enum[OverlayKind] {
	return Enum[OverlayKind]{What: "mark kind",
		Choices: []OverlayKind{OverlayCross, OverlayBoom, OverlayCheck, OverlayText, OverlayStep, OverlayDot,
			OverlayDead, OverlayPart, OverlayFan, OverlayArrow, OverlayLine, OverlayAxis, OverlayImage},
		Aliases: map[string]OverlayKind{"x": OverlayCross, "star": OverlayBoom, "explosion": OverlayBoom,
			"checkbox": OverlayCheck, "note": OverlayText, "label": OverlayText}}
}

// UnmarshalText implements encoding.TextUnmarshaler (see Enum.decode).
func (k *OverlayKind) UnmarshalText(b []byte) error { return OverlayKinds().decode(k, b) }

// EdgeRef is a mark's edge target, "from->to" or "from->to#n" (the n-th
// edge from from to to, counting from 1).
type EdgeRef struct {
	From, To string
	Nth      int // 0-based
}

// ParseEdgeRef reads an edge target; ok is false when s names no edge.
func ParseEdgeRef(s string) (EdgeRef, bool) {
	from, to, ok := strings.Cut(s, "->")
	if !ok {
		return EdgeRef{}, false
	}
	r := EdgeRef{From: strings.TrimSpace(from), To: strings.TrimSpace(to)}
	if t, n, ok := strings.Cut(r.To, "#"); ok {
		k, err := strconv.Atoi(n)
		if err != nil || k < 1 {
			return EdgeRef{}, false
		}
		r.To, r.Nth = strings.TrimSpace(t), k-1
	}
	return r, r.From != "" && r.To != ""
}

// checkMarks validates the marks of a graph whose node ids are ids; extra
// names more valid targets (a panels diagram's panel ids).
func (d *Diagram) checkMarks(c checker, ids map[string]bool, extra ...string) {
	if len(d.Marks) > MaxMarks {
		c.errorf("marks["+strconv.Itoa(MaxMarks)+"]", "%d marks; the limit is %d", len(d.Marks), MaxMarks)
		return
	}
	targets := append(d.nodeIDs(), extra...)
	for i := range d.Marks {
		m := &d.Marks[i]
		p := "marks[" + strconv.Itoa(i) + "]"
		m.P = c.pos.at(p)
		if m.Kind == "" && !c.reportedAt(p+".kind") {
			c.errorf(p, "mark has no kind: valid choices are %s", Choices(OverlayKinds().Names()))
		}
		c.markTarget(p, m, d.Edges, ids, targets)
		c.text(p+".text", m.Text)
		c.size(p+".size", m.Size)
		c.size(p+".stroke_width", m.StrokeWidth)
		c.size(p+".length", m.Length)
		c.size(p+".spread", m.Spread)
		if m.Count < 0 || m.Count > 100 {
			c.errorf(p+".count", "count must be from 1 to 100, not %d", m.Count)
		}
		if m.Along != nil && (math.IsNaN(*m.Along) || *m.Along < 0 || *m.Along > 1) {
			c.errorf(p+".along", "along must be from 0 (start) to 1 (end), not %v", *m.Along)
		}
		if m.Offset != nil && len(m.Offset) != 2 {
			c.errorf(p+".offset", "offset must be [dx, dy], not %d numbers", len(m.Offset))
		}
		for _, v := range m.Offset {
			c.size(p+".offset", math.Abs(v))
		}
		if m.Kind == OverlayPart && m.Name == "" {
			c.errorf(p, "a part mark needs name = \"...\" (a part such as \"magnifier\" or \"warning\")")
		}
		if m.Kind == OverlayPart {
			c.iconAt(p+".name", "", m.Name, c.errorf)
		}
		switch {
		case m.Kind == OverlayImage && m.Image == "":
			c.errorf(p, "an image mark needs image = \"FILE\" (a .png, .jpg or .svg file beside the diagram)")
		case m.Kind != OverlayImage && m.Image != "":
			c.errorf(p+".image", "image is only for marks of kind \"image\", not %q", m.Kind)
		}
	}
}

// markTarget checks that a mark's target exists, suggesting the closest
// node (or edge) when it does not.
func (c checker) markTarget(p string, m *Overlay, edges []Edge, ids map[string]bool, targets []string) {
	if m.On == "" {
		return
	}
	if r, ok := ParseEdgeRef(m.On); ok {
		n := 0
		for _, e := range edges {
			if e.From == r.From && e.To == r.To {
				n++
			}
		}
		if n > r.Nth {
			return
		}
		names := make([]string, len(edges))
		for i, e := range edges {
			names[i] = e.From + "->" + e.To
		}
		if n == 0 {
			c.errorf(p+".on", "mark on unknown edge %q%s: valid edges are %s", m.On, c.didYouMean(r.From+"->"+r.To, names), choicesOrNone(names))
			return
		}
		c.errorf(p+".on", "mark on edge %q: there are only %d edges from %q to %q", m.On, n, r.From, r.To)
		return
	}
	for _, t := range targets {
		if t == m.On {
			return
		}
	}
	c.errorf(p+".on", "mark on unknown node %q%s: valid targets are %s or an edge \"from->to\"", m.On, c.didYouMean(m.On, targets), choicesOrNone(targets))
}

func choicesOrNone(vals []string) string {
	if len(vals) == 0 {
		return "none"
	}
	if len(vals) > 12 {
		return Choices(vals[:12]) + ", ..."
	}
	return Choices(vals)
}
