package graphviz

import (
	"fmt"

	"github.com/sketchdeck/sketchdeck/internal/geom"
)

// frame maps Graphviz points (y up, origin anywhere) to ours (y down, origin
// at the top-left of the bounding box, moved in by pad).
type frame struct{ x0, y1, pad float64 }

func (f frame) point(p geom.Point) geom.Point {
	return geom.Point{X: p.X - f.x0 + f.pad, Y: f.y1 - p.Y + f.pad}
}

// buildResult turns Graphviz's output into a Result in g's order.
func buildResult(g *Graph, index map[string]int, out *layoutOut) (Result, error) {
	x0, y0, x1, y1, err := parseBB(out.graph.get("bb"))
	if err != nil {
		return Result{}, err
	}
	f := frame{x0: x0, y1: y1, pad: g.Pad}
	res := Result{
		Width:  x1 - x0 + 2*g.Pad,
		Height: y1 - y0 + 2*g.Pad,
		Nodes:  make([]NodeBox, len(g.Nodes)),
	}
	var name []byte
	for i, n := range g.Nodes {
		name = appendName(name[:0], i)
		box, err := nodeBox(n, out.nodes[string(name)], f) // a look-up by bytes makes no string
		if err != nil {
			return Result{}, fmt.Errorf("node %q: %w", n.ID, err)
		}
		res.Nodes[i] = box
	}
	if g.NodesOnly {
		return res, nil
	}
	res.Edges = make([]EdgePath, len(g.Edges))
	order, err := matchEdges(g, index, out.edges)
	if err != nil {
		return Result{}, err
	}
	for i, e := range g.Edges {
		path, err := edgePath(out.edges[order[i]].attrs, f)
		if err != nil {
			return Result{}, fmt.Errorf("edge %q: %w", e.From+" → "+e.To, err)
		}
		res.Edges[i] = path
	}
	return res, nil
}

func nodeBox(n Node, attrs attrList, f frame) (NodeBox, error) {
	c, err := parsePoint(attrs.get("pos"))
	if err != nil {
		return NodeBox{}, fmt.Errorf("position: %w", err)
	}
	box := NodeBox{ID: n.ID, Center: f.point(c), Width: n.Width, Height: n.Height}
	if n.Shape == "circle" { // Graphviz makes a circle as wide as it is high
		box.Width = max(n.Width, n.Height)
		box.Height = box.Width
	}
	return box, nil
}

// matchEdges pairs each of g's edges with its output edge. Graphviz writes
// edges grouped by tail, and the edges between one pair of nodes in the
// order they were made, so the k-th a→b in g is the k-th a→b written.
// The output edges of a pair are chained in written order (first, then
// after), so that pairing them takes no list per pair.
func matchEdges(g *Graph, index map[string]int, edges []edgeOut) ([]int, error) {
	type pair struct{ tail, head int }
	first := make(map[pair]int, len(edges)) // 1 + the index of the pair's next edge not taken
	after := make([]int, len(edges))        // 1 + the index of the edge written after edges[i] between its nodes, 0 for none
	for i := len(edges) - 1; i >= 0; i-- {
		tail, ok1 := nodeIndex(edges[i].tail)
		head, ok2 := nodeIndex(edges[i].head)
		if !ok1 || !ok2 { // not one of g's nodes: no edge of g is it
			continue
		}
		k := pair{tail, head}
		after[i] = first[k]
		first[k] = i + 1
	}
	order := make([]int, len(g.Edges))
	for i, e := range g.Edges {
		k := pair{index[e.From], index[e.To]}
		next := first[k]
		if next == 0 {
			return nil, fmt.Errorf("edge %q: missing from Graphviz's output", e.From+" → "+e.To)
		}
		order[i], first[k] = next-1, after[next-1]
	}
	return order, nil
}

func edgePath(attrs attrList, f frame) (EdgePath, error) {
	sp, err := parseSpline(attrs.get("pos"))
	if err != nil {
		return EdgePath{}, err
	}
	path := EdgePath{Points: make([]geom.Point, len(sp.points))}
	for i, p := range sp.points {
		path.Points[i] = f.point(p)
	}
	path.Start, path.End = path.Points[0], path.Points[len(path.Points)-1]
	if sp.hasStart {
		path.Start = f.point(sp.start)
	}
	if sp.hasEnd {
		path.End = f.point(sp.end)
	}
	if lp, ok := attrs.lookup("lp"); ok {
		p, err := parsePoint(lp)
		if err != nil {
			return EdgePath{}, fmt.Errorf("label position: %w", err)
		}
		p = f.point(p)
		path.LabelPos = &p
	}
	return path, nil
}
