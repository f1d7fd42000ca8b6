package layout

import (
	"github.com/sketchdeck/sketchdeck/internal/geom"
	"github.com/sketchdeck/sketchdeck/internal/scene"
	"github.com/sketchdeck/sketchdeck/internal/spec"
)

// defaultIconSize is the side of a node's icon when icon_size is not set, px.
const defaultIconSize = 64

// sizeIconNode sizes a node drawn as an icon: a square of icon_size (or
// width × height) with its label below it, or where label_position says;
// "inside" writes the label over the icon. The node draws no outline, and
// arrows end at the icon's box. width, when not 0, wraps the label's
// words at it (fitNodes).
func sizeIconNode(n *spec.Node, st spec.NodeStyle, env Env, width float64) node {
	if st.LabelPosition == "" {
		st.LabelPosition = spec.Below
	}
	size := st.IconSize
	if size == 0 {
		size = defaultIconSize
	}
	w, h := size, size
	switch {
	case n.Image != "":
		w, h = nodeImageSize(n, st, env)
	case n.Width != 0 || n.Height != 0:
		w, h = max(n.Width, w), max(n.Height, h)
	}
	sh := shapeOf("text")
	nd := node{spec: n, style: st, kind: scene.Label, sh: sh}
	nd.shape = geom.RectCenter(geom.Point{}, w, h)
	label := nodeText(n, st, "")
	if width > 0 {
		label = label.wrap(env.Text, width)
		nd.wrapped = &label
	}
	if !label.empty() {
		lw, lh := label.measure(env.Text)
		nd.label = labelBox(st.LabelPosition, st.LabelPosition == spec.Inside, nd.shape, lw, lh)
	}
	nd.centre()
	return nd
}

// icon draws a node's icon into its box, recoloured by the node's stroke
// (a part's ink) and fill (a part's fill role) when it sets them; an unknown icon is an error at the node's
// icon key, with the library's suggestions.
func (nd node) icon(r resolver, box geom.Rect) []scene.Item {
	at := nd.path + ".icon"
	name := nd.spec.Icon
	if r.env.Parts == nil {
		r.errorAt(at, "icon %q: no parts library is loaded", name)
		return nil
	}
	if err := r.env.Parts.Check(name); err != nil {
		r.errorAt(at, "%v", err)
		return nil
	}
	o := PartOptions{Colors: map[string]string{}, Budget: r.env.Budget}
	if nd.style.Stroke != "" {
		o.Colors["stroke"] = r.color(nd.style.Stroke, "", nd.path+".stroke")
	}
	if nd.style.Fill != "" {
		o.Colors["fill"] = r.color(nd.style.Fill, "", nd.path+".fill")
	}
	items, err := r.env.Parts.Place(name, nodeID(nd.spec.ID, "icon"), box, o)
	if err != nil {
		r.errorAt(at, "icon %q: %v", name, err)
	}
	return items
}

// nodeImageSize is the box of a node's picture: image_size (or its own
// size) scaled to the node's width or height when one is set, or both
// when both are (the picture is then fitted inside).
func nodeImageSize(n *spec.Node, st spec.NodeStyle, env Env) (w, h float64) {
	img := env.Images[n.Image]
	if img == nil {
		return 1, 1 // reported at the image key when the node is drawn
	}
	w, h = imageSize(img, st.ImageSize)
	switch {
	case n.Width > 0 && n.Height > 0:
		return n.Width, n.Height
	case n.Width > 0:
		return n.Width, h * n.Width / w
	case n.Height > 0:
		return w * n.Height / h, n.Height
	}
	return w, h
}
