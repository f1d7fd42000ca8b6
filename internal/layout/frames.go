package layout

import (
	"math"
	"strconv"

	"github.com/sketchdeck/sketchdeck/internal/geom"
	"github.com/sketchdeck/sketchdeck/internal/graphviz"
	"github.com/sketchdeck/sketchdeck/internal/scene"
	"github.com/sketchdeck/sketchdeck/internal/shape"
	"github.com/sketchdeck/sketchdeck/internal/spec"
)

// Room around a group's contents and a lane's, px.
const (
	groupPad  = 16
	lanePad   = 24
	labelFrac = 0.8 // a group label's or lane name's size, of the theme's font size
)

// frames are a graph's lanes and groups: the clusters Graphviz keeps
// apart, and the boxes drawn under the nodes.
type frames struct {
	d      *spec.Diagram
	parent map[string]string // node or group id → its group
	label  map[string]geom.Rect
	boxes  map[string]geom.Rect // each group's frame, once placed
	size   float64              // font size of labels and names
}

func newFrames(d *spec.Diagram, r resolver) *frames {
	f := &frames{d: d, parent: d.GroupOf(), label: map[string]geom.Rect{}, boxes: map[string]geom.Rect{}}
	f.size = r.env.Theme.FontSize * labelFrac
	for _, g := range d.Groups {
		if g.Label != "" {
			w, h := measure(r.env.Text, g.Label, f.size)
			f.label[g.ID] = geom.Rect{W: w, H: h}
		}
	}
	return f
}

// clusters are the Graphviz clusters of the lanes and groups, parents
// first, and each node's innermost cluster.
func (f *frames) clusters(g *graphviz.Graph) {
	for _, l := range f.d.Lanes {
		g.Clusters = append(g.Clusters, graphviz.Cluster{ID: "lane:" + l.ID, Margin: lanePad})
	}
	done := map[string]bool{}
	var add func(id string)
	add = func(id string) {
		if done[id] {
			return
		}
		done[id] = true
		parent := ""
		if p := f.parent[id]; p != "" {
			add(p)
			parent = "group:" + p
		} else if lane := f.groupLane(id); lane != "" {
			parent = "lane:" + lane
		}
		lb, gr := f.label[id], f.group(id)
		g.Clusters = append(g.Clusters, graphviz.Cluster{ID: "group:" + id, Parent: parent, Margin: groupRoom(gr),
			LabelWidth: lb.W + 2*labelIndent(gr) - groupPad, LabelHeight: lb.H})
	}
	for _, gr := range f.d.Groups {
		add(gr.ID)
	}
	for i := range g.Nodes {
		n := &f.d.Nodes[i]
		switch {
		case f.parent[n.ID] != "":
			g.Nodes[i].Cluster = "group:" + f.parent[n.ID]
		case n.Lane != "":
			g.Nodes[i].Cluster = "lane:" + n.Lane
		}
	}
}

// groupLane is the lane of a group's first node, or "".
func (f *frames) groupLane(id string) string {
	for _, n := range f.d.Nodes {
		for g := f.parent[n.ID]; g != ""; g = f.parent[g] {
			if g == id {
				return n.Lane
			}
		}
	}
	return ""
}

// place computes each group's frame around its placed nodes (feet at
// centres) and inner frames, with room for its label on top.
func (f *frames) place(nodes []node, centers []geom.Point) {
	contents := map[string]geom.Rect{}
	for i, nd := range nodes {
		box := nd.foot.Translate(centers[i])
		for g := f.parent[nd.spec.ID]; g != ""; g = f.parent[g] {
			contents[g] = contents[g].Union(box)
		}
	}
	for i := len(f.d.Groups) - 1; i >= 0; i-- {
		f.frameOf(f.d.Groups[i].ID, contents)
	}
}

