package spec

import (
	"maps"
	"slices"
	"strconv"

	"github.com/BurntSushi/toml"
)

// Limits of the mindmap kind.
const (
	MaxTopics     = 2000
	MaxTopicDepth = 20
)

// Mindmap is the format of the mindmap kind: a central topic and its
// branches, to any depth. A Markdown outline (internal/outline) gives the same.
type Mindmap struct {
	// Topic is the central topic's text.
	Topic string `toml:"topic" i18n:"text"`
	// Lines write the central topic as lines of their own colours, instead
	// of Topic (see Line).
	Lines []Line `toml:"lines" i18n:"text"`
	// TopicLook is the central topic's icon or picture.
	TopicLook
	// Color is the central topic's outline colour.
	Color Color `toml:"color"`
	// Layout is "balanced" (branches split left and right), "radial" or
	// "right" (every branch to the right).
	Layout MindmapLayout `toml:"layout"`
	// Wrap is the widest a topic's text may be before it wraps, px; 0 is 320.
	Wrap float64 `toml:"wrap"`
	// FontSize is the size of the branches' texts (the centre is larger,
	// deeper levels smaller); 0 is the theme's.
	FontSize float64 `toml:"font_size"`
	// Palette gives the branches their colours in turn; empty uses blue,
	// red, green, orange, purple, teal, pink, violet.
	Palette []Color `toml:"palette"`
	// LevelGap is the room left for the connectors between a topic and
	// its children, px; SiblingGap the blank between two siblings.
	LevelGap   float64 `toml:"level_gap"`
	SiblingGap float64 `toml:"sibling_gap"`
	// Margin is the blank border around the drawing, px.
	Margin float64 `toml:"margin"`
	// StartAngle puts the radial layout's first main branch at this angle
	// (degrees clockwise from twelve o'clock), the others following
	// clockwise in written order; nil keeps the first wedge starting at
	// twelve o'clock.
	StartAngle *float64 `toml:"start_angle"`

	Branches []Topic `toml:"branches"`
}

// Topic is one branch of a mind map: written as a table, or as a plain
// string for a topic without children.
type Topic struct {
	// ID names the topic in item ids; "" uses its path ("2.1").
	ID    string `toml:"id"`
	Topic string `toml:"topic" i18n:"text"`
	// Lines write the topic as lines of their own colours, instead of
	// Topic (see Line).
	Lines []Line `toml:"lines" i18n:"text"`
	// Color sets the branch's colour (and its sub-branches'); "" takes the
	// next palette colour for a main branch and the parent's below.
	Color Color `toml:"color"`
	// Side pins a main branch to the "left" or "right" of the centre in
	// the balanced layout.
	Side Side `toml:"side"`
	// TopicLook is the topic's icon or picture.
	TopicLook
	// Branches are the topic's children.
	Branches []Topic `toml:"branches"`
	// Step is the build step the topic (and its branches, unless they
	// say a later one) appears at (steps.go).
	Step Step `toml:"step"`

	// P is where the topic is written.
	P Pos `toml:"-" json:"-"`

	unknown []string
	bad     string
	// read keeps the keys given a value of the wrong type, reported at
	// the key (a line's problems are the lines key's).
	read valueReader
}

// TopicLook is what a topic shows besides its text: Icon draws a part, a
// tabler:NAME icon or a logo:NAME logo in the branch's colour, IconSize px
// square (48 by default); Image a picture file (image.go), ImageSize px on
// its longest side. LabelPosition puts the text below the icon or picture
// (the default), above, left, right or inside (over it).
type TopicLook struct {
	Icon          string  `toml:"icon"`
	IconSize      float64 `toml:"icon_size"`
	Image         Image   `toml:"image"`
	ImageSize     float64 `toml:"image_size"`
	LabelPosition Side    `toml:"label_position"`
}

// topicKeys are the keys of a topic.
var topicKeys = []string{"branches", "color", "icon", "icon_size", "id", "image", "image_size", "label_position", "lines", "side", "step", "topic"}

// UnmarshalTOML reads a topic written as a string or as a table; the
// format's own tables and inline tables come here alike.
func (t *Topic) UnmarshalTOML(v any) error {
	switch v := v.(type) {
	case string:
		t.Topic = v
	case map[string]any:
		for _, k := range slices.Sorted(maps.Keys(v)) {
			t.field(k, v[k])
		}
	default:
		t.bad = typeName(v)
	}
	return nil
}

