package spec

import "strconv"

// Lane is a swimlane of a graph: a band across the flow (a row in a
// left-to-right graph, a column in a top-to-bottom one) holding the nodes
// that name it, with its name at its side.
type Lane struct {
	ID   string `toml:"id"`
	Name string `toml:"name" i18n:"text"`
	// Fill paints the band; none by default.
	Fill Color `toml:"fill"`
	// Step is the build step the lane's fill and name appear at
	// (steps.go); the rules between the lanes are there from the start.
	Step Step `toml:"step"`

	P Pos `toml:"-" json:"-"`
}

// Group is a labelled frame around nodes (and other groups), kept free of
// other nodes by Graphviz (dot and fdp).
type Group struct {
	ID    string `toml:"id"`
	Label string `toml:"label" i18n:"text"`
	// Nodes are the ids of the nodes and groups inside the frame; a node
	// may also name its group with group = "id".
	Nodes       []string    `toml:"nodes"`
	Fill        Color       `toml:"fill"`
	FillStyle   FillStyle   `toml:"fill_style"`
	Stroke      Color       `toml:"stroke"`
	StrokeStyle StrokeStyle `toml:"stroke_style"`
	// Rounded rounds the frame's corners: true, or a radius in px.
	Rounded Corner `toml:"rounded"`
	// Step is the build step the frame appears at (steps.go).
	Step Step `toml:"step"`

	P Pos `toml:"-" json:"-"`
}

// checkLanes validates [[lanes]] and each node's lane: with lanes, dot
// lays the graph out and every node sits in one.
func (d *Diagram) checkLanes(c checker) {
	ids := map[string]bool{}
	var names []string
	for i := range d.Lanes {
		l := &d.Lanes[i]
		p := "lanes[" + strconv.Itoa(i) + "]"
		l.P = c.pos.at(p)
		c.uniqueID("lane", "lanes", p, l.ID, ids)
		names = append(names, l.ID)
		c.text(p+".name", l.Name)
	}
	if len(d.Lanes) > 0 && d.Layout.Engine != "" && d.Layout.Engine != Dot {
		c.errorf("layout.engine", "lanes are laid out by dot, not %q: drop engine or set engine = \"dot\"", d.Layout.Engine)
	}
	for i := range d.Nodes {
		n := &d.Nodes[i]
		p := "nodes[" + strconv.Itoa(i) + "]"
		switch {
		case len(d.Lanes) == 0 && n.Lane != "":
			c.errorf(p+".lane", "node %q: lane %q, but the graph has no [[lanes]]", n.ID, n.Lane)
		case len(d.Lanes) > 0 && n.Lane == "" && !c.reportedAt(p+".lane"):
			c.errorf(p, "node %q has no lane: with [[lanes]], every node says lane = %s", n.ID, Choices(names))
		case len(d.Lanes) > 0 && !ids[n.Lane]:
			c.errorf(p+".lane", "node %q: unknown lane %q%s: valid lanes are %s", n.ID, n.Lane, c.didYouMean(n.Lane, names), Choices(names))
		}
	}
}

// checkGroups validates [[groups]]: ids unique among groups and nodes,
// members known, each node and group in at most one group, no group
// inside itself, and (with lanes) each group's nodes in one lane.
func (d *Diagram) checkGroups(c checker, nodeIDs map[string]bool) {
	ids := map[string]int{}
	var names []string
	for i := range d.Groups {
		g := &d.Groups[i]
		p := "groups[" + strconv.Itoa(i) + "]"
		g.P = c.pos.at(p)
		_, dup := ids[g.ID]
		switch {
		case g.ID == "":
			c.errorf(p, "group has no id: every [[groups]] needs id = \"...\"")
		case dup:
			c.errorf(p+".id", "duplicate group id %q", g.ID)
		case nodeIDs[g.ID]:
			c.errorf(p+".id", "group id %q is also a node's id: a group's nodes list names both, so ids are shared", g.ID)
		}
		if !dup {
			ids[g.ID] = i
		}
		names = append(names, g.ID)
		c.text(p+".label", g.Label)
		c.corner(p, "rounded", g.Rounded)
	}
	members := append(d.nodeIDs(), names...)
	parent := map[string]string{}
	setParent := func(path, member, group string) {
		if prev, ok := parent[member]; ok && prev != group {
			c.errorf(path, "%q is in groups %q and %q: it belongs to one (nest a group by naming it in another's nodes)", member, prev, group)
			return
		}
		parent[member] = group
	}
	for i := range d.Groups {
		g := &d.Groups[i]
		p := "groups[" + strconv.Itoa(i) + "]"
		for j, m := range g.Nodes {
			mp := p + ".nodes[" + strconv.Itoa(j) + "]"
			_, isGroup := ids[m]
			switch {
			case m == g.ID:
				c.errorf(mp, "group %q lists itself", g.ID)
			case !nodeIDs[m] && !isGroup:
				c.errorf(mp, "group %q: unknown node or group %q%s", g.ID, m, c.didYouMean(m, members))
			default:
				setParent(mp, m, g.ID)
			}
		}
	}
	for i := range d.Nodes {
		n := &d.Nodes[i]
		p := "nodes[" + strconv.Itoa(i) + "].group"
		if n.Group == "" {
			continue
		}
		if _, ok := ids[n.Group]; !ok {
			c.errorf(p, "node %q: unknown group %q%s", n.ID, n.Group, c.didYouMean(n.Group, names))
			continue
		}
		setParent(p, n.ID, n.Group)
	}
	d.groupCycles(c, ids, parent)
	d.groupLanes(c, parent)
}

// groupCycles reports a group that ends up inside itself.
func (d *Diagram) groupCycles(c checker, ids map[string]int, parent map[string]string) {
	for i := range d.Groups {
		g := d.Groups[i].ID
		at := parent[g]
		for steps := 0; at != "" && steps <= len(d.Groups); steps++ {
			if at == g {
				c.errorf("groups["+strconv.Itoa(i)+"].nodes", "group %q is inside itself (through %q)", g, parent[g])
				break
			}
			at = parent[at]
		}
	}
}

// groupLanes reports a group whose nodes sit in different lanes: a frame
// cannot cross a lane's border.
func (d *Diagram) groupLanes(c checker, parent map[string]string) {
	if len(d.Lanes) == 0 {
		return
	}
	lane := map[string]string{}
	for i := range d.Nodes {
		n := &d.Nodes[i]
		for g, steps := parent[n.ID], 0; g != "" && steps <= len(d.Groups); g, steps = parent[g], steps+1 {
			if l, ok := lane[g]; ok && l != n.Lane && n.Lane != "" {
				c.errorf("nodes["+strconv.Itoa(i)+"].lane", "node %q is in lane %q but its group %q holds nodes of lane %q: a group sits in one lane", n.ID, n.Lane, g, l)
				break
			}
			if _, ok := lane[g]; !ok {
				lane[g] = n.Lane
			}
		}
	}
}

// GroupOf maps each node and group id to the group it is in.
func (d *Diagram) GroupOf() map[string]string {
	parent := map[string]string{}
	for _, g := range d.Groups {
		for _, m := range g.Nodes {
			parent[m] = g.ID
		}
	}
	for _, n := range d.Nodes {
		if n.Group != "" {
			parent[n.ID] = n.Group
		}
	}
	return parent
}
