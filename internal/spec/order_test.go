package spec

import (
	"testing"
)

// TestStartAngleErrors checks whole messages for start_angle: a range in
// degrees, and only where a layout goes around a centre.
func TestStartAngleErrors(t *testing.T) {
	const node = "[[nodes]]\nid = \"a\"\n"
	tests := []decodeCase{
		{"out of range", "[layout]\nengine = \"twopi\"\nstart_angle = 400\n" + node,
			[]string{`d.toml:3:1: start_angle must be a number of degrees from -360 to 360 (0 is twelve o'clock, 90 three o'clock), not 400`}},
		{"dot has no centre", "[layout]\nstart_angle = 90\n" + node,
			[]string{`d.toml:2:1: start_angle orders nodes around a centre: it needs engine = "twopi" or "circo", not "dot"`}},
		{"in a panel", "kind = \"panels\"\n[[panels]]\nid = \"p\"\n[panels.layout]\nengine = \"neato\"\nstart_angle = 0\n[[panels.nodes]]\nid = \"a\"\n",
			[]string{`d.toml:6:1: start_angle orders nodes around a centre: it needs engine = "twopi" or "circo", not "neato"`}},
		{"mind map not radial", "kind = \"mindmap\"\n[mindmap]\ntopic = \"T\"\nstart_angle = 90\n",
			[]string{`d.toml:4:1: start_angle turns the radial layout; set layout = "radial" (the layout is "balanced")`}},
	}
	checkDecodeErrors(t, tests)
}
