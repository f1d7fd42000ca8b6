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

// TestLaneGroupErrors checks whole messages for lanes and groups: unknown
// ids with did-you-mean and the choices, a node in two groups, a group
// inside itself or across lanes.
func TestLaneGroupErrors(t *testing.T) {
	const lanes = "[[lanes]]\nid = \"dev\"\n[[lanes]]\nid = \"ops\"\n"
	tests := []decodeCase{
		{"unknown lane", lanes + "[[nodes]]\nid = \"a\"\nlane = \"dve\"\n",
			[]string{`d.toml:7:1: node "a": unknown lane "dve" (did you mean "dev"?): valid lanes are "dev" or "ops"`}},
		{"node without lane", lanes + "[[nodes]]\nid = \"a\"\n",
			[]string{`d.toml:5:1: node "a" has no lane: with [[lanes]], every node says lane = "dev" or "ops"`}},
		{"lane without lanes", "[[nodes]]\nid = \"a\"\nlane = \"dev\"\n",
			[]string{`d.toml:3:1: node "a": lane "dev", but the graph has no [[lanes]]`}},
		{"lanes need dot", "[layout]\nengine = \"neato\"\n" + lanes + "[[nodes]]\nid = \"a\"\nlane = \"dev\"\n",
			[]string{`d.toml:2:1: lanes are laid out by dot, not "neato": drop engine or set engine = "dot"`}},
		{"bad lane rule", "[layout]\nlane_rule = \"wavy\"\n" + lanes + "[[nodes]]\nid = \"a\"\nlane = \"dev\"\n",
			[]string{`d.toml:2:1: unknown stroke style "wavy": valid choices are "solid", "dashed" or "dotted"`}},
		{"duplicate lane", lanes + "[[lanes]]\nid = \"dev\"\n[[nodes]]\nid = \"a\"\nlane = \"dev\"\n",
			[]string{`d.toml:6:1: duplicate lane id "dev"`}},
		{"unknown group member", "[[groups]]\nid = \"g\"\nnodes = [\"cahce\"]\n[[nodes]]\nid = \"cache\"\n",
			[]string{`d.toml:3:1: group "g": unknown node or group "cahce" (did you mean "cache"?)`}},
		{"unknown group on a node", "[[groups]]\nid = \"back\"\n[[nodes]]\nid = \"a\"\ngroup = \"bak\"\n",
			[]string{`d.toml:5:1: node "a": unknown group "bak" (did you mean "back"?)`}},
		{"node in two groups", "[[groups]]\nid = \"g\"\nnodes = [\"a\"]\n[[groups]]\nid = \"h\"\nnodes = [\"a\"]\n[[nodes]]\nid = \"a\"\n",
			[]string{`d.toml:6:1: "a" is in groups "g" and "h": it belongs to one (nest a group by naming it in another's nodes)`}},
		{"group inside itself", "[[groups]]\nid = \"g\"\nnodes = [\"h\"]\n[[groups]]\nid = \"h\"\nnodes = [\"g\", \"a\"]\n[[nodes]]\nid = \"a\"\n",
			[]string{
				`d.toml:3:1: group "g" is inside itself (through "h")`,
				`d.toml:6:1: group "h" is inside itself (through "g")`,
			}},
		{"group across lanes", lanes + "[[groups]]\nid = \"g\"\nnodes = [\"a\", \"b\"]\n[[nodes]]\nid = \"a\"\nlane = \"dev\"\n[[nodes]]\nid = \"b\"\nlane = \"ops\"\n",
			[]string{`d.toml:13:1: node "b" is in lane "ops" but its group "g" holds nodes of lane "dev": a group sits in one lane`}},
		{"bad group fill style", "[[groups]]\nid = \"g\"\nnodes = [\"a\"]\nfill_style = \"hachured\"\n[[nodes]]\nid = \"a\"\n",
			[]string{`d.toml:4:1: unknown fill style "hachured" (did you mean "hachure"?): valid choices are "solid", "hachure", "cross-hatch", "zigzag", "dots" or "none"`}},
	}
	checkDecodeErrors(t, tests)
}
