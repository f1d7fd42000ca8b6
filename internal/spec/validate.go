package spec

import (
	"fmt"
	"math"
	"reflect"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sketchdeck/sketchdeck/internal/shape"
)

// Limits that keep every diagram cheap to lay out; each error names its limit.
//
// MaxNodes and MaxEdges bound a graph because Graphviz's time grows much
// faster than the graph (crossing minimisation and routing): a banded graph
// of 2000 nodes and 4000 edges takes dot tens of seconds of CPU time, a
// random one of 1000 nodes and 2000 edges minutes, within the layout's CPU
// budget (--layout-timeout) only if it is simple; and a page of 2000 nodes
// is already past reading (docs/PERFORMANCE.md, "Large graphs").
const (
	MaxNodes   = 2000
	MaxEdges   = 4000
	MaxSize    = 10000 // px, for any width, height or position
	MaxIDLen   = 200
	MaxTextLen = 2000 // runes in one label
)

// Ranges of the numbers handed to Graphviz, chosen so that any diagram
// within them is laid out in bounded time and memory (docs/PERFORMANCE.md,
// "Limits"). Past them Graphviz overflows (weight 1e10 makes dot exit and
// used to take the whole Graphviz instance with it) or runs for minutes
// (min_len 1e5 took 6.8 s and 695 MB; 1e6 overran the time limit with a
// 3.2 GB worker): a layout's cost grows with the ranks its edges span.
const (
	MaxWeight = 1000 // an edge's weight
	MaxMinLen = 100  // an edge's min_len, in ranks
	// MaxMinLenSum bounds the min_len of a graph's edges added up: the
	// ranks they span in all, each an extra node for Graphviz to place.
	MaxMinLenSum = 4000
	MaxScale     = 20 // layout.scale
)

func (d *Diagram) attachPositions(pos positions) {
	d.pos = pos
	d.Layout.P = pos.at("layout")
	var buf []byte
	for i := range d.Nodes {
		d.Nodes[i].P, buf = pos.elem(buf, "nodes", i)
	}
	for i := range d.Edges {
		d.Edges[i].P, buf = pos.elem(buf, "edges", i)
	}
}

// checker reports problems at key paths, falling back to the closest
// written ancestor's position.
type checker struct {
	file string
	pos  positions
	errs *ErrorList
	// color reports a colour the theme does not know; nil leaves that to
	// the stages that resolve colours.
	color func(string) error
	// picture and partsDir report a picture file and a parts folder that
	// cannot be read (Options); nil leaves that to the build.
	picture  func(Image) error
	partsDir func(string) error
	// icon reports a part or icon name the diagram's parts library does
	// not have (Options.Icon); nil leaves that to the layout.
	icon func(string) error
}

// iconAt reports name, a part or an icon, at path if the parts library
// does not have it, the message starting with prefix; errorf is where a
// topic's errors go (c.errorf elsewhere).
func (c checker) iconAt(path, prefix, name string, errorf func(path, format string, args ...any)) {
	if c.icon == nil || name == "" {
		return
	}
	if err := c.icon(name); err != nil {
		errorf(path, "%s%v", prefix, err)
	}
}

func (c checker) errorf(path, format string, args ...any) {
	c.errs.Add(c.file, c.pos.at(path), path, format, args...)
}

// size checks a size in px: from 0 to MaxSize, or the narrower range a
// style key (stroke_width, font_size...) shares with themes.
func (c checker) size(path string, v float64) {
	c.inRange(path, v, sizeRange(lastKey(path)))
}

// sizeRange is the range of a size written at key: its style range, or
// 0 to MaxSize.
func sizeRange(key string) Range {
	if r, ok := StyleRange(key); ok {
		return r
	}
	return Range{Min: 0, Max: MaxSize}
}

// inRange reports v outside r; it tells whether v is in range.
func (c checker) inRange(path string, v float64, r Range) bool {
	if err := r.Check(lastKey(path), v); err != nil {
		c.errorf(path, "%s", err)
		return false
	}
	return true
}

