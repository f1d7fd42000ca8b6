package spec

import (
	"strconv"
	"strings"
)

// Panel is one sub-diagram of the panels kind: a graph of its own, with
// its own title, layout and marks, drawn beside (or under) the others.
type Panel struct {
	// ID prefixes the ids of everything the panel draws; marks of the
	// whole diagram name a panel by it.
	ID        string  `toml:"id"`
	Title     string  `toml:"title" i18n:"text"`
	TitleSize float64 `toml:"title_size"`

	Layout   Layout    `toml:"layout"`
	Defaults NodeStyle `toml:"defaults"`
	Nodes    []Node    `toml:"nodes"`
	Edges    []Edge    `toml:"edges"`
	// Lanes are the panel's own swimlanes, Groups its frames (lanes.go).
	Lanes  []Lane    `toml:"lanes"`
	Groups []Group   `toml:"groups"`
	Marks  []Overlay `toml:"marks"`
	// Step is the build step the panel appears at (steps.go).
	Step Step `toml:"step"`

	P Pos `toml:"-" json:"-"`
}

// Split arranges the panels of a panels diagram.
type Split struct {
	// Direction is "LR" (side by side, the default) or "TB" (stacked).
	Direction Direction `toml:"direction"`
	// Divider is the hand-drawn line between panels; solid by default.
	Divider      Divider `toml:"divider"`
	DividerWidth float64 `toml:"divider_width"`
	// Gap is the space between two panels' contents, px; the divider runs
	// down its middle.
	Gap float64 `toml:"gap"`
	// Align places a panel shorter than the tallest: top, middle or bottom.
	Align PanelAlign `toml:"align"`
	// TitleSize is every panel title's font size unless a panel sets its own.
	TitleSize float64 `toml:"title_size"`
}

// Graph returns the panel as a graph diagram of its own, for validation
// and layout; it shares the panel's slices.
func (p *Panel) Graph(d *Diagram) *Diagram {
	g := &Diagram{
		File: d.File, Name: d.Name + "-" + p.ID, Version: d.Version, Kind: KindGraph,
		Layout: p.Layout, Defaults: p.Defaults, Nodes: p.Nodes, Edges: p.Edges, Lanes: p.Lanes, Groups: p.Groups, Marks: p.Marks,
	}
	if g.Defaults == (NodeStyle{}) {
		g.Defaults = d.Defaults
	}
	return g
}

// checkPanels validates the panels kind: every panel is a graph checked as
// one, with errors at the panel's own keys.
func (d *Diagram) checkPanels(c checker) {
	if len(d.Panels) == 0 {
		if c.reportedAt("panels") {
			return
		}
		c.errorf("", "a panels diagram needs at least one [[panels]] table, each with its own [[panels.nodes]]")
		return
	}
	c.size("split.gap", d.Split.Gap)
	c.size("split.divider_width", d.Split.DividerWidth)
	c.size("split.title_size", d.Split.TitleSize)
	if dir := d.Split.Direction; dir == RL || dir == BT {
		c.errorf("split.direction", "panels go side by side (\"LR\") or stacked (\"TB\"), not %q", dir)
	}
	ids := map[string]bool{}
	var names []string
	for i := range d.Panels {
		p := &d.Panels[i]
		key := "panels[" + strconv.Itoa(i) + "]"
		p.P = c.pos.at(key)
		c.uniqueID("panel", "panels", key, p.ID, ids)
		names = append(names, p.ID)
		c.text(key+".title", p.Title)
		c.size(key+".title_size", p.TitleSize)
		d.checkPanel(c, key, p)
	}
	d.checkMarks(c, map[string]bool{}, names...)
}

// checkPanel checks one panel as a graph of its own, reporting at the
// panel's keys ("panels[1].nodes[0].shape").
func (d *Diagram) checkPanel(c checker, key string, p *Panel) {
	if len(p.Nodes) == 0 {
		c.errorf(key, "panel %q has no content: add at least one [[panels.nodes]] table after its [[panels]]", p.ID)
		return
	}
	g := p.Graph(d)
	sub := checker{file: c.file, pos: c.pos.sub(key + "."), errs: c.errs, color: c.color}
	for i := range g.Nodes {
		g.Nodes[i].P = sub.pos.at("nodes[" + strconv.Itoa(i) + "]")
	}
	for i := range g.Edges {
		g.Edges[i].P = sub.pos.at("edges[" + strconv.Itoa(i) + "]")
	}
	g.Layout.P = sub.pos.at("layout")
	sub.style("defaults", &g.Defaults)
	sub.layout(&g.Layout)
	pids := g.checkNodes(sub)
	g.checkEdges(sub, pids)
	g.checkLanes(sub)
	g.checkGroups(sub, pids)
	g.checkComposite(sub, pids)
	if r := g.Layout.Root; r != "" && !pids[r] {
		sub.errorf("layout.root", "root: unknown node %q%s", r, didYouMean(r, g.nodeIDs()))
	}
	p.Layout, p.Nodes, p.Edges, p.Marks = g.Layout, g.Nodes, g.Edges, g.Marks
}

// sub returns the positions under prefix, with the prefix removed, so that
// a panel is checked with the code that checks a whole graph.
func (p positions) sub(prefix string) positions {
	out := positions{}
	for k, v := range p {
		if rest, ok := strings.CutPrefix(k, prefix); ok {
			out[rest] = v
		}
	}
	// A key missing in the panel falls back to the panel's own position.
	if at, ok := p[strings.TrimSuffix(prefix, ".")]; ok {
		out[""] = at
	}
	return out
}
