package layout

import (
	"strconv"

	"github.com/sketchdeck/sketchdeck/internal/geom"
	"github.com/sketchdeck/sketchdeck/internal/scene"
	"github.com/sketchdeck/sketchdeck/internal/shape"
	"github.com/sketchdeck/sketchdeck/internal/spec"
)

// labelSpace is the gap between a shape and a label beside it, px.
const labelSpace = 10

// node is a node sized for layout: its shape box relative to its centre,
// and the footprint (shape plus any outside label) Graphviz must keep free.
type node struct {
	spec  *spec.Node
	path  string // key path, "nodes[3]", for error positions
	style spec.NodeStyle
	kind  scene.Kind // the outline's, or scene.Label for a shape that draws none
	sh    *shape.Shape
	shape geom.Rect   // relative to the footprint's centre
	label geom.Rect   // relative to the footprint's centre; empty when no label
	dot   geom.Rect   // the status dot's box, relative to the footprint's centre; empty when none
	foot  geom.Rect   // centred on 0,0
	inner []innerNode // nodes drawn inside this one (inside.go)
	// wrapped is the label wrapped to fit a translation to the original's
	// size (nodewrap.go); nil: the label as written.
	wrapped *richText
}

// shapeOf is the registry's entry for a node's shape; spec validated the
// name, so a miss is a programming error.
func shapeOf(s spec.Shape) *shape.Shape {
	if s == "" {
		return shape.Default()
	}
	sh, ok := shape.Named(string(s))
	if !ok {
		panic("layout: shape " + strconv.Quote(string(s)) + " is not in internal/shape's registry")
	}
	return sh
}

// sizeNode measures a node's label and fits its shape and footprint.
func sizeNode(n *spec.Node, def spec.NodeStyle, env Env) node {
	return sizeNodeWrapped(n, def, env, 0)
}

// sizeNodeWrapped is sizeNode with the label's words wrapped at width
// (0: as written).
func sizeNodeWrapped(n *spec.Node, def spec.NodeStyle, env Env, width float64) node {
	st := merge(n.NodeStyle, def)
	sh := shapeOf(st.Shape)
	st.Shape = spec.Shape(sh.Name)
	if st.FontSize == 0 {
		st.FontSize = env.Theme.FontSize
	}
	if n.Icon != "" || n.Image != "" {
		return sizeIconNode(n, st, env, width)
	}
	if st.LabelPosition == "" {
		st.LabelPosition = spec.Inside
	}
	label := nodeText(n, st, "")
	if width > 0 {
		label = label.wrap(env.Text, width)
	}
	var lw, lh float64
	if !label.empty() {
		lw, lh = label.measure(env.Text)
	}
	w, h := st.Width, st.Height
	if sh.Equal {
		w, h = max(w, h), max(w, h)
	}
	// A shape that draws nothing has no beside: its label is all of it.
	inside := st.LabelPosition == spec.Inside || sh.Outline == nil
	if label.empty() || !inside {
		if w == 0 {
			w = sh.Width
		}
		if h == 0 {
			h = sh.Height
		}
	}
	if inside && lw != 0 {
		w, h = sh.Fit(w, h, lw, lh)
	}
	inner, iw, ih := sizeInner(n, env)
	// A label inside a node that holds nodes heads them, in a band of
	// its own at the top, instead of being written over them.
	band := 0.0
	if len(inner) > 0 && inside && !label.empty() {
		band = lh + pick(n.Inside.Padding, innerPadding)/2
		iw, ih = max(iw, lw+2*labelSpace), ih+band
		for i := range inner {
			inner[i].at.Y += band / 2
		}
	}
	if n.Width == 0 && n.Height == 0 {
		w, h = max(w, iw), max(h, ih)
	}
	nd := node{spec: n, style: st, kind: scene.Label, sh: sh, inner: inner}
	if width > 0 {
		nd.wrapped = &label
	}
	if sh.Outline != nil {
		nd.kind = scene.Kind(sh.Outline.Name)
	}
	nd.shape = geom.RectCenter(geom.Point{}, w, h)
	if !label.empty() {
		nd.label = labelBox(st.LabelPosition, inside, nd.shape, lw, lh)
	}
	if band > 0 {
		top := nd.shape.Y + pick(n.Inside.Padding, innerPadding)/2
		nd.label = geom.Rect{X: nd.label.X, Y: top, W: lw, H: lh}
	}
	nd.centre()
	return nd
}

// nodeText is a node's label, plain or in lines; path is the node's key
// path, for the lines' colour errors.
func nodeText(n *spec.Node, st spec.NodeStyle, path string) richText {
	return richText{plain: n.Label, lines: n.Lines, size: st.FontSize, path: path + ".lines"}
}

// centre fits the footprint around the shape and its label and centres it
// on 0,0, so that Graphviz's centre is ours.
func (nd *node) centre() {
	nd.foot = nd.shape.Union(nd.label)
	c := nd.foot.Center().Scale(-1)
	nd.shape, nd.foot = nd.shape.Translate(c), nd.foot.Translate(c)
	if !nd.label.Empty() {
		nd.label = nd.label.Translate(c)
	}
}

