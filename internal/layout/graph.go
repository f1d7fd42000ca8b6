package layout

import (
	"context"
	"fmt"
	"strconv"

	"github.com/sketchdeck/sketchdeck/internal/geom"
	"github.com/sketchdeck/sketchdeck/internal/graphviz"
	"github.com/sketchdeck/sketchdeck/internal/scene"
	"github.com/sketchdeck/sketchdeck/internal/spec"
)

// Graph lays out a graph diagram with Graphviz: nodes are sized to their
// labels here, Graphviz places them, and arrows are drawn border to border.
type Graph struct{}

// Layout implements Engine.
func (Graph) Layout(ctx context.Context, d *spec.Diagram, env Env) (*scene.Scene, error) {
	env = env.bounded()
	var errs spec.ErrorList
	r := resolver{env: env, d: d, errs: &errs}
	pl, err := graphItems(ctx, d, r, "", r.env.Original)
	if err != nil {
		return nil, err
	}
	marks, movers := markItems(r, d.Marks, "", pl)
	items := append(pl.items, marks...)
	if err := errs.Err(); err != nil {
		return nil, err
	}
	makeRoom(d, env, items, movers)
	return frame(d, env, items, d.Layout.Margin), nil
}

// placed is a laid-out graph: its items in draw order (nodes, then edges
// over them) and where its nodes and edges went, for the marks.
type placed struct {
	items []scene.Item
	nodes map[string]outline
	edges []placedEdge
	// movers are the labels that may move to make room (their indexes
	// in items).
	movers []mover
}

// placedEdge is an edge as drawn.
type placedEdge struct {
	e   *spec.Edge
	nth int
	tr  track
}

// graphItems places a graph's nodes and edges (a whole diagram's, or a
// panel's) and returns their items. prefix is the graph's key path
// ("panels[1].") for error positions; orig is the graph as written when d
// is its translation (nil otherwise), whose node and edge label sizes
// d's keep near.
func graphItems(ctx context.Context, d *spec.Diagram, r resolver, prefix string, orig *spec.Diagram) (placed, error) {
	d = fitEdgeLabels(d, orig, r)
	nodes := make([]node, len(d.Nodes))
	index := make(map[string]int, len(d.Nodes))
	for i := range d.Nodes {
		nodes[i] = sizeNode(&d.Nodes[i], d.Defaults, r.env)
	}
	fitNodes(nodes, d, orig, r.env)
	for i := range d.Nodes {
		nodes[i].path = prefix + "nodes[" + strconv.Itoa(i) + "]"
		nodes[i].balance(d.Layout.Direction)
		nodes[i].holdStatus(r.env.Theme.StatusSize)
		index[d.Nodes[i].ID] = i
	}
	f := newFrames(d, r)
	centers, err := placeNodes(ctx, d, nodes, r, f)
	if err != nil {
		return placed{}, err
	}
	f.place(nodes, centers)
	var pl placed
	var ls lanes
	if len(d.Lanes) > 0 {
		ls = fitLanes(d, r, nodes, centers, f)
	}
	// Lanes and frames go first, under the nodes and the edges.
	items := ls.items(d, r, prefix, f.size)
	groups, movers := f.items(r, prefix)
	for _, m := range movers {
		pl.movers = append(pl.movers, m.offset(len(items)))
	}
	items = withNodes(append(items, groups...), nodeItems(r, nodes, centers), d.Edges)
	pl.nodes = make(map[string]outline, len(nodes))
	outlines := make([]outline, len(nodes))
	for i, nd := range nodes {
		outlines[i] = nd.outline(centers[i])
		pl.nodes[nd.spec.ID] = outlines[i]
	}
	lanes := parallelLanes(d.Edges, d.Layout.LaneGap)
	detours(r, d, lanes, outlines, index)
	labelSides(d, lanes, outlines, index)
	pl.edges = make([]placedEdge, 0, len(d.Edges))
	for i := range d.Edges {
		e := &d.Edges[i]
		a, b := outlines[index[e.From]], outlines[index[e.To]]
		if e.Style == spec.EdgeHidden {
			continue
		}
		path := prefix + "edges[" + strconv.Itoa(i) + "]"
		if !r.take(edgeCost+perTokenCost*(len(e.Tokens)+1), path) {
			break
		}
		its, tr, ms := edgeItems(r, e, path, lanes[i], a, b)
		for _, m := range ms {
			pl.movers = append(pl.movers, m.offset(len(items)))
		}
		// An edge appears with its later end at the earliest.
		step := max(int(e.Step), int(d.Nodes[index[e.From]].Step), int(d.Nodes[index[e.To]].Step))
		items = append(items, stamp(its, step)...)
		pl.edges = append(pl.edges, placedEdge{e: e, nth: lanes[i].nth, tr: tr})
	}
	pl.items = items
	return pl, nil
}

// nodeItems are each node's items, placed at its centre and stamped with
// its step.
func nodeItems(r resolver, nodes []node, centers []geom.Point) [][]scene.Item {
	out := make([][]scene.Item, len(nodes))
	for i, nd := range nodes {
		out[i] = stamp(nd.items(r, centers[i]), int(nd.spec.Step))
	}
	return out
}

// withNodes appends the nodes' items to items, in a slice with room for
// the edges' too (a line each, and a label for each labelled edge): a
// large graph's thousands of items are then copied once, not again each
// time the slice grows.
func withNodes(items []scene.Item, nodes [][]scene.Item, edges []spec.Edge) []scene.Item {
	n := len(items) + len(edges)
	for _, its := range nodes {
		n += len(its)
	}
	for i := range edges {
		if edges[i].Label != "" {
			n++
		}
	}
	out := make([]scene.Item, len(items), n)
	copy(out, items)
	for _, its := range nodes {
		out = append(out, its...)
	}
	return out
}

