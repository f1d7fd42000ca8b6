package layout

import (
	"github.com/sketchdeck/sketchdeck/internal/geom"
	"github.com/sketchdeck/sketchdeck/internal/spec"
)

// balanced places the main branches right and left of the centre (or all
// to the right), each subtree in a horizontal band of its own: a topic sits
// in its band, its children in sub-bands further out. Bands never overlap
// and connectors run in the blank between a topic and its children, so no
// two topics overlap and no connector crosses a topic, whatever the input.
func (mm *mindmap) balanced(oneSided bool) {
	mm.radialOK = false
	for _, n := range mm.root.kids {
		mm.measureBand(n)
	}
	right, left := mm.split(oneSided)
	root := mm.root
	root.box = geom.RectCenter(geom.Point{}, root.w, root.h)
	gap := mm.levelGap * 1.3
	mm.placeSide(right, root.box.X+root.box.W+gap, 1)
	// Clockwise, as XMind reads: the left side's first branch is at the bottom.
	rev := make([]*mmNode, len(left))
	for i, n := range left {
		rev[len(left)-1-i] = n
	}
	mm.placeSide(rev, root.box.X-gap, -1)
}

// measureBand sets the height of n's band: its own height or its children's
// bands stacked, whichever is taller.
func (mm *mindmap) measureBand(n *mmNode) {
	for _, k := range n.kids {
		mm.measureBand(k)
	}
	n.band = n.h
	if len(n.kids) > 0 {
		n.band = max(n.h, mm.stackHeight(n.kids))
	}
}

// stackHeight is the height of measured sibling bands stacked with their
// gaps.
func (mm *mindmap) stackHeight(kids []*mmNode) float64 {
	total := 0.0
	for i, k := range kids {
		if i > 0 {
			total += mm.gapBelow(k)
		}
		total += k.band
	}
	return total
}

// gapBelow is the blank between two sibling bands: wider between main
// branches, which are boxed.
func (mm *mindmap) gapBelow(n *mmNode) float64 {
	if n.depth == 1 {
		return mm.sibGap * 2
	}
	return mm.sibGap
}

// split deals the main branches to the right and left, in order, so that
// both sides are about as tall; a branch's side pins it.
func (mm *mindmap) split(oneSided bool) (right, left []*mmNode) {
	kids := mm.root.kids
	if oneSided {
		return kids, nil
	}
	total := 0.0
	for _, n := range kids {
		total += n.band
	}
	rightH := 0.0
	for _, n := range kids {
		switch {
		case n.side == spec.Right:
		case n.side == spec.Left, rightH >= total/2 && len(right) > 0:
			left = append(left, n)
			continue
		}
		right = append(right, n)
		rightH += n.band
	}
	return right, left
}

// placeSide stacks main branches in one column centred on the centre's
// height; x is the column's inner edge, dir +1 for the right side.
func (mm *mindmap) placeSide(kids []*mmNode, x, dir float64) {
	if len(kids) == 0 {
		return
	}
	top := -mm.stackHeight(kids) / 2
	mm.placeKids(kids, top, x, dir)
}

// placeKids places sibling subtrees from top down, inner edges at x.
func (mm *mindmap) placeKids(kids []*mmNode, top, x, dir float64) {
	for i, k := range kids {
		if i > 0 {
			top += mm.gapBelow(k)
		}
		mm.placeBand(k, top, x, dir)
		top += k.band
	}
}

// placeBand places n in the band starting at top, and its subtree: the
// children in a stack, n level with their middle but inside its band.
func (mm *mindmap) placeBand(n *mmNode, top, x, dir float64) {
	n.dir = dir
	left := x
	if dir < 0 {
		left = x - n.w
	}
	cy := top + n.band/2
	if len(n.kids) > 0 {
		stack := mm.stackHeight(n.kids)
		kidTop := top + (n.band-stack)/2
		next := x + dir*(n.w+mm.levelGap)
		mm.placeKids(n.kids, kidTop, next, dir)
		first, last := n.kids[0].box.Center().Y, n.kids[len(n.kids)-1].box.Center().Y
		cy = min(max((first+last)/2, top+n.h/2), top+n.band-n.h/2)
	}
	n.box = geom.Rect{X: left, Y: cy - n.h/2, W: n.w, H: n.h}
}
