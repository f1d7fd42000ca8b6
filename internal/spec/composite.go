package spec

import (
	"math"
	"strconv"
)

// EdgeStyle is how an edge's line is drawn: a stroke pattern, a
// hand-scribbled wavy path (a slow or long network link), or a path with one
// curl of the pen (a message that loses its way).
type EdgeStyle string

// Edge styles; the first three are the stroke styles.
const (
	EdgeSolid    EdgeStyle = "solid"
	EdgeDashed   EdgeStyle = "dashed"
	EdgeDotted   EdgeStyle = "dotted"
	EdgeSquiggly EdgeStyle = "squiggly"
	// EdgeCurl loops once part-way: with cut and a cross mark, a lost reply.
	EdgeCurl EdgeStyle = "curl"
	// EdgeHidden is not drawn: it only pulls its nodes into place.
	EdgeHidden EdgeStyle = "hidden"
	// EdgeBlock is a wide hollow arrow, one- or two-headed as arrow says.
	EdgeBlock EdgeStyle = "block"
)

// EdgeStyles is the enumeration of edge styles.
func EdgeStyles() Enum[EdgeStyle] {
	return Enum[EdgeStyle]{What: "edge style", Choices: []EdgeStyle{EdgeSolid, EdgeDashed, EdgeDotted, EdgeSquiggly, EdgeCurl, EdgeHidden, EdgeBlock},
		Aliases: map[string]EdgeStyle{"wavy": EdgeSquiggly, "scribble": EdgeSquiggly, "squiggle": EdgeSquiggly,
			"curly": EdgeCurl, "loop": EdgeCurl, "invisible": EdgeHidden, "invis": EdgeHidden,
			"block_arrow": EdgeBlock, "block-arrow": EdgeBlock, "wide": EdgeBlock}}
}

// UnmarshalText implements encoding.TextUnmarshaler (see Enum.decode).
func (s *EdgeStyle) UnmarshalText(b []byte) error { return EdgeStyles().decode(s, b) }

// Anchor is a point of a node (its centre, a side's middle, a corner) or
// of an edge (its start, middle or end, or beside its middle).
type Anchor string

// Anchors.
const (
	AtCenter      Anchor = "center"
	AtTop         Anchor = "top"
	AtBottom      Anchor = "bottom"
	AtLeft        Anchor = "left"
	AtRight       Anchor = "right"
	AtTopLeft     Anchor = "top-left"
	AtTopRight    Anchor = "top-right"
	AtBottomLeft  Anchor = "bottom-left"
	AtBottomRight Anchor = "bottom-right"
	AtStart       Anchor = "start"
	AtEnd         Anchor = "end"
)

// Anchors is the enumeration of anchors; the first nine are a node's.
func Anchors() Enum[Anchor] {
	return Enum[Anchor]{What: "position",
		Choices: []Anchor{AtCenter, AtTop, AtBottom, AtLeft, AtRight, AtTopLeft, AtTopRight, AtBottomLeft, AtBottomRight, AtStart, AtEnd},
		Aliases: map[string]Anchor{
			"above": AtTop, "below": AtBottom, "over": AtTop, "under": AtBottom,
			"middle": AtCenter, "inside": AtCenter, "centre": AtCenter,
			"upper-left": AtTopLeft, "upper-right": AtTopRight, "lower-left": AtBottomLeft, "lower-right": AtBottomRight,
		}}
}

// UnmarshalText implements encoding.TextUnmarshaler (see Enum.decode).
func (a *Anchor) UnmarshalText(b []byte) error { return Anchors().decode(a, b) }

// CurveSide is the side an edge arcs towards.
type CurveSide string

// Arc sides: over is up (the right of a vertical edge: geom.UpNormal), under the other way.
const (
	CurveOver  CurveSide = "over"
	CurveUnder CurveSide = "under"
)

// CurveSides is the enumeration of curve sides.
func CurveSides() Enum[CurveSide] {
	return Enum[CurveSide]{What: "curve", Choices: []CurveSide{CurveOver, CurveUnder},
		Aliases: map[string]CurveSide{"up": CurveOver, "down": CurveUnder}}
}

// UnmarshalText implements encoding.TextUnmarshaler (see Enum.decode).
func (b *CurveSide) UnmarshalText(t []byte) error { return CurveSides().decode(b, t) }

// EdgeShape is the part of an edge that shapes its path beyond a straight
// arrow between two borders.
type EdgeShape struct {
	// Curve arcs the edge over or under; Bend is how far its middle moves
	// off the straight line, px (positive is over). Either alone curves it.
	Curve CurveSide `toml:"curve"`
	Bend  float64   `toml:"bend"`
	// FromSide and ToSide attach the ends to a side (at the point facing
	// the other end) or a corner of the node instead of aiming at its centre.
	FromSide Anchor `toml:"from_side"`
	ToSide   Anchor `toml:"to_side"`
	// Cut stops the arrow part-way (0 to 1): a message lost on its way.
	Cut float64 `toml:"cut"`
	// LabelPosition puts the label beside the edge's middle (or its
	// token): above, below, left or right; the default is the edge's
	// left-hand side, or its right-hand side when only the left faces
	// another edge of its nodes that diverges from it.
	LabelPosition Side `toml:"label_position"`
}