// placeNodes returns each node's centre: laid out by Graphviz, or, for
// twopi and circo with a start angle, on rings in written order.
func placeNodes(ctx context.Context, d *spec.Diagram, nodes []node, r resolver, f *frames) ([]geom.Point, error) {
	scale := d.Layout.Scale
	if scale == 0 {
		scale = 1
	}
	if e := d.Layout.Engine; d.Layout.StartAngle != nil && (e == spec.Twopi || e == spec.Circo) {
		centers := ringCenters(d, nodes)
		for i := range centers {
			centers[i] = centers[i].Scale(scale)
		}
		return centers, nil
	}
	g := toGraphviz(d, nodes, r)
	f.clusters(&g)
	if len(g.Clusters) > 0 && g.Engine == graphviz.Dot {
		reverseBackEdges(&g)
	}
	res, err := r.env.Placer.Layout(ctx, g)
	if err != nil {
		return nil, fmt.Errorf("%s: layout: %w", d.File, err)
	}
	centers := make([]geom.Point, len(nodes))
	for i := range nodes {
		centers[i] = res.Nodes[i].Center.Scale(scale)
	}
	return centers, nil
}

// dotRankSep is the rank gap of a dot graph that gives none: the least
// any diagram of the deck or the examples gives. Graphviz's own, 36 px,
// left an arrow between two ranks 8 px of line once its arrow gaps (14 px
// each) were taken, too short for a head.
const dotRankSep = 60

// toGraphviz builds the Graphviz request: every node with its explicit
// footprint, since Graphviz must not size text itself.
func toGraphviz(d *spec.Diagram, nodes []node, r resolver) graphviz.Graph {
	g := graphviz.Graph{
		Name:    d.Name,
		Engine:  graphviz.Engine(d.Layout.Engine),
		RankDir: string(d.Layout.Direction),
		NodeSep: d.Layout.NodeGap,
		RankSep: d.Layout.RankGap,
		Root:    d.Layout.Root,
		// Edges are drawn here, border to border: Graphviz's routes
		// are not read.
		NodesOnly: true,
	}
	if g.Engine == "" {
		g.Engine = graphviz.Dot
	}
	if g.Engine == graphviz.Dot && g.RankSep == 0 {
		g.RankSep = max(dotRankSep, tokenRoom(r, d))
	}
	if g.Engine != graphviz.Dot {
		g.Overlap = "false"
	}
	loops := selfLoops(d.Edges)
	for _, nd := range nodes {
		foot := nd.foot
		if ls := loops[nd.spec.ID]; len(ls) > 0 {
			foot = loopFoot(r, ls, nd.outline(geom.Point{}), nd.foot)
		}
		gn := graphviz.Node{ID: nd.spec.ID, Width: foot.W, Height: foot.H, Shape: nd.gvShape(), Rank: nd.spec.Rank}
		if len(nd.spec.Pos) == 2 {
			gn.Pos = &geom.Point{X: nd.spec.Pos[0], Y: nd.spec.Pos[1]}
		}
		g.Nodes = append(g.Nodes, gn)
	}
	for i := range d.Edges {
		e := &d.Edges[i]
		if e.From == e.To { // a self-loop is drawn here, in its node's footprint
			continue
		}
		ge := graphviz.Edge{From: e.From, To: e.To, Weight: e.Weight, MinLen: e.MinLen, Constraint: e.Constraint}
		if e.Label != "" {
			ge.LabelWidth, ge.LabelHeight = measure(r.env.Text, e.Label, edgeFont(r, e))
		}
		g.Edges = append(g.Edges, ge)
	}
	return g
}

// outline is the node's outline, centred on c, that edges end at.
func (nd *node) outline(c geom.Point) outline {
	o := outline{Kind: nd.kind, Box: nd.shape.Translate(c), Params: nd.params()}
	if nd.kind == scene.Label { // arrows meet a bare label at its box
		o.Kind = scene.Rect
	}
	if nd.style.LabelPosition != spec.Inside && nd.sh.Outline != nil || nd.spec.Icon != "" || nd.spec.Image != "" {
		o.Label = nd.label.Translate(c)
	}
	if !nd.dot.Empty() {
		o.Dot = nd.dot.Translate(c)
	}
	return o
}

// gvShape is the Graphviz shape the node is laid out as.
func (nd *node) gvShape() string {
	if nd.sh.Outline == nil {
		return "box"
	}
	return nd.sh.Outline.Graphviz
}

// balance grows a node's footprint so that its shape sits in the middle
// across the flow: Graphviz lines up footprints, and a label above a shape
// must not pull it off the line of its neighbours in a left-to-right row
// (nor a label beside it in a top-to-bottom column).
func (nd *node) balance(dir spec.Direction) {
	if nd.label.Empty() {
		return
	}
	c := nd.shape.Center()
	f := nd.foot
	if dir == spec.LR || dir == spec.RL {
		reach := max(c.Y-f.Y, f.Y+f.H-c.Y)
		f.Y, f.H = c.Y-reach, 2*reach
	} else {
		reach := max(c.X-f.X, f.X+f.W-c.X)
		f.X, f.W = c.X-reach, 2*reach
	}
	d := f.Center().Scale(-1)
	nd.foot, nd.shape, nd.label = f.Translate(d), nd.shape.Translate(d), nd.label.Translate(d)
}
