package layout

import (
	"cmp"
	"slices"
	"sort"

	"github.com/sketchdeck/sketchdeck/internal/geom"
)

// nodeIndex finds the nodes whose outline (with its label) may meet a box,
// for going around nodes: an edge of a large graph passes near a few of its
// nodes, and testing it against every one was most of what the layout did
// after Graphviz answered. The reaches are sorted by their left sides: a
// query looks only at those that start within the widest reach's width
// before the box and before its right side.
type nodeIndex struct {
	os    []outline
	reach []geom.Rect // os[k]'s reach (outline.reach)
	byX   []int       // the indexes of os, by their reaches' left sides
	left  []float64   // reach[byX[i]].X
	wide  float64     // the widest reach
}

func newNodeIndex(os []outline) *nodeIndex {
	ix := &nodeIndex{os: os, reach: make([]geom.Rect, len(os)), byX: make([]int, len(os)), left: make([]float64, len(os))}
	for k, o := range os {
		ix.reach[k] = o.reach()
		ix.byX[k] = k
		// Not max: a NaN width (a node that meets nothing) would make
		// every query find nothing.
		if w := ix.reach[k].W; w > ix.wide {
			ix.wide = w
		}
	}
	// cmp.Compare puts a NaN left side (which meets nothing) first.
	slices.SortStableFunc(ix.byX, func(a, b int) int { return cmp.Compare(ix.reach[a].X, ix.reach[b].X) })
	for i, k := range ix.byX {
		ix.left[i] = ix.reach[k].X
	}
	return ix
}

// overlapping appends to buf the indexes, in increasing order, of the
// nodes whose reach overlaps r: the ones a test of every node's reach
// would find, in its order.
func (ix *nodeIndex) overlapping(buf []int, r geom.Rect) []int {
	// Overlapping r needs a left side below r's right side and a right
	// side past r's left, so a left side past r's left minus the widest
	// reach: a px of slack on each side keeps rounding out of it.
	lo, hi := r.X-ix.wide-1, r.X+r.W+1
	start := sort.Search(len(ix.left), func(i int) bool { return ix.left[i] >= lo })
	n := len(buf)
	for i := start; i < len(ix.left) && ix.left[i] <= hi; i++ {
		if k := ix.byX[i]; ix.reach[k].Overlaps(r) {
			buf = append(buf, k)
		}
	}
	slices.Sort(buf[n:])
	return buf
}
