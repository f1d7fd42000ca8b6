package spec

import "strings"

// Version is the newest format version this package reads.
const Version = 1

// Diagram is one decoded, validated diagram source.
//
// Fields tagged i18n:"text" hold words a translator translates; every kind
// tags its own texts so that catalogs cover it.
type Diagram struct {
	// File names the source in error messages ("diagrams/cdn.toml", "-").
	File string `toml:"-" json:"-"`
	// Name is the output name, the file's base name without ".toml".
	Name string `toml:"-" json:"-"`
	// pos holds where each key path is written, for later stages' errors.
	pos positions
	// Warnings are what its source asks for that is drawn otherwise (a
	// Graphviz file's unknown shape): the build reports them and goes on.
	Warnings []Warning `toml:"-" json:"-"`

	Version     int    `toml:"version"`
	Kind        Kind   `toml:"kind"`
	Title       string `toml:"title" i18n:"text"`
	Description string `toml:"description" i18n:"text"`
	// HideTitle keeps the title in the SVG's <title> but does not draw it.
	HideTitle bool `toml:"hide_title"`
	// TitleSize is the drawn title's font size; 0 means the theme's.
	TitleSize float64 `toml:"title_size"`
	// Seed varies this diagram's wobble without touching the theme.
	Seed int64 `toml:"seed"`
	// Parts are folders of the diagram's own parts (NAME.toml files),
	// relative to its file, read after the shipped library and the
	// --parts folders (partsdirs.go).
	Parts []string `toml:"parts"`

	Layout   Layout    `toml:"layout"`
	Defaults NodeStyle `toml:"defaults"`
	Nodes    []Node    `toml:"nodes"`
	Edges    []Edge    `toml:"edges"`
	// Lanes are swimlanes across the flow; Groups labelled frames around
	// nodes (lanes.go).
	Lanes  []Lane  `toml:"lanes"`
	Groups []Group `toml:"groups"`

	// Each kind beyond graph keeps its own part of the format in a file of
	// its own (panels.go, table.go, mindmap.go, drawing.go).
	Panels   []Panel   `toml:"panels"`
	Table    Table     `toml:"table"`
	Mindmap  Mindmap   `toml:"mindmap"`
	Elements []Element `toml:"elements"`

	// Split arranges a panels diagram's panels; Marks are overlays (a red
	// cross, a BOOM star, a note) placed on nodes and edges (composite.go).
	Split Split     `toml:"split"`
	Marks []Overlay `toml:"marks"`

	// Lint accepts intended overlaps for "sketchdeck lint" (lint.go).
	Lint Lint `toml:"lint"`

	// Steps and Animate are how the diagram is shown on a slide: in build
	// steps, and drawing itself (steps.go).
	Steps   Steps   `toml:"steps"`
	Animate Animate `toml:"animate"`
}

// At returns where the value at key path (e.g. "nodes[2].fill") is
// written, or where its closest written ancestor is; zero if unknown.
func (d *Diagram) At(path string) Pos { return d.pos.at(path) }

// Errorf adds an error at key path to errs, for stages after decoding.
func (d *Diagram) Errorf(errs *ErrorList, path, format string, args ...any) {
	errs.Add(d.File, d.At(path), path, format, args...)
}

// Layout is how a graph is laid out.
type Layout struct {
	Engine    Engine    `toml:"engine"`
	Direction Direction `toml:"direction"`
	// NodeGap is the space between nodes of one rank (Graphviz nodesep), px.
	NodeGap float64 `toml:"node_gap"`
	// RankGap is the space between ranks (Graphviz ranksep), px. Left out,
	// it is 60 px in dot, or as much as the tokens riding an edge need to
	// stand clear of its arrowheads; Graphviz's own in the other engines.
	RankGap float64 `toml:"rank_gap"`
	// Root is the centre node for twopi and circo.
	Root string `toml:"root"`
	// Margin is the blank border around the drawing, px.
	Margin float64 `toml:"margin"`
	// Scale multiplies the laid-out positions (not the node sizes), to
	// spread a layout that Graphviz packs tighter than a drawing wants.
	Scale float64 `toml:"scale"`
	// LaneGap is the distance between parallel edges joining the same
	// nodes, px; 0 is the default.
	LaneGap float64 `toml:"lane_gap"`
	// StartAngle lays twopi and circo out in written order: the nodes go
	// around the root clockwise, the first at this angle (degrees clockwise
	// from twelve o'clock). nil leaves the order to Graphviz.
	StartAngle *float64 `toml:"start_angle"`
	// LaneRule is the dash of the rules between lanes; solid by default.
	LaneRule StrokeStyle `toml:"lane_rule"`

	P Pos `toml:"-" json:"-"`
}

