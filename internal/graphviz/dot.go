package graphviz

import (
	"math"
	"strconv"
	"strings"
)

// writeDOT renders g as DOT text. Nodes are named n<index>, so no id of ours
// ever needs quoting; the only free-form strings are overlap and splines,
// which check limits to keyword characters.
func writeDOT(g *Graph, index map[string]int) string {
	var b strings.Builder
	b.Grow(64 + 48*len(g.Nodes) + 32*len(g.Edges))
	b.WriteString("digraph {\ngraph [inputscale=72")
	attr(&b, "rankdir", g.RankDir)
	attr(&b, "overlap", g.Overlap)
	attr(&b, "splines", splinesOf(g))
	if g.NodeSep > 0 {
		attr(&b, "nodesep", num(g.NodeSep/72))
	}
	if g.RankSep > 0 {
		attr(&b, "ranksep", num(g.RankSep/72))
	}
	if g.Root != "" {
		attr(&b, "root", nodeName(index[g.Root]))
	}
	// A non-empty label keeps go-graphviz from setting every label to "\N",
	// and fixedsize keeps Graphviz from growing a node around it.
	b.WriteString("];\nnode [fixedsize=true, label=\" \", shape=box];\n")
	writeClusters(&b, g)
	writeRanks(&b, g.Nodes)
	for i := range g.Edges {
		writeEdge(&b, &g.Edges[i], index, g.Engine)
	}
	b.WriteString("}\n")
	return b.String()
}

// splinesOf is the "splines" to write for g: its own, or, for a caller
// that draws its own edges (NodesOnly), "false": dot then skips routing
// the edges, which no one reads, and places every node as it would have
// (the bounding box no longer holds the routes, but the nodes keep their
// places within it: the deck, the examples and the graphs of
// scripts/bench-large.sh draw the same bytes). Routing was about a tenth
// of dot's CPU time on banded400 and random200.
func splinesOf(g *Graph) string {
	if g.Splines == "" && g.NodesOnly {
		return "false"
	}
	return g.Splines
}

func writeNode(b *strings.Builder, i int, n *Node) {
	writeName(b, i)
	b.WriteString(" [width=")
	writeNum(b, n.Width/72)
	b.WriteString(", height=\"")
	writeNum(b, n.Height/72)
	b.WriteString("\"")
	if n.Shape != "" && n.Shape != "box" {
		attr(b, "shape", n.Shape)
	}
	if n.Pos != nil {
		// inputscale=72 reads pos in points; Graphviz's y points up.
		b.WriteString(", pos=\"")
		writeNum(b, n.Pos.X)
		b.WriteByte(',')
		writeNum(b, -n.Pos.Y)
		b.WriteString("!\"")
	}
	b.WriteString("];\n")
}

// writeRanks puts the nodes of each Rank group into one rank=same subgraph,
// groups in the order their first node appears.
func writeRanks(b *strings.Builder, nodes []Node) {
	var order []string
	groups := map[string][]int{}
	for i, n := range nodes {
		if n.Rank == "" {
			continue
		}
		if _, seen := groups[n.Rank]; !seen {
			order = append(order, n.Rank)
		}
		groups[n.Rank] = append(groups[n.Rank], i)
	}
	for _, name := range order {
		b.WriteString("{rank=same;")
		for _, i := range groups[name] {
			b.WriteByte(' ')
			writeName(b, i)
			b.WriteByte(';')
		}
		b.WriteString("}\n")
	}
}

func writeEdge(b *strings.Builder, e *Edge, index map[string]int, eng Engine) {
	writeName(b, index[e.From])
	b.WriteString(" -> ")
	writeName(b, index[e.To])
	b.WriteString(" [")
	sep := ""
	next := func(name string) {
		b.WriteString(sep)
		b.WriteString(name)
		b.WriteByte('=')
		sep = ", "
	}
	if e.Weight > 0 {
		w := e.Weight
		if eng == Dot || eng == "" {
			w = math.Max(1, math.Round(w)) // dot wants an integer weight
		}
		next("weight")
		writeNum(b, w)
	}
	if e.MinLen > 0 {
		next("minlen")
		writeNum(b, e.MinLen)
	}
	if e.Constraint != nil {
		next("constraint")
		b.WriteString(strconv.FormatBool(*e.Constraint))
	}
	if e.LabelWidth > 0 {
		next("label")
		b.WriteString(labelBox(e.LabelWidth, e.LabelHeight))
	}
	b.WriteString("];\n")
}

// labelBox is an HTML-like label that is an empty cell of the given size: the
// only way to reserve an edge label's room without Graphviz measuring text.
// HTML sizes are whole points, so the box is rounded up.
func labelBox(w, h float64) string {
	return `<<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="0" CELLPADDING="0"><TR>` +
		`<TD FIXEDSIZE="TRUE" WIDTH="` + strconv.Itoa(int(math.Ceil(w))) +
		`" HEIGHT="` + strconv.Itoa(int(math.Ceil(h))) + `"></TD></TR></TABLE>>`
}

func attr(b *strings.Builder, name, value string) {
	if value == "" {
		return
	}
	b.WriteString(", " + name + "=\"" + value + "\"")
}

func nodeName(i int) string { return "n" + strconv.Itoa(i) }

// appendName appends nodeName(i) to b.
func appendName(b []byte, i int) []byte {
	return strconv.AppendInt(append(b, 'n'), int64(i), 10)
}

// nodeIndex is i when name is nodeName(i).
func nodeIndex(name string) (int, bool) {
	if len(name) < 2 || len(name) > 10 || name[0] != 'n' || (name[1] == '0' && len(name) > 2) {
		return 0, false
	}
	i := 0
	for _, c := range []byte(name[1:]) {
		if c < '0' || c > '9' {
			return 0, false
		}
		i = 10*i + int(c-'0')
	}
	return i, true
}

// writeName writes nodeName(i).
func writeName(b *strings.Builder, i int) {
	var buf [24]byte
	b.Write(appendName(buf[:0], i))
}

func num(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

// writeNum writes num(v).
func writeNum(b *strings.Builder, v float64) {
	var buf [32]byte
	b.Write(strconv.AppendFloat(buf[:0], v, 'f', -1, 64))
}