// InnerNodes is a group of nodes drawn inside a node (an aggregator's stacked
// squares, a cluster's servers, a box full of circles), in a grid.
type InnerNodes struct {
	Nodes []Node `toml:"nodes"`
	// Columns is how many nodes go in a row; 0 puts them all in one row.
	Columns int `toml:"columns"`
	// Repeat draws the (single) node this many times.
	Repeat int `toml:"repeat"`
	// Gap is the space between nodes; Padding between them and the border, px.
	Gap     float64 `toml:"gap"`
	Padding float64 `toml:"padding"`
	// Scatter moves each node off its grid cell by up to this many px, in a
	// seeded, repeatable way: a loose heap rather than a grid.
	Scatter float64 `toml:"scatter"`
}

// Divider is how panels are separated.
type Divider string

// Panel dividers.
const (
	DividerSolid  Divider = "solid"
	DividerDashed Divider = "dashed"
	DividerNone   Divider = "none"
)

// Dividers is the enumeration of panel dividers.
func Dividers() Enum[Divider] {
	return Enum[Divider]{What: "divider", Choices: []Divider{DividerSolid, DividerDashed, DividerNone}}
}

// UnmarshalText implements encoding.TextUnmarshaler (see Enum.decode).
func (v *Divider) UnmarshalText(b []byte) error { return Dividers().decode(v, b) }

// PanelAlign is where a panel sits in the row when it is shorter than the
// tallest one.
type PanelAlign string

// Panel alignments.
const (
	AlignTop    PanelAlign = "top"
	AlignMiddle PanelAlign = "middle"
	AlignBottom PanelAlign = "bottom"
)

// PanelAligns is the enumeration of panel alignments.
func PanelAligns() Enum[PanelAlign] {
	return Enum[PanelAlign]{What: "panel alignment", Choices: []PanelAlign{AlignTop, AlignMiddle, AlignBottom},
		Aliases: map[string]PanelAlign{"center": AlignMiddle}}
}

// UnmarshalText implements encoding.TextUnmarshaler (see Enum.decode).
func (a *PanelAlign) UnmarshalText(b []byte) error { return PanelAligns().decode(a, b) }

// checkComposite validates the composite vocabulary of a graph's nodes
// and edges (curves, cuts, nodes inside nodes) and its marks.
func (d *Diagram) checkComposite(c checker, ids map[string]bool) {
	for i := range d.Edges {
		e := &d.Edges[i]
		p := func() string { return "edges[" + strconv.Itoa(i) + "]" } // for a problem
		if math.IsNaN(e.Bend) || math.Abs(e.Bend) > MaxSize {
			c.errorf(p()+".bend", "bend must be a number of px from -%d to %d, not %v", MaxSize, MaxSize, e.Bend)
		}
		if math.IsNaN(e.Cut) || e.Cut < 0 || e.Cut > 1 {
			c.errorf(p()+".cut", "cut must be from 0 (not cut) to 1, not %v", e.Cut)
		}
		for _, s := range []struct {
			key string
			a   Anchor
		}{{"from_side", e.FromSide}, {"to_side", e.ToSide}} {
			if s.a == AtStart || s.a == AtEnd {
				c.errorf(p()+"."+s.key, "%s %q is a point of an edge, not of a node: valid choices are %s", s.key, s.a, Choices(nodeAnchors()))
			}
		}
	}
	for i := range d.Nodes {
		if !d.Nodes[i].Inside.zero() { // nothing to check
			c.inside("nodes["+strconv.Itoa(i)+"]", &d.Nodes[i])
		}
	}
	d.checkMarks(c, ids)
}

func nodeAnchors() []string { return Anchors().Names()[:9] }

// zero reports whether nothing is written in inside.
func (in *InnerNodes) zero() bool {
	return len(in.Nodes) == 0 && in.Columns == 0 && in.Repeat == 0 && in.Gap == 0 && in.Padding == 0 && in.Scatter == 0
}

// inside validates the nodes drawn inside node n.
func (c checker) inside(p string, n *Node) {
	in := &n.Inside
	p += ".inside"
	if in.Columns < 0 || in.Columns > MaxNodes {
		c.errorf(p+".columns", "columns must be from 0 (one row) to %d, not %d", MaxNodes, in.Columns)
	}
	if in.Repeat < 0 || in.Repeat > MaxNodes {
		c.errorf(p+".repeat", "repeat must be from 0 to %d, not %d", MaxNodes, in.Repeat)
	}
	if in.Repeat > 0 && len(in.Nodes) != 1 {
		c.errorf(p+".repeat", "repeat draws one node many times: give exactly one node in inside.nodes, not %d", len(in.Nodes))
	}
	c.size(p+".gap", in.Gap)
	c.size(p+".padding", in.Padding)
	c.size(p+".scatter", in.Scatter)
	seen := map[string]bool{}
	for j := range in.Nodes {
		ch := &in.Nodes[j]
		q := p + ".nodes[" + strconv.Itoa(j) + "]"
		if ch.ID != "" && seen[ch.ID] {
			c.errorf(q+".id", "duplicate node id %q inside %q", ch.ID, n.ID)
		}
		seen[ch.ID] = true
		c.text(q+".label", ch.Label)
		c.style(q, &ch.NodeStyle)
		if len(ch.Inside.Nodes) > 0 {
			c.errorf(q+".inside", "a node inside a node cannot hold nodes itself")
		}
		picture := *ch
		picture.Inside = InnerNodes{} // reported above
		c.pictureKeys(q, &picture)
	}
}