func (t *Topic) field(k string, x any) {
	switch k {
	case "id":
		t.ID = t.read.str(k, x)
	case "topic":
		t.Topic = t.read.str(k, x)
	case "lines":
		t.Lines = t.read.lines(k, x)
	case "color":
		t.Color.UnmarshalText([]byte(t.read.str(k, x)))
	case "side":
		t.Side.UnmarshalText([]byte(t.read.str(k, x)))
	case "step":
		n, ok := x.(int64)
		if !ok {
			t.read.wrong(k, "a number", x)
		}
		t.Step = Step(n)
	case "icon":
		t.Icon = t.read.str(k, x)
	case "image":
		t.Image = Image(t.read.str(k, x))
	case "icon_size":
		t.IconSize = t.read.num(k, x)
	case "image_size":
		t.ImageSize = t.read.num(k, x)
	case "label_position":
		t.LabelPosition.UnmarshalText([]byte(t.read.str(k, x)))
	case "branches":
		xs, ok := x.([]any)
		if !ok {
			// One [mindmap.branches] table rather than [[...]].
			xs = []any{x}
		}
		if m, ok := x.([]map[string]any); ok {
			xs = xs[:0]
			for _, e := range m {
				xs = append(xs, e)
			}
		}
		t.Branches = make([]Topic, len(xs))
		for i, e := range xs {
			t.Branches[i].UnmarshalTOML(e)
		}
	default:
		t.unknown = append(t.unknown, k)
	}
}

// MindmapLayout is how a mind map's branches are arranged.
type MindmapLayout string

// Mind map layouts.
const (
	MindmapBalanced MindmapLayout = "balanced"
	MindmapRadial   MindmapLayout = "radial"
	MindmapRight    MindmapLayout = "right"
)

// MindmapLayouts is the enumeration of mind map layouts.
func MindmapLayouts() Enum[MindmapLayout] {
	return Enum[MindmapLayout]{What: "mind map layout", Choices: []MindmapLayout{MindmapBalanced, MindmapRadial, MindmapRight},
		Aliases: map[string]MindmapLayout{"two-sided": MindmapBalanced, "both": MindmapBalanced, "circle": MindmapRadial, "tree": MindmapRight}}
}

// UnmarshalText implements encoding.TextUnmarshaler (see Enum.decode).
func (l *MindmapLayout) UnmarshalText(b []byte) error { return MindmapLayouts().decode(l, b) }

// checkMindmap validates the mindmap kind.
func (d *Diagram) checkMindmap(c checker) {
	m := &d.Mindmap
	if m.Topic == "" && len(m.Lines) == 0 && !c.reportedAt("mindmap") && !c.reportedAt("mindmap.topic") {
		c.errorf("mindmap", "the mind map has no central topic: add topic = \"...\" under [mindmap]")
	}
	c.checkLines("mindmap.lines", "topic", m.Topic, m.Lines)
	c.text("mindmap.topic", m.Topic)
	c.topicLook("mindmap", &m.TopicLook, c.errorf)
	c.size("mindmap.wrap", m.Wrap)
	c.size("mindmap.font_size", m.FontSize)
	c.size("mindmap.level_gap", m.LevelGap)
	c.size("mindmap.sibling_gap", m.SiblingGap)
	c.size("mindmap.margin", m.Margin)
	if m.StartAngle != nil {
		c.startAngle("mindmap.start_angle", *m.StartAngle)
		if m.Layout != MindmapRadial {
			c.errorf("mindmap.start_angle", "start_angle turns the radial layout; set layout = \"radial\" (the layout is %q)", layoutName(m.Layout))
		}
	}
	if m.Wrap != 0 && m.Wrap < 40 {
		c.errorf("mindmap.wrap", "wrap must be at least 40 px, not %v", m.Wrap)
	}
	count := 0
	ids := map[string]bool{}
	for i := range m.Branches {
		p := "mindmap.branches[" + strconv.Itoa(i) + "]"
		checkTopic(c, p, &m.Branches[i], 1, &count, ids)
		if s := m.Branches[i].Side; s != "" && s != Left && s != Right {
			c.topicErr(p+".side", &m.Branches[i], "side must be \"left\" or \"right\", not %q", string(s))
		}
	}
	if count > MaxTopics {
		c.errorf("mindmap", "the mind map has %d topics; the limit is %d", count, MaxTopics)
	}
}

