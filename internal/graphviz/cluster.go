package graphviz

import (
	"fmt"
	"strings"
)

// Cluster is a box that Graphviz keeps around its nodes and child
// clusters, free of other nodes (dot and fdp; other engines ignore it).
type Cluster struct {
	ID     string
	Parent string  // the enclosing cluster's ID; "" at the top
	Margin float64 // px between the contents and the box
	// LabelWidth and LabelHeight reserve room for a label at the box's
	// top-left corner; 0 reserves none.
	LabelWidth, LabelHeight float64
}

// checkClusters reports unknown parents and nodes' clusters; a parent
// must come before its children, which also rules out cycles.
func (g *Graph) checkClusters() []error {
	var errs []error
	seen := map[string]bool{}
	for _, c := range g.Clusters {
		switch {
		case c.ID == "" || seen[c.ID]:
			errs = append(errs, fmt.Errorf("cluster %q: empty or defined twice", c.ID))
		case c.Parent != "" && !seen[c.Parent]:
			errs = append(errs, fmt.Errorf("cluster %q: parent %q is not an earlier cluster", c.ID, c.Parent))
		}
		if !inRange(c.Margin, MaxLength) || !inRange(c.LabelWidth, MaxLabel) || !inRange(c.LabelHeight, MaxLabel) {
			errs = append(errs, fmt.Errorf("cluster %q: margin %v and label size %v×%v must be numbers from 0 to %d", c.ID, c.Margin, c.LabelWidth, c.LabelHeight, MaxLabel))
		}
		seen[c.ID] = true
	}
	for _, n := range g.Nodes {
		if n.Cluster != "" && !seen[n.Cluster] {
			errs = append(errs, fmt.Errorf("node %q: unknown cluster %q", n.ID, n.Cluster))
		}
	}
	return errs
}

// writeClusters writes each top-level cluster as a nested subgraph with
// its nodes, and the nodes outside every cluster.
func writeClusters(b *strings.Builder, g *Graph) {
	kids := map[string][]int{}
	for i, c := range g.Clusters {
		kids[c.Parent] = append(kids[c.Parent], i)
	}
	members := map[string][]int{}
	for i, n := range g.Nodes {
		members[n.Cluster] = append(members[n.Cluster], i)
	}
	for _, i := range members[""] {
		writeNode(b, i, &g.Nodes[i])
	}
	for _, k := range kids[""] {
		writeCluster(b, g, k, kids, members)
	}
}

func writeCluster(b *strings.Builder, g *Graph, i int, kids map[string][]int, members map[string][]int) {
	c := &g.Clusters[i]
	b.WriteString("subgraph cluster_" + fmt.Sprint(i) + " {\ngraph [margin=" + num(c.Margin))
	if c.LabelWidth > 0 && c.LabelHeight > 0 {
		b.WriteString(", labeljust=l, labelloc=t, label=" + labelBox(c.LabelWidth, c.LabelHeight))
	}
	b.WriteString("];\n")
	for _, n := range members[c.ID] {
		writeNode(b, n, &g.Nodes[n])
	}
	for _, k := range kids[c.ID] {
		writeCluster(b, g, k, kids, members)
	}
	b.WriteString("}\n")
}
