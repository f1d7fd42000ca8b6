package spec

// checkBlockEdge reports what a block edge (style = "block") cannot draw:
// it is a straight wide arrow whose heads are its own, so a curve, a bend
// or a named line head would be silently ignored. An edge from a node to
// itself is left to checkSelfLoop, which reports the block style and the
// curve or bend a loop cannot draw either, each once.
func (c checker) checkBlockEdge(p string, e *Edge) {
	if e.Style != EdgeBlock || e.From != "" && e.From == e.To {
		return
	}
	if e.Curve != "" {
		c.errorf(p+".curve", "curve has no effect on a block edge (style = \"block\"), which is straight: drop curve, or pick another style")
	}
	if e.Bend != 0 {
		c.errorf(p+".bend", "bend has no effect on a block edge (style = \"block\"), which is straight: drop bend, or pick another style")
	}
	for _, h := range []struct {
		key  string
		name ArrowHead
	}{{"arrowhead", e.ArrowHead}, {"arrowtail", e.ArrowTail}} {
		if h.name != "" && h.name != HeadNone {
			c.errorf(p+"."+h.key, "%s = %q has no effect on a block edge (style = \"block\"), whose heads are its own: arrow picks its ends (\"end\", \"start\", \"both\" or \"none\")", h.key, h.name)
		}
	}
}