func checkTopic(c checker, p string, t *Topic, depth int, count *int, ids map[string]bool) {
	*count++
	if t.P == (Pos{}) {
		t.P = c.pos.at(p)
	}
	if t.bad != "" {
		c.topicErr(p, t, "a topic is a string or a table such as { topic = \"...\" }, not %s", t.bad)
		return
	}
	for _, k := range t.unknown {
		c.topicErr(p, t, "unknown key %q in a topic%s; valid keys are %s", k, didYouMean(k, topicKeys), joinKeys(topicKeys))
	}
	for _, w := range t.read.troubles {
		c.topicErr(p+"."+w.key, t, "%s", w)
	}
	if t.Topic == "" && len(t.Lines) == 0 && len(t.read.troubles) == 0 {
		c.topicErr(p, t, "topic has no text: write topic = \"...\"")
	}
	if t.Topic != "" && len(t.Lines) > 0 {
		c.topicErr(p+".lines", t, "topic and lines both write the topic: give one of them")
	}
	for i, l := range t.Lines {
		if n := len([]rune(l.Text)); n > MaxTextLen {
			c.topicErr(p+".lines["+strconv.Itoa(i)+"].text", t, "text is %d characters long; the limit is %d", n, MaxTextLen)
		}
	}
	if n := len([]rune(t.Topic)); n > MaxTextLen {
		c.topicErr(p+".topic", t, "text is %d characters long; the limit is %d", n, MaxTextLen)
	}
	c.topicLook(p, &t.TopicLook, func(path, format string, args ...any) { c.topicErr(path, t, format, args...) })
	if depth > 1 && t.Side != "" {
		c.topicErr(p+".side", t, "only a main branch (directly under the centre) has a side")
	}
	if depth > MaxTopicDepth {
		c.topicErr(p, t, "the mind map is more than %d levels deep", MaxTopicDepth)
		t.Branches = nil
		return
	}
	checkID(c, p, "topic", t.ID, ids)
	for i := range t.Branches {
		checkTopic(c, p+".branches["+strconv.Itoa(i)+"]", &t.Branches[i], depth+1, count, ids)
	}
}

// topicErr reports at the topic's own position when it has one (a
// Markdown outline sets it), else at the key path's.
func (c checker) topicErr(path string, t *Topic, format string, args ...any) {
	if _, ok := c.pos[path]; ok || t.P == (Pos{}) {
		c.errorf(path, format, args...)
		return
	}
	c.errs.Add(c.file, t.P, path, format, args...)
}

// selfChecked reports whether k lies inside a value that decodes itself
// (a topic, a cell): the TOML decoder cannot follow such values into inline
// arrays, so their own validation reports their unknown keys instead.
func selfChecked(k toml.Key) bool {
	return len(k) > 1 && k[0] == "animate" ||
		len(k) > 2 && k[0] == "mindmap" && k[1] == "branches" ||
		len(k) > 3 && k[0] == "table" && k[1] == "rows" && k[2] == "cells"
}

// topicLook checks a topic's icon or picture and where its text goes,
// reporting with errorf.
func (c checker) topicLook(p string, t *TopicLook, errorf func(path, format string, args ...any)) {
	c.size(p+".icon_size", t.IconSize)
	c.size(p+".image_size", t.ImageSize)
	switch {
	case t.Icon != "" && t.Image != "":
		errorf(p+".image", "a topic shows an icon or an image, not both: remove icon or image")
	case t.Icon == "" && t.Image == "" && t.LabelPosition != "":
		errorf(p+".label_position", "label_position places the text around the topic's icon or image, and it has neither: add icon = \"...\" or image = \"...\"")
	default:
		c.iconAt(p+".icon", "", t.Icon, errorf)
	}
	if t.IconSize != 0 && t.Icon == "" {
		errorf(p+".icon_size", "icon_size sizes the topic's icon, and it has none: add icon = \"...\"")
	}
	if t.ImageSize != 0 && t.Image == "" {
		errorf(p+".image_size", "image_size sizes the topic's image, and it has none: add image = \"...\"")
	}
}