// labelBox places a label of lw×lh inside or beside a shape.
func labelBox(side spec.Side, inside bool, shape geom.Rect, lw, lh float64) geom.Rect {
	c := shape.Center()
	switch {
	case inside:
		return geom.RectCenter(c, lw, lh)
	case side == spec.Above:
		return geom.RectCenter(geom.Pt(c.X, shape.Y-labelSpace-lh/2), lw, lh)
	case side == spec.Below:
		return geom.RectCenter(geom.Pt(c.X, shape.Y+shape.H+labelSpace+lh/2), lw, lh)
	case side == spec.Left:
		return geom.RectCenter(geom.Pt(shape.X-labelSpace-lw/2, c.Y), lw, lh)
	}
	return geom.RectCenter(geom.Pt(shape.X+shape.W+labelSpace+lw/2, c.Y), lw, lh)
}

// items emits a placed node: shape, tokens, label, status dot.
func (nd node) items(r resolver, at geom.Point) []scene.Item {
	n, st := nd.spec, nd.style
	shape := nd.shape.Translate(at)
	var out []scene.Item
	if nd.sh.Outline != nil {
		it := scene.Item{
			ID: nodeID(n.ID, ""), Kind: nd.kind, Box: shape,
			Style: r.shapeStyle(st, nd.sh.Fill, nd.path),
		}
		if nd.sh.OnSide {
			it.Box, it.Rotate = geom.RectCenter(shape.Center(), shape.H, shape.W), -90
		}
		it.Radius, it.Cap = figureParams(nd.sh.Outline, st.Rounded, st.Cap, it.Box)
		out = append(out, it)
	}
	if n.Icon != "" {
		out = append(out, nd.icon(r, shape)...)
	}
	if n.Image != "" {
		if img := r.image(n.Image, nd.path+".image"); img != nil {
			out = append(out, imageItem(nodeID(n.ID, "image"), img, shape))
		}
	}
	out = append(out, nd.innerItems(r, shape)...)
	out = append(out, nd.bands(r, shape)...)
	out = append(out, nd.tokens(r, shape)...)
	label := nodeText(n, st, nd.path)
	if nd.wrapped != nil {
		label.plain, label.lines = nd.wrapped.plain, nd.wrapped.lines
	}
	if !label.empty() {
		color := r.color(st.TextColor, r.env.Theme.TextColor, nd.path+".text_color")
		out = append(out, label.items(r, nodeID(n.ID, "label"), color, "", nd.label.Translate(at))...)
	}
	if n.Status != "" {
		out = append(out, statusDot(r, n, shape, nd.path+".status"))
	}
	return out
}

// figureParams are the corner radius and the lid height an item of
// outline o in box carries, from rounded and cap as written; an outline
// that does not take one gets 0 (a default may ask for it).
func figureParams(o *shape.Outline, round spec.Corner, lid float64, box geom.Rect) (radius, cap float64) {
	if o.Rounds {
		radius = round.Radius
	}
	if o.Capped {
		cap = spec.CapHeight(lid, box.H)
	}
	return radius, cap
}

// params are the figure parameters of a node's outline, for clipping
// arrows at it.
func (nd node) params() shape.Params {
	if nd.sh.Outline == nil {
		return shape.Params{}
	}
	box := nd.shape
	if nd.sh.OnSide {
		box.W, box.H = box.H, box.W
	}
	r, c := figureParams(nd.sh.Outline, nd.style.Rounded, nd.style.Cap, box)
	return shape.Params{Radius: r, Cap: c}
}

// tokens draws a node's tokens in a row, in the body of the shape (below
// the label when the label is inside).
func (nd node) tokens(r resolver, shape geom.Rect) []scene.Item {
	toks := spec.AllTokens(nd.style.Token, nd.spec.Tokens)
	if len(toks) == 0 {
		return nil
	}
	size := nd.style.TokenSize
	if size == 0 {
		size = r.env.Theme.TokenSize
	}
	c := shape.Center()
	if nd.sh.Body != nil {
		c = nd.sh.Body(shape)
	}
	if !nodeText(nd.spec, nd.style, "").empty() && nd.style.LabelPosition == spec.Inside {
		c.Y = nd.label.Y + nd.label.H + size/2 + 8
	}
	return tokenRow(r, nodeID(nd.spec.ID, "token"), toks, size, c, geom.Pt(1, 0), nd.path+".token")
}

// bands draws a node's full-width strips: each at its place, or stacked
// from the top in order when it has none.
func (nd node) bands(r resolver, shape geom.Rect) []scene.Item {
	var out []scene.Item
	y := shape.Y
	for i, b := range nd.spec.Bands {
		h := b.Size
		if h <= 1 {
			h *= shape.H
		}
		top := y
		switch b.At {
		case spec.BandTop:
			top = shape.Y
		case spec.BandMiddle:
			top = shape.Y + (shape.H-h)/2
		case spec.BandBottom:
			top = shape.Y + shape.H - h
		default:
			y += h
		}
		out = append(out, scene.Item{
			ID: nodeID(nd.spec.ID, "band:"+strconv.Itoa(i)), Kind: scene.Rect,
			Box: geom.Rect{X: shape.X, Y: top, W: shape.W, H: h}, Style: r.fillStyle(r.color(b.Color, "", nd.path+".bands["+strconv.Itoa(i)+"].color")),
		})
	}
	return out
}
