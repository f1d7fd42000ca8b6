package spec

// pictureKeys reports the keys of a node that its drawing does not use:
// a node drawn as an icon or an image has no outline, so what shapes or
// paints one (shape, rounded, cap, stroke_width, stroke_style, fill_style,
// roughness) would be dropped without a word, as would nodes inside it, a
// picture's stroke and fill (only an icon is recoloured), and the size of
// the icon or the picture it does not have; and so is an image written
// with an icon. [defaults] are not reported, as other shapes' defaults
// are not.
func (c checker) pictureKeys(p string, n *Node) {
	if n.IconSize != 0 && n.Icon == "" {
		c.errorf(p+".icon_size", "icon_size sizes the node's icon, and it has none: add icon = \"...\"")
	}
	if n.ImageSize != 0 && n.Image == "" {
		c.errorf(p+".image_size", "image_size sizes the node's image, and it has none: add image = \"...\"")
	}
	if n.Icon == "" && n.Image == "" {
		return
	}
	if n.Icon != "" && n.Image != "" {
		c.errorf(p+".image", "a node is drawn as an icon or as an image, not both: remove icon or image")
	}
	c.iconAt(p+".icon", "", n.Icon, c.errorf)
	key := "icon"
	if n.Icon == "" {
		key = "image"
	}
	if n.Shape != "" {
		c.errorf(p+".shape", "shape %q has no effect on a node drawn as an %s: remove shape, or remove %s to draw the shape", n.Shape, key, key)
	}
	for _, k := range []struct {
		key string
		set bool
	}{
		{"rounded", n.Rounded.Set},
		{"cap", n.Cap != 0},
		{"fill", n.Fill != "" && key == "image"},
		{"fill_style", n.FillStyle != ""},
		{"stroke", n.Stroke != "" && key == "image"},
		{"stroke_width", n.StrokeWidth != 0},
		{"stroke_style", n.StrokeStyle != ""},
		{"roughness", n.Roughness != nil},
		{"inside", !n.Inside.zero()},
	} {
		if k.set {
			c.errorf(p+"."+k.key, "%s has no effect on a node drawn as an %s: remove %s, or remove %s to draw a shape", k.key, key, k.key, key)
		}
	}
}