// frameOf is a group's frame: its nodes' and inner groups' boxes, padded,
// with the label's line above them.
func (f *frames) frameOf(id string, contents map[string]geom.Rect) geom.Rect {
	if b, ok := f.boxes[id]; ok {
		return b
	}
	c := contents[id]
	for _, g := range f.d.Groups {
		if f.parent[g.ID] == id {
			c = c.Union(f.frameOf(g.ID, contents))
		}
	}
	g := f.group(id)
	b := c.Inset(-groupRoom(g))
	if lb := f.label[id]; lb.H > 0 {
		b.Y -= lb.H + groupPad/2
		b.H += lb.H + groupPad/2
		b.W = math.Max(b.W, lb.W+2*labelIndent(g))
	}
	f.boxes[id] = b
	return b
}

// group is the group of id; spec checked that it exists.
func (f *frames) group(id string) *spec.Group {
	for i := range f.d.Groups {
		if f.d.Groups[i].ID == id {
			return &f.d.Groups[i]
		}
	}
	panic("layout: no group " + strconv.Quote(id))
}

// cornerRadius is the largest radius a group's rounded corners may take,
// px (the default one is at most shape.MaxAutoRadius); 0 when square.
func cornerRadius(g *spec.Group) float64 {
	switch r := g.Rounded.Radius; {
	case r == shape.AutoRadius:
		return shape.MaxAutoRadius
	case r > 0:
		return r
	}
	return 0
}

// groupRoom is the blank between a group's contents and its frame: more
// than groupPad where round corners would cut into it.
func groupRoom(g *spec.Group) float64 {
	return math.Max(groupPad, 0.3*cornerRadius(g)+6)
}

// labelIndent is how far a group's label sits from the frame's left side:
// groupPad, or clear of a round corner's curve at the label's top.
func labelIndent(g *spec.Group) float64 {
	r, y := cornerRadius(g), groupPad/2.0
	if y >= r {
		return groupPad
	}
	return math.Max(groupPad, r-math.Sqrt(r*r-(r-y)*(r-y))+6)
}

// items draws the group frames, outer ones first, each with its label at
// its top-left corner inside; a label that collides may move to the
// top-right corner, or the middle of the top (the movers, indexed in the
// items).
func (f *frames) items(r resolver, prefix string) ([]scene.Item, []mover) {
	var out []scene.Item
	var movers []mover
	depth := func(id string) int {
		n := 0
		for g := f.parent[id]; g != ""; g = f.parent[g] {
			n++
		}
		return n
	}
	maxDepth := 0
	for _, g := range f.d.Groups {
		maxDepth = max(maxDepth, depth(g.ID))
	}
	for lvl := 0; lvl <= maxDepth; lvl++ {
		for i := range f.d.Groups {
			g := &f.d.Groups[i]
			if depth(g.ID) != lvl {
				continue
			}
			its := stamp(f.groupItems(r, g, prefix+"groups["+strconv.Itoa(i)+"]"), int(g.Step))
			if len(its) == 2 {
				free := f.boxes[g.ID].W - 2*labelIndent(g) - f.label[g.ID].W
				if free > 0 {
					movers = append(movers, mover{at: []int{len(out) + 1},
						moves: func() [][]geom.Point { return [][]geom.Point{{geom.Pt(free, 0)}, {geom.Pt(free/2, 0)}} }})
				}
			}
			out = append(out, its...)
		}
	}
	return out, movers
}

func (f *frames) groupItems(r resolver, g *spec.Group, path string) []scene.Item {
	box := f.boxes[g.ID]
	l := look{Stroke: g.Stroke, StrokeStyle: g.StrokeStyle, Fill: g.Fill, FillStyle: g.FillStyle}
	if l.StrokeStyle == "" {
		l.StrokeStyle = spec.StrokeDashed
	}
	st := r.style(l, "", path+".stroke", path+".fill")
	out := []scene.Item{{ID: "group:" + g.ID, Kind: scene.Rect, Box: box, Style: st, Radius: g.Rounded.Radius}}
	if g.Label != "" {
		lb := f.label[g.ID]
		color := r.color("", r.env.Theme.TextColor, path)
		t := textSpec{ID: "group:" + g.ID + ":label", Text: g.Label, Size: f.size, Color: color, Align: scene.Left}
		at := geom.Rect{X: box.X + labelIndent(g), Y: box.Y + groupPad/2, W: lb.W, H: lb.H}
		out = append(out, textInBox(r.env.Text, t, at))
	}
	return out
}