// sizeOf is size(p+"."+key, v), spelling the path only for a problem:
// checking every node and edge of a large graph spelled thousands of
// paths that no message used. key is one key ("width").
func (c checker) sizeOf(p, key string, v float64) {
	c.inRangeOf(p, key, v, sizeRange(key))
}

// inRangeOf is inRange(p+"."+key, v, r), spelling the path only for a
// problem.
func (c checker) inRangeOf(p, key string, v float64, r Range) bool {
	if r.Check(key, v) == nil {
		return true
	}
	return c.inRange(p+"."+key, v, r)
}

// roughness checks the roughness at p+".roughness", when written.
func (c checker) roughness(p string, v *float64) {
	if v != nil {
		c.sizeOf(p, "roughness", *v)
	}
}

// opacity checks an opacity: from 0 (invisible) to 1 (opaque).
func (c checker) opacity(path string, v *float64) {
	if v != nil && !(*v >= 0 && *v <= 1) {
		c.errorf(path, "opacity must be from 0 (invisible) to 1 (opaque), not %v", *v)
	}
}

// text checks a text that is drawn: its length, and that it has no
// control character, which draws nothing (a TOML escape such as \u0001,
// \b or \t would otherwise vanish from the picture unseen).
func (c checker) text(path, s string) {
	if n := utf8.RuneCountInString(s); n > MaxTextLen {
		c.errorf(path, "text is %d characters long; the limit is %d", n, MaxTextLen)
	}
	if r, at, ok := controlIn(s); ok {
		c.errorf(path, "text has the control character %U at character %d, which draws nothing: remove it (\\n breaks a line)", r, at)
	}
}

// textOf is text(p+"."+key, s), spelling the path only for a problem.
func (c checker) textOf(p, key, s string) {
	if _, _, bad := controlIn(s); bad || utf8.RuneCountInString(s) > MaxTextLen {
		c.text(p+"."+key, s)
	}
}

// controlIn finds the first control character of s other than a line
// break (\n, or \r\n as a file saved on Windows writes one in a
// multi-line string), and its place, counted in characters from 1.
func controlIn(s string) (r rune, at int, ok bool) {
	n := 0
	for i, r := range s {
		n++
		if unicode.IsControl(r) && r != '\n' && !(r == '\r' && strings.HasPrefix(s[i+1:], "\n")) {
			return r, n, true
		}
	}
	return 0, 0, false
}

// didYouMean is didYouMean(s, candidates) while the list has room. Past
// MaxErrors a message is only counted, and a suggestion per reference
// among thousands of names is what costs (8000 unknown references among
// 2000 ids took minutes).
func (c checker) didYouMean(s string, candidates []string) string {
	if len(*c.errs) >= MaxErrors {
		return ""
	}
	return didYouMean(s, candidates)
}

func lastKey(path string) string {
	for i := len(path) - 1; i >= 0; i-- {
		if path[i] == '.' {
			return path[i+1:]
		}
	}
	return path
}

func (d *Diagram) validate(errs *ErrorList, pos positions, o Options) {
	c := checker{file: d.File, pos: pos, errs: errs, color: o.Color, picture: o.Picture, partsDir: o.PartsDir}
	if o.Icon != nil {
		parts := d.Parts
		c.icon = func(name string) error { return o.Icon(name, parts) }
	}
	c.checkValues(reflect.ValueOf(d).Elem(), "")
	if d.Version == 0 {
		d.Version = Version
	}
	if d.Version != Version {
		c.errorf("version", "format version %d is not supported; this sketchdeck reads version %d", d.Version, Version)
	}
	if d.Kind == "" {
		d.Kind = KindGraph
	}
	c.text("title", d.Title)
	c.text("description", d.Description)
	c.size("title_size", d.TitleSize)
	c.layout(&d.Layout)
	c.style("defaults", &d.Defaults)
	ids := d.checkNodes(c)
	d.checkEdges(c, ids)
	d.checkLanes(c)
	d.checkGroups(c, ids)
	if d.Kind != KindPanels {
		d.checkComposite(c, ids)
	}
	if r := d.Layout.Root; r != "" && !ids[r] {
		c.errorf("layout.root", "root: unknown node %q%s", r, didYouMean(r, d.nodeIDs()))
	}
	d.checkLint(c)
	c.partsDirs(d.Parts)
	switch d.Kind {
	case KindGraph:
		if len(d.Nodes) == 0 && !c.reportedAt("nodes") {
			c.errorf("", "the diagram has no nodes: add at least one [[nodes]] table")
		}
	case KindPanels:
		d.checkPanels(c)
	case KindTable:
		d.checkTable(c)
	case KindMindmap:
		d.checkMindmap(c)
	case KindDrawing:
		d.checkDrawing(c)
	}
	d.checkAnimate(c)
	d.checkSteps(c) // last: it leaves out values reported as of a wrong type
}

