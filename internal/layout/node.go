package layout

import (
	"math"
	"strconv"

	"github.com/sketchdeck/sketchdeck/internal/geom"
	"github.com/sketchdeck/sketchdeck/internal/scene"
	"github.com/sketchdeck/sketchdeck/internal/spec"
)

// Padding around a label inside its shape, px.
const (
	padX       = 20
	padY       = 14
	labelSpace = 10 // between a shape and a label beside it
)

// node is a node sized for layout: its shape box relative to its centre,
// and the footprint (shape plus any outside label) Graphviz must keep free.
type node struct {
	spec  *spec.Node
	path  string // key path, "nodes[3]", for error positions
	style spec.NodeStyle
	kind  scene.Kind
	shape geom.Rect   // relative to the footprint's centre
	label geom.Rect   // relative to the footprint's centre; empty when no label
	foot  geom.Rect   // centred on 0,0
	inner []innerNode // nodes drawn inside this one (inside.go)
}

// defaultSize is a shape's size when it has neither label nor size.
func defaultSize(s spec.Shape) (w, h float64) {
	switch s {
	case spec.Circle:
		return 52, 52
	case spec.Square:
		return 100, 100
	case spec.Diamond:
		return 90, 90
	case spec.Cylinder:
		return 104, 130
	case spec.Ellipse:
		return 120, 80
	case spec.Tube:
		return 330, 132
	}
	return 120, 80
}

// fit grows a shape to hold a label of size lw×lh: a label never spills.
func fit(s spec.Shape, w, h, lw, lh float64) (float64, float64) {
	if lw == 0 {
		return w, h
	}
	bw, bh := lw+2*padX, lh+2*padY
	switch s {
	case spec.Circle:
		d := math.Max(math.Hypot(lw, lh)+padY, math.Max(w, h))
		return d, d
	case spec.Ellipse:
		return math.Max(w, bw*math.Sqrt2), math.Max(h, bh*math.Sqrt2)
	case spec.Diamond:
		return math.Max(w, 2*lw+padX), math.Max(h, 2*lh+padY)
	case spec.Square:
		d := math.Max(math.Max(w, h), math.Max(bw, bh))
		return d, d
	case spec.Cylinder:
		// The top ellipse takes about a fifth of the height.
		return math.Max(w, bw), math.Max(h, bh*1.4)
	case spec.TextOnly:
		return math.Max(w, lw), math.Max(h, lh)
	}
	return math.Max(w, bw), math.Max(h, bh)
}

func shapeKind(s spec.Shape) scene.Kind {
	switch s {
	case spec.Circle, spec.Ellipse:
		return scene.Ellipse
	case spec.Diamond:
		return scene.Diamond
	case spec.Cylinder, spec.Tube:
		return scene.Cylinder
	case spec.TextOnly:
		return scene.Label
	}
	return scene.Rect
}

// sizeNode measures a node's label and fits its shape and footprint.
func sizeNode(n *spec.Node, def spec.NodeStyle, env Env) node {
	st := merge(n.NodeStyle, def)
	if st.Shape == "" {
		st.Shape = spec.Rectangle
	}
	if st.FontSize == 0 {
		st.FontSize = env.Theme.FontSize
	}
	if st.LabelPosition == "" {
		st.LabelPosition = spec.Inside
	}
	var lw, lh float64
	if n.Label != "" {
		lw, lh = measure(env.Text, n.Label, st.FontSize)
	}
	w, h := st.Width, st.Height
	if st.Shape == spec.Circle || st.Shape == spec.Square {
		w, h = max(w, h), max(w, h)
	}
	inside := st.LabelPosition == spec.Inside || st.Shape == spec.TextOnly
	if n.Label == "" || !inside {
		dw, dh := defaultSize(st.Shape)
		if w == 0 {
			w = dw
		}
		if h == 0 {
			h = dh
		}
	}
	if inside {
		w, h = fit(st.Shape, w, h, lw, lh)
	}
	inner, iw, ih := sizeInner(n, env)
	if n.Width == 0 && n.Height == 0 {
		w, h = max(w, iw), max(h, ih)
	}
	nd := node{spec: n, style: st, kind: shapeKind(st.Shape), inner: inner}
	nd.shape = geom.RectCenter(geom.Point{}, w, h)
	if n.Label != "" {
		nd.label = labelBox(st.LabelPosition, inside, nd.shape, lw, lh)
	}
	nd.foot = nd.shape.Union(nd.label)
	// Centre the footprint on 0,0 so that Graphviz's centre is ours.
	c := nd.foot.Center().Scale(-1)
	nd.shape, nd.foot = nd.shape.Translate(c), nd.foot.Translate(c)
	if n.Label != "" {
		nd.label = nd.label.Translate(c)
	}
	return nd
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
	if nd.kind != scene.Label {
		def := ""
		if nd.kind == scene.Cylinder {
			def = "white"
		}
		it := scene.Item{
			ID: nodeID(n.ID, ""), Kind: nd.kind, Box: shape,
			Style: r.shapeStyle(st, def, nd.path),
		}
		if st.Shape == spec.Tube {
			// A cylinder on its side: its top ellipse becomes the left end.
			it.Box, it.Rotate = geom.RectCenter(shape.Center(), shape.H, shape.W), -90
		}
		out = append(out, it)
	}
	out = append(out, nd.innerItems(r, shape)...)
	out = append(out, nd.bands(r, shape)...)
	out = append(out, nd.tokens(r, shape)...)
	if n.Label != "" {
		color := r.color(st.TextColor, r.env.Theme.TextColor, nd.path+".text_color")
		t := textSpec{ID: nodeID(n.ID, "label"), Text: n.Label, Size: st.FontSize, Color: color}
		out = append(out, textInBox(r.env.Text, t, nd.label.Translate(at)))
	}
	if n.Status != "" {
		out = append(out, statusDot(r, n, shape, nd.path+".status"))
	}
	return out
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
	if nd.kind == scene.Cylinder && nd.style.Shape != spec.Tube {
		c.Y = shape.Y + shape.H*0.6
	}
	if nd.spec.Label != "" && nd.style.LabelPosition == spec.Inside {
		c.Y = nd.label.Y + nd.label.H + size/2 + 8
	}
	return tokenRow(r, nodeID(nd.spec.ID, "token"), toks, size, c, geom.Pt(1, 0), nd.path+".token")
}

// statusDot is the coloured dot centred on a node's top-right corner.
func statusDot(r resolver, n *spec.Node, shape geom.Rect, path string) scene.Item {
	size := r.env.Theme.StatusSize
	size = math.Min(size, math.Max(16, 0.45*math.Min(shape.W, shape.H)))
	c := r.color(spec.Color(n.Status), "", path)
	corner := geom.Pt(shape.X+shape.W, shape.Y)
	return scene.Item{
		ID: nodeID(n.ID, "status"), Kind: scene.Ellipse,
		Box: geom.RectCenter(corner, size, size), Style: r.fillStyle(c),
	}
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