// NodeStyle is what a node looks like; [defaults] sets it for every node.
type NodeStyle struct {
	Shape Shape `toml:"shape"`
	// Width and Height are px; 0 fits the label.
	Width       float64     `toml:"width"`
	Height      float64     `toml:"height"`
	Fill        Color       `toml:"fill"`
	FillStyle   FillStyle   `toml:"fill_style"`
	Stroke      Color       `toml:"stroke"`
	StrokeWidth float64     `toml:"stroke_width"`
	StrokeStyle StrokeStyle `toml:"stroke_style"`
	FontSize    float64     `toml:"font_size"`
	TextColor   Color       `toml:"text_color"`
	// Roughness overrides the theme's; nil keeps it.
	Roughness *float64 `toml:"roughness"`
	// LabelPosition puts the label inside the shape or beside it.
	LabelPosition Side `toml:"label_position"`
	// Token is a small square drawn inside the node: a colour, or a text
	// such as "?" written in a white box; "none" clears a default token.
	Token     string  `toml:"token"`
	TokenSize float64 `toml:"token_size"`
	// Rounded rounds a rectangle's or a square's corners: true, or a
	// radius in px. Cap is a cylinder's lid height: a fraction of its
	// height up to 1, px above. As defaults, each applies to the shapes
	// that take it.
	Rounded Corner  `toml:"rounded"`
	Cap     float64 `toml:"cap"`
	// IconSize is the side of a node's icon, px; 0 is 64.
	IconSize float64 `toml:"icon_size"`
	// ImageSize is the longest side of a node's image, px; 0 is the
	// picture's own size, shrunk to 160 px when larger.
	ImageSize float64 `toml:"image_size"`
}

// Node is one vertex of a graph.
type Node struct {
	ID    string `toml:"id"`
	Label string `toml:"label" i18n:"text"`
	// Lines write the label as lines of their own colours, struck out or
	// bold, instead of Label (see Line).
	Lines []Line `toml:"lines" i18n:"text"`
	// Icon draws the node as a part, a tabler:NAME icon or a logo:NAME
	// logo, its label below (or where label_position says).
	Icon string `toml:"icon"`
	// Image draws the node as a picture file (image.go), its label placed
	// as an icon's.
	Image Image `toml:"image"`
	NodeStyle
	// Tokens draws several tokens in a row (see NodeStyle.Token).
	Tokens []string `toml:"tokens"`
	// Bands are full-width coloured strips inside the node: placed at the
	// top, middle or bottom, or stacked from the top in order when At is
	// empty (a monolith's layers).
	Bands []Band `toml:"bands"`
	// Status puts a dot on the node's top-right corner: "up", "down" or a colour.
	Status string `toml:"status"`
	// Pos pins the node's centre (px, y down) for neato and fdp.
	Pos []float64 `toml:"pos"`
	// Rank groups nodes that must sit in the same rank.
	Rank string `toml:"rank"`
	// Lane is the id of the swimlane the node sits in; Group the id of the
	// group whose frame holds it (lanes.go).
	Lane  string `toml:"lane"`
	Group string `toml:"group"`
	// Inside holds nodes drawn inside this one (composite.go).
	Inside InnerNodes `toml:"inside"`
	// Step is the build step the node appears at (steps.go).
	Step Step `toml:"step"`

	P Pos `toml:"-" json:"-"`
}

// Band is a full-width strip inside a node.
type Band struct {
	Color Color `toml:"color"`
	// Size is the strip's height: px, or a fraction of the node's height
	// when at most 1.
	Size float64   `toml:"size"`
	At   BandPlace `toml:"at"`
}

// Edge is one arrow between two nodes.
type Edge struct {
	From  string `toml:"from"`
	To    string `toml:"to"`
	Label string `toml:"label" i18n:"text"`
	// Heads are arrow, arrowhead, arrowtail and arrow_size (heads.go).
	Heads
	Style       EdgeStyle `toml:"style"`
	Stroke      Color     `toml:"stroke"`
	StrokeWidth float64   `toml:"stroke_width"`
	FontSize    float64   `toml:"font_size"`
	Roughness   *float64  `toml:"roughness"`
	// Token rides on the edge: a colour square or a text box such as "?";
	// Tokens rides several side by side; TokenAt is where along the edge
	// (0 start, 1 end; 0.5 by default).
	Token     string   `toml:"token"`
	Tokens    []string `toml:"tokens"`
	TokenSize float64  `toml:"token_size"`
	TokenAt   float64  `toml:"token_at"`
	// Weight, MinLen and Constraint pass through to Graphviz; Weight is
	// 0 to MaxWeight and MinLen 0 to MaxMinLen (ranks).
	Weight     float64 `toml:"weight"`
	MinLen     float64 `toml:"min_len"`
	Constraint *bool   `toml:"constraint"`
	// Gap is the blank left between the arrow's ends and the nodes, px;
	// nil is the theme's arrow_gap for an arrow, and 0 for a line (no
	// head at either end), which meets its nodes' outlines.
	Gap *float64 `toml:"gap"`
	// EdgeShape curves the edge, attaches it to a side or corner, cuts
	// it short and places its label (composite.go).
	EdgeShape
	// Step is the build step the edge appears at (steps.go).
	Step Step `toml:"step"`

	P Pos `toml:"-" json:"-"`
}

// Token is a decoded token: a colour square, or a text in a white box.
type Token struct {
	Color Color
	Text  string
}

// AllTokens returns Token followed by Tokens, decoded.
func AllTokens(token string, tokens []string) []Token {
	var out []Token
	for _, s := range append([]string{token}, tokens...) {
		if s == "" || s == "none" {
			continue
		}
		out = append(out, ParseToken(s))
	}
	return out
}

// ParseToken reads a token string: a hex colour or a lower-case palette name
// is a colour; "text:X" or anything else is a text token.
func ParseToken(s string) Token {
	if t, ok := strings.CutPrefix(s, "text:"); ok {
		return Token{Text: t}
	}
	if c := Color(s); (isLowerName(s) || len(s) > 1 && s[0] == '#') && c.check() == nil {
		return Token{Color: c}
	}
	return Token{Text: s}
}

func isLowerName(s string) bool {
	if len(s) < 2 {
		return false
	}
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-') {
			return false
		}
	}
	return true
}