// layout checks the numbers of a graph's [layout], which reach Graphviz or
// scale what it gives.
func (c checker) layout(l *Layout) {
	c.size("layout.node_gap", l.NodeGap)
	c.size("layout.rank_gap", l.RankGap)
	c.size("layout.margin", l.Margin)
	c.size("layout.lane_gap", l.LaneGap)
	if s := l.Scale; math.IsNaN(s) || s < 0 || s > MaxScale {
		c.errorf("layout.scale", "scale must be from 0 to %d, not %v", MaxScale, s)
	}
	c.checkStartAngle(l)
}

func (c checker) style(path string, s *NodeStyle) {
	c.sizeOf(path, "width", s.Width)
	c.sizeOf(path, "height", s.Height)
	c.sizeOf(path, "stroke_width", s.StrokeWidth)
	c.sizeOf(path, "font_size", s.FontSize)
	c.roughness(path, s.Roughness)
	c.sizeOf(path, "token_size", s.TokenSize)
	c.corner(path, "rounded", s.Rounded)
	c.capHeight(path, "cap", s.Cap)
	c.sizeOf(path, "icon_size", s.IconSize)
	c.sizeOf(path, "image_size", s.ImageSize)
}

// uniqueID reports an entry of [[section]] that has no id, or an id an
// earlier entry has (what names the entry in messages), and records the id
// in seen.
func (c checker) uniqueID(what, section, p, id string, seen map[string]bool) {
	switch {
	case id == "" && !c.reportedAt(p+".id"):
		c.errorf(p, "%s has no id: every [[%s]] needs id = \"...\"", what, section)
	case seen[id]:
		c.errorf(p+".id", "duplicate %s id %q", what, id)
	}
	seen[id] = true
}

func (d *Diagram) checkNodes(c checker) map[string]bool {
	if len(d.Nodes) > MaxNodes {
		c.errorf("nodes", "the diagram has %d nodes; the limit is %d, as Graphviz's layout time grows much faster than the graph: split it into several diagrams", len(d.Nodes), MaxNodes)
		d.Nodes = d.Nodes[:MaxNodes]
	}
	ids := make(map[string]bool, len(d.Nodes))
	for i := range d.Nodes {
		n := &d.Nodes[i]
		p := "nodes[" + strconv.Itoa(i) + "]"
		if len(n.ID) > MaxIDLen {
			c.errorf(p+".id", "node id is %d bytes long; the limit is %d", len(n.ID), MaxIDLen)
			ids[n.ID] = true
		} else {
			c.uniqueID("node", "nodes", p, n.ID, ids)
		}
		c.textOf(p, "label", n.Label)
		if len(n.Lines) > 0 {
			c.checkLines(p+".lines", "label", n.Label, n.Lines)
		}
		c.style(p, &n.NodeStyle)
		c.nodeFigure(p, n, d.Defaults.Shape)
		c.pictureKeys(p, n)
		if n.Pos != nil && len(n.Pos) != 2 {
			c.errorf(p+".pos", "pos must be [x, y], not %d numbers", len(n.Pos))
		}
		for _, v := range n.Pos {
			c.size(p+".pos", math.Abs(v))
		}
		for j, b := range n.Bands {
			c.size(p+".bands["+strconv.Itoa(j)+"].size", b.Size)
		}
		if n.Status != "" && !validStatus(n.Status) {
			c.errorf(p+".status", "unknown status %q: valid choices are \"up\", \"down\" or a colour", n.Status)
		}
	}
	return ids
}

