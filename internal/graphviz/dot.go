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
	attr(&b, "splines", g.Splines)
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

func writeNode(b *strings.Builder, i int, n *Node) {
	b.WriteString(nodeName(i))
	b.WriteString(" [width=")
	b.WriteString(num(n.Width / 72))
	attr(b, "height", num(n.Height/72))
	if n.Shape != "" && n.Shape != "box" {
		attr(b, "shape", n.Shape)
	}
	if n.Pos != nil {
		// inputscale=72 reads pos in points; Graphviz's y points up.
		attr(b, "pos", num(n.Pos.X)+","+num(-n.Pos.Y)+"!")
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
			b.WriteString(" " + nodeName(i) + ";")
		}
		b.WriteString("}\n")
	}
}

func writeEdge(b *strings.Builder, e *Edge, index map[string]int, eng Engine) {
	b.WriteString(nodeName(index[e.From]) + " -> " + nodeName(index[e.To]) + " [")
	var attrs []string
	if e.Weight > 0 {
		w := e.Weight
		if eng == Dot || eng == "" {
			w = math.Max(1, math.Round(w)) // dot wants an integer weight
		}
		attrs = append(attrs, "weight="+num(w))
	}
	if e.MinLen > 0 {
		attrs = append(attrs, "minlen="+num(e.MinLen))
	}
	if e.Constraint != nil {
		attrs = append(attrs, "constraint="+strconv.FormatBool(*e.Constraint))
	}
	if e.LabelWidth > 0 {
		attrs = append(attrs, "label="+labelBox(e.LabelWidth, e.LabelHeight))
	}
	b.WriteString(strings.Join(attrs, ", "))
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

func num(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }
