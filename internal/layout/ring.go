package layout

import (
	"math"
	"slices"

	"github.com/sketchdeck/sketchdeck/internal/geom"
	"github.com/sketchdeck/sketchdeck/internal/spec"
)

// Gaps of the ordered radial layout when [layout] leaves them at 0, px.
const (
	ringRankGap = 48 // between two rings
	ringNodeGap = 24 // between two neighbours on a ring
)

// ringNode is one node of the ordered radial layout: its place in the
// tree grown from the root, and its ray.
type ringNode struct {
	kids   []int
	depth  int
	leaves int
	dir    float64 // radians clockwise from twelve o'clock
	wedge  float64
	half   float64 // half the node's diagonal
}

// ringCenters places a twopi or circo graph with [layout] start_angle in
// the order its nodes are written, since Graphviz keeps no order: the root
// (layout.root; for twopi the first node when none is named) in the
// middle, the nodes one edge away on a ring around it, the next ones on
// the next ring, each node's children in a wedge of its own in proportion
// to the leaves under them, going clockwise from the start angle. A node
// no edge joins to the tree sits on the first ring. Circo without a root
// puts every node on one ring. Centres are px around the origin.
func ringCenters(d *spec.Diagram, nodes []node) []geom.Point {
	rs := make([]ringNode, len(nodes))
	for i, nd := range nodes {
		rs[i].half = math.Hypot(nd.foot.W, nd.foot.H) / 2
	}
	root := ringRoot(d)
	centers := make([]geom.Point, len(nodes))
	if root < 0 { // circo without a root: one ring, no centre
		rs = append(rs, ringNode{})
		root = len(rs) - 1
		for i := range nodes {
			rs[i].depth = 1
			rs[root].kids = append(rs[root].kids, i)
		}
	} else {
		ringTree(d, rs, root)
	}
	ringLeaves(rs, root)
	start := *d.Layout.StartAngle * math.Pi / 180
	first := 0.0
	if k := rs[root].kids; len(k) > 0 {
		first = math.Pi * float64(rs[k[0]].leaves) / float64(rs[root].leaves)
	}
	ringAngles(rs, root, start-first, start-first+2*math.Pi)
	radii := ringRadii(d, rs, root < len(nodes))
	for i := range nodes {
		r := radii[rs[i].depth]
		centers[i] = geom.Pt(r*math.Sin(rs[i].dir), -r*math.Cos(rs[i].dir))
	}
	return centers
}

// ringRoot is the index of the centre node, or -1 for none.
func ringRoot(d *spec.Diagram) int {
	for i := range d.Nodes {
		if d.Nodes[i].ID == d.Layout.Root {
			return i
		}
	}
	if d.Layout.Engine == spec.Circo {
		return -1
	}
	return 0
}

// ringTree grows the tree from root breadth first, each node's children in
// the order the nodes are written; unreached nodes hang from the root.
func ringTree(d *spec.Diagram, rs []ringNode, root int) {
	index := make(map[string]int, len(d.Nodes))
	for i := range d.Nodes {
		index[d.Nodes[i].ID] = i
	}
	adj := make([][]int, len(rs))
	for _, e := range d.Edges {
		a, b := index[e.From], index[e.To]
		adj[a], adj[b] = append(adj[a], b), append(adj[b], a)
	}
	for i := range adj {
		slices.Sort(adj[i]) // written order
	}
	seen := make([]bool, len(rs))
	seen[root] = true
	queue := []int{root}
	for len(queue) > 0 {
		p := queue[0]
		queue = queue[1:]
		for _, k := range adj[p] {
			if !seen[k] {
				seen[k] = true
				rs[k].depth = rs[p].depth + 1
				rs[p].kids = append(rs[p].kids, k)
				queue = append(queue, k)
			}
		}
	}
	for k := range rs {
		if !seen[k] {
			rs[k].depth = 1
			rs[root].kids = append(rs[root].kids, k)
		}
	}
}

func ringLeaves(rs []ringNode, n int) int {
	rs[n].leaves = 0
	for _, k := range rs[n].kids {
		rs[n].leaves += ringLeaves(rs, k)
	}
	rs[n].leaves = max(rs[n].leaves, 1)
	return rs[n].leaves
}

// ringAngles shares the wedge [a0, a1] among n's children in proportion
// to their leaves, each child's ray through the middle of its share.
func ringAngles(rs []ringNode, n int, a0, a1 float64) {
	at := a0
	for _, k := range rs[n].kids {
		share := (a1 - a0) * float64(rs[k].leaves) / float64(rs[n].leaves)
		rs[k].dir, rs[k].wedge = at+share/2, share
		ringAngles(rs, k, at, at+share)
		at += share
	}
}

// ringRadii is each ring's radius: clear of the ring inside it, and wide
// enough that neighbours in their wedges do not touch. Without a centre
// node (hub false) the first ring needs only the room its nodes take.
func ringRadii(d *spec.Diagram, rs []ringNode, hub bool) []float64 {
	rankGap, nodeGap := d.Layout.RankGap, d.Layout.NodeGap
	if rankGap == 0 {
		rankGap = ringRankGap
	}
	if nodeGap == 0 {
		nodeGap = ringNodeGap
	}
	var half []float64
	for _, r := range rs {
		for len(half) <= r.depth {
			half = append(half, 0)
		}
		half[r.depth] = max(half[r.depth], r.half)
	}
	radii := make([]float64, len(half))
	for dep := 1; dep < len(radii); dep++ {
		if dep > 1 || hub {
			radii[dep] = radii[dep-1] + half[dep-1] + rankGap + half[dep]
		}
		for _, r := range rs {
			if r.depth == dep {
				need := (2*r.half + nodeGap) / (2 * math.Sin(min(r.wedge, math.Pi)/2))
				radii[dep] = max(radii[dep], need)
			}
		}
	}
	return radii
}
