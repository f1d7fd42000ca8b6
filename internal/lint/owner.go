package lint

import (
	"slices"
	"strconv"
	"strings"

	"github.com/sketchdeck/sketchdeck/internal/spec"
)

// group is the element of the diagram a scene item comes from (a node, an
// edge, a mark, a panel title, a table cell, a topic, a drawing element):
// its items never collide with each other, and findings are placed at its
// position in the source.
type group struct {
	id    string   // the item id prefix of everything it draws: "node:db"
	pos   spec.Pos // where the diagram writes it; zero if unknown
	names []string // the ids an author gives it ("db", "client->db")
	// on are the groups a mark is placed on (prefixes of their ids): a
	// mark and its target are drawn together by design.
	on []string
	// A graph's node, edge or mark is found by its key path, path +
	// list + "[idx]", only when a finding needs its position (where):
	// a large graph has thousands and a room asks for none.
	path, list string
	idx        int
	// ref is a node's id, or an edge's "from->to", which names it as
	// well as names do; an edge's nth ("from->to#nth", from 1) too.
	ref string
	nth int
	// ends are an edge's nodes' group ids, which its line joins.
	ends [2]string
}

// where is where the diagram writes g; zero if unknown.
func (g *group) where(d *spec.Diagram) spec.Pos {
	if g.list == "" {
		return g.pos
	}
	return d.At(g.path + g.list + "[" + strconv.Itoa(g.idx) + "]")
}

// named reports whether the author names g id.
func (g *group) named(id string) bool {
	if g.ref != "" && (id == g.ref || g.nth > 0 && id == g.ref+"#"+strconv.Itoa(g.nth)) {
		return true
	}
	return slices.Contains(g.names, id)
}

// groups lists the elements of d by item id prefix.
type groups map[string]*group

func (gs groups) add(g *group) { gs[g.id] = g }

// owners builds the groups of every kind of diagram from its spec.
func owners(d *spec.Diagram) groups {
	gs := groups{}
	gs.add(&group{id: "title", pos: d.At("title")})
	gs.graph(d, d.Nodes, d.Edges, d.Marks, "", "")
	gs.frames(d.Groups, "", "")
	for i := range d.Panels {
		p := &d.Panels[i]
		prefix := "panel:" + p.ID + ":"
		path := "panels[" + strconv.Itoa(i) + "]."
		gs.add(&group{id: prefix + "title", pos: d.At(path + "title")})
		gs.graph(d, p.Nodes, p.Edges, p.Marks, prefix, path)
		gs.frames(p.Groups, prefix, path)
	}
	for i := range len(d.Panels) {
		gs.add(&group{id: "divider:" + strconv.Itoa(i), pos: d.At("split")})
	}
	gs.table(d)
	gs.mindmap(d)
	for i := range d.Elements {
		e := &d.Elements[i]
		gs.add(&group{id: "el:" + e.Name(i), pos: e.P, names: nonEmpty(e.ID)})
	}
	return gs
}

// graph adds a graph's nodes, edges and marks; prefix starts their item
// ids and path their key paths (a panel's).
func (gs groups) graph(d *spec.Diagram, nodes []spec.Node, edges []spec.Edge, marks []spec.Overlay, prefix, path string) {
	for i := range nodes {
		n := &nodes[i]
		gs.add(&group{id: prefix + "node:" + n.ID, path: path, list: "nodes", idx: i, ref: n.ID})
	}
	same := map[string]int{}
	for i := range edges {
		e := &edges[i]
		ref := e.From + "->" + e.To
		id := prefix + "edge:" + ref + "#" + strconv.Itoa(same[ref])
		same[ref]++
		gs.add(&group{id: id, path: path, list: "edges", idx: i, ref: ref, nth: same[ref],
			ends: [2]string{prefix + "node:" + e.From, prefix + "node:" + e.To}})
	}
	seen := map[string]int{}
	for i := range marks {
		m := &marks[i]
		key := string(m.Kind) + ":" + m.On
		seen[key]++
		g := &group{id: prefix + "mark:" + key + "#" + strconv.Itoa(seen[key]), path: path, list: "marks", idx: i}
		g.on = markTargets(m.On, prefix, d)
		gs.add(g)
	}
}

