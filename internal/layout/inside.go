package layout

import (
	"strconv"

	"github.com/sketchdeck/sketchdeck/internal/geom"
	"github.com/sketchdeck/sketchdeck/internal/scene"
	"github.com/sketchdeck/sketchdeck/internal/spec"
)

// Defaults for nodes inside a node, px.
const (
	innerGap     = 20
	innerPadding = 24
)

// innerNode is a node drawn inside another, placed relative to the
// centre of its parent's shape.
type innerNode struct {
	nd    node
	index int // in the parent's inside.nodes, for error positions
	at    geom.Point
}

// sizeInner sizes the nodes inside n and lays them out in a grid; it
// returns them with the size the parent needs to hold them. Each inner
// node's id is "parent/child" (and "#k" for a repeated one), so it wobbles
// on its own.
func sizeInner(n *spec.Node, env Env) ([]innerNode, float64, float64) {
	in := n.Inside
	if len(in.Nodes) == 0 {
		return nil, 0, 0
	}
	var specs []spec.Node
	var index []int
	for j, c := range in.Nodes {
		c.ID = n.ID + "/" + c.ID
		specs = append(specs, c)
		index = append(index, j)
	}
	if in.Repeat > 0 {
		one := specs[0]
		specs, index = nil, nil
		for k := range in.Repeat {
			c := one
			c.ID = one.ID + "#" + strconv.Itoa(k+1)
			specs = append(specs, c)
			index = append(index, 0)
		}
	}
	out := make([]innerNode, len(specs))
	cw, ch := 0.0, 0.0
	for i := range specs {
		out[i] = innerNode{nd: sizeNode(&specs[i], spec.NodeStyle{}, env), index: index[i]}
		cw, ch = max(cw, out[i].nd.foot.W), max(ch, out[i].nd.foot.H)
	}
	cols := in.Columns
	if cols <= 0 || cols > len(out) {
		cols = len(out)
	}
	rows := (len(out) + cols - 1) / cols
	gap, pad := pick(in.Gap, innerGap), pick(in.Padding, innerPadding)
	w := float64(cols)*cw + float64(cols-1)*gap
	h := float64(rows)*ch + float64(rows-1)*gap
	r := rng(n.ID + ":inside")
	for i := range out {
		col, row := i%cols, i/cols
		at := geom.Pt(-w/2+cw/2+float64(col)*(cw+gap), -h/2+ch/2+float64(row)*(ch+gap))
		if s := in.Scatter; s > 0 {
			at = at.Add(geom.Pt((2*r.Float64()-1)*s, (2*r.Float64()-1)*s))
		}
		out[i].at = at
	}
	return out, w + 2*pad, h + 2*pad
}

// pick is v, or def when v is 0.
func pick(v, def float64) float64 {
	if v == 0 {
		return def
	}
	return v
}

// innerItems draws the nodes inside nd, whose shape is at shape.
func (nd node) innerItems(r resolver, shape geom.Rect) []scene.Item {
	var out []scene.Item
	for _, in := range nd.inner {
		child := in.nd
		child.path = nd.path + ".inside.nodes[" + strconv.Itoa(in.index) + "]"
		out = append(out, child.items(r, shape.Center().Add(in.at))...)
	}
	return out
}