func validStatus(s string) bool {
	switch s {
	case "up", "down":
		return true
	}
	return Color(s).check() == nil
}

func (d *Diagram) checkEdges(c checker, ids map[string]bool) {
	if len(d.Edges) > MaxEdges {
		c.errorf("edges", "the diagram has %d edges; the limit is %d, as Graphviz's layout time grows much faster than the graph: split it into several diagrams", len(d.Edges), MaxEdges)
		d.Edges = d.Edges[:MaxEdges]
	}
	names := d.nodeIDs()
	minLens, over := 0.0, ""
	for i := range d.Edges {
		e := &d.Edges[i]
		p := "edges[" + strconv.Itoa(i) + "]"
		for _, end := range []struct{ key, id string }{{"from", e.From}, {"to", e.To}} {
			switch {
			case end.id == "":
				if !c.reportedAt(p + "." + end.key) { // else written with the wrong type
					c.errorf(p, "edge has no %q: every [[edges]] needs from and to", end.key)
				}
			case !ids[end.id]:
				c.errorf(p+"."+end.key, "edge %s: unknown node %q%s", e.Name(), end.id, c.didYouMean(end.id, names))
			}
		}
		c.textOf(p, "label", e.Label)
		c.sizeOf(p, "stroke_width", e.StrokeWidth)
		c.sizeOf(p, "font_size", e.FontSize)
		c.sizeOf(p, "token_size", e.TokenSize)
		c.roughness(p, e.Roughness)
		c.checkHeads(p, e.Heads, ArrowEnd, e.Style == EdgeBlock)
		c.checkBlockEdge(p, e)
		c.checkSelfLoop(p, e)
		if e.TokenAt < 0 || e.TokenAt > 1 || math.IsNaN(e.TokenAt) {
			c.errorf(p+".token_at", "token_at must be from 0 (start) to 1 (end), not %v", e.TokenAt)
		}
		if e.Gap != nil {
			c.sizeOf(p, "gap", *e.Gap)
		}
		c.inRangeOf(p, "weight", e.Weight, Range{Max: MaxWeight})
		if c.inRangeOf(p, "min_len", e.MinLen, Range{Max: MaxMinLen}) {
			minLens += e.MinLen
			if minLens > MaxMinLenSum && over == "" {
				over = p + ".min_len"
			}
		}
	}
	if over != "" {
		c.errorf(over, "the edges' min_len add up to %v ranks, past the limit of %d from this edge on", minLens, MaxMinLenSum)
	}
}

// Name is how messages refer to an edge: "a → b".
func (e *Edge) Name() string { return fmt.Sprintf("%q", e.From+" → "+e.To) }

func (d *Diagram) nodeIDs() []string {
	ids := make([]string, len(d.Nodes))
	for i, n := range d.Nodes {
		ids[i] = n.ID
	}
	return ids
}

// nodeFigure reports rounded and cap written on a node whose shape does
// not take them (a default applies only where it can).
func (c checker) nodeFigure(p string, n *Node, def Shape) {
	if !n.Rounded.Set && n.Cap == 0 || n.Icon != "" || n.Image != "" {
		return // neither is written, or pictureKeys reports them
	}
	name := n.Shape
	if name == "" {
		name = def
	}
	sh := shape.Default()
	if s, ok := shape.Named(string(name)); ok {
		sh = s
	} else if name != "" {
		return // an unknown shape, reported as such
	}
	c.figureKeys(p, "shape \""+sh.Name+"\"", sh.Outline, n.Rounded, n.Cap, shapeNames)
}
