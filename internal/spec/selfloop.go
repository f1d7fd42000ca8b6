package spec

// checkSelfLoop reports what an edge from a node to itself cannot draw: it
// is a loop over a corner of the node, of one shape, so a side, a
// curve, a bend, a scribble or a block would be silently ignored.
func (c checker) checkSelfLoop(p string, e *Edge) {
	if e.From == "" || e.From != e.To {
		return
	}
	for _, k := range []struct {
		key string
		set bool
	}{
		{"from_side", e.FromSide != ""},
		{"to_side", e.ToSide != ""},
		{"curve", e.Curve != ""},
		{"bend", e.Bend != 0},
	} {
		if k.set {
			c.errorf(p+"."+k.key, "%s has no effect on edge %s, which is drawn as a loop over a corner of its node: drop %s", k.key, e.Name(), k.key)
		}
	}
	if e.Style == EdgeSquiggly || e.Style == EdgeBlock {
		c.errorf(p+".style", "style %q has no effect on edge %s, which is drawn as a loop over a corner of its node: drop style, or pick solid, dashed, dotted or curl", e.Style, e.Name())
	}
}
