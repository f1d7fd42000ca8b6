package layout

import "github.com/sketchdeck/sketchdeck/internal/graphviz"

// reverseBackEdges turns around, in g, the edges that close a cycle when
// the graph is walked depth first from its nodes in written order, each
// node's edges in written order: the edges a reader takes for the way back
// (a rejection returning to the start, a retry), so that dot ranks the
// flow as written. dot breaks cycles itself, but it walks clusters
// (groups, lanes) apart from the other nodes, and a pipeline with a group
// and a way back came out right to left; a graph without clusters is left
// to dot, which already walks it so. The edges are not drawn from
// Graphviz's routes, so their direction there only ranks the nodes.
func reverseBackEdges(g *graphviz.Graph) {
	for i, back := range backEdges(g.Nodes, g.Edges) {
		if back {
			g.Edges[i].From, g.Edges[i].To = g.Edges[i].To, g.Edges[i].From
		}
	}
}

// backEdges marks the edges that close a cycle in that walk.
func backEdges(nodes []graphviz.Node, edges []graphviz.Edge) []bool {
	out := make(map[string][]int, len(nodes))
	for i := range edges {
		out[edges[i].From] = append(out[edges[i].From], i)
	}
	const (
		unseen = iota
		open
		done
	)
	state := make(map[string]int, len(nodes))
	back := make([]bool, len(edges))
	// An explicit stack: a long chain must not grow the goroutine's.
	type frame struct {
		id   string
		next int
	}
	for _, n := range nodes {
		if state[n.ID] != unseen {
			continue
		}
		state[n.ID] = open
		stack := []frame{{id: n.ID}}
		for len(stack) > 0 {
			top := &stack[len(stack)-1]
			if top.next == len(out[top.id]) {
				state[top.id] = done
				stack = stack[:len(stack)-1]
				continue
			}
			i := out[top.id][top.next]
			top.next++
			to := edges[i].To
			switch state[to] {
			case open:
				back[i] = true
			case unseen:
				state[to] = open
				stack = append(stack, frame{id: to})
			}
		}
	}
	return back
}
