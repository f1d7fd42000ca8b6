package layout

import (
	"math"

	"github.com/sketchdeck/sketchdeck/internal/geom"
	"github.com/sketchdeck/sketchdeck/internal/scene"
	"github.com/sketchdeck/sketchdeck/internal/spec"
)

// statusDot is the coloured dot centred on a node's top-right corner.
func statusDot(r resolver, n *spec.Node, shape geom.Rect, path string) scene.Item {
	c := r.color(spec.Color(n.Status), "", path)
	return scene.Item{
		ID: nodeID(n.ID, "status"), Kind: scene.Ellipse,
		Box: statusBox(r.env.Theme.StatusSize, shape), Style: r.fillStyle(c),
	}
}

// statusBox is the box of the status dot on a node whose shape is in
// shape: the theme's size, smaller on a small node, centred on the
// top-right corner.
func statusBox(size float64, shape geom.Rect) geom.Rect {
	size = math.Min(size, math.Max(16, 0.45*math.Min(shape.W, shape.H)))
	return geom.RectCenter(geom.Pt(shape.X+shape.W, shape.Y), size, size)
}

// holdStatus grows a graph node's centred footprint to hold its status
// dot, which sticks out of the shape's top-right corner, and centres it
// again: Graphviz then keeps the dot clear of the node's neighbours, as it
// keeps their shapes. Without it the dot overlapped the next node. It
// grows on the dot's sides only: grown evenly about the centre, a row of
// nodes with dots spread wider and their arrows' ends moved under the
// dots. A node
// inside a node keeps its cell: its holder's size is often written, and a
// wider cell would push the dot into the holder's border instead.
func (nd *node) holdStatus(size float64) {
	if nd.spec.Status == "" {
		return
	}
	box := nd.foot.Union(statusBox(size, nd.shape))
	if box == nd.foot {
		return
	}
	c := box.Center().Scale(-1)
	nd.foot, nd.shape = box.Translate(c), nd.shape.Translate(c)
	if !nd.label.Empty() {
		nd.label = nd.label.Translate(c)
	}
}