// frames adds a graph's groups, each a frame and its label; prefix and
// path as for graph.
func (gs groups) frames(fs []spec.Group, prefix, path string) {
	for i := range fs {
		gs.add(&group{id: prefix + "group:" + fs[i].ID, path: path, list: "groups", idx: i, ref: fs[i].ID})
	}
}

// markTargets are the id prefixes of what a mark is on: a node, an edge,
// a panel, or nothing (the whole drawing: a mark there must not collide).
func markTargets(on, prefix string, d *spec.Diagram) []string {
	if on == "" {
		return nil
	}
	if ref, ok := spec.ParseEdgeRef(on); ok {
		return []string{prefix + "edge:" + ref.From + "->" + ref.To + "#" + strconv.Itoa(ref.Nth)}
	}
	for _, p := range d.Panels {
		if prefix == "" && p.ID == on {
			return []string{"panel:" + on}
		}
	}
	return []string{prefix + "node:" + on}
}

// table adds each cell (its texts, mark and arrow), header and divider.
func (gs groups) table(d *spec.Diagram) {
	t := &d.Table
	col := func(c int) string {
		if id := t.Columns[c].ID; id != "" {
			return id
		}
		return "c" + strconv.Itoa(c+1)
	}
	for c := range t.Columns {
		pos := d.At("table.columns[" + strconv.Itoa(c) + "]")
		gs.add(&group{id: "table:header:" + col(c), pos: pos})
		gs.add(&group{id: "table:divider:" + col(c), pos: pos})
	}
	for r := range t.Rows {
		row := t.Rows[r].ID
		if row == "" {
			row = "r" + strconv.Itoa(r+1)
		}
		pos := d.At("table.rows[" + strconv.Itoa(r) + "]")
		for c := range t.Columns {
			gs.add(&group{id: "table:" + row + ":" + col(c), pos: pos, names: nonEmpty(t.Rows[r].ID)})
		}
	}
}

// mindmap adds every topic, and each topic's link to its parent (drawn
// with both ends on them).
func (gs groups) mindmap(d *spec.Diagram) {
	m := &d.Mindmap
	if m.Topic == "" && len(m.Branches) == 0 {
		return
	}
	gs.add(&group{id: "mindmap:root", pos: d.At("mindmap.topic")})
	var walk func(ts []spec.Topic, parent, path string)
	walk = func(ts []spec.Topic, parent, path string) {
		for i := range ts {
			t := &ts[i]
			p := strconv.Itoa(i + 1)
			if path != "" {
				p = path + "." + p
			}
			id := t.ID
			if id == "" {
				id = p
			}
			gs.add(&group{id: "mindmap:" + id, pos: t.P, names: nonEmpty(t.ID)})
			gs.add(&group{id: "mindmap:link:" + id, pos: t.P, on: []string{"mindmap:" + id, "mindmap:" + parent}})
			walk(t.Branches, id, p)
		}
	}
	walk(m.Branches, "root", "")
}

func nonEmpty(s string) []string {
	if s == "" {
		return nil
	}
	return []string{s}
}

// of returns the group an item id belongs to: the longest group id that
// is the item id or a prefix of it ending before ":", "/" or "#". An item
// no element claims is a group of its own.
func (gs groups) of(id string) *group {
	for s := id; ; {
		if g, ok := gs[s]; ok {
			return g
		}
		i := strings.LastIndexAny(s, ":/#")
		if i <= 0 {
			break
		}
		s = s[:i]
	}
	g := &group{id: id}
	gs[id] = g
	return g
}

// under reports whether id is prefix or sits under it (at ":", "/" or "#").
func under(id, prefix string) bool {
	if !strings.HasPrefix(id, prefix) {
		return false
	}
	return len(id) == len(prefix) || strings.ContainsRune(":/#", rune(id[len(prefix)]))
}
