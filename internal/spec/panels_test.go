package spec

import (
	"testing"
)

// TestCompositeErrors checks whole messages for bad uses of panels, marks
// and the edge vocabulary: each names its position and the valid choices.
func TestCompositeErrors(t *testing.T) {
	const two = "[[nodes]]\nid = \"client\"\n[[nodes]]\nid = \"server\"\n"
	tests := []decodeCase{
		{"panels without panels", "kind = \"panels\"\n",
			[]string{`d.toml: a panels diagram needs at least one [[panels]] table, each with its own [[panels.nodes]]`}},
		{"empty panel", "kind = \"panels\"\n[[panels]]\nid = \"left\"\ntitle = \"Left\"\n",
			[]string{`d.toml:2:1: panel "left" has no content: add at least one [[panels.nodes]] table after its [[panels]]`}},
		{"panel without id", "kind = \"panels\"\n[[panels]]\n[[panels.nodes]]\nid = \"a\"\n",
			[]string{`d.toml:2:1: panel has no id: every [[panels]] needs id = "..."`}},
		{"top-level nodes in panels", "kind = \"panels\"\n[[nodes]]\nid = \"a\"\n[[panels]]\nid = \"p\"\n[[panels.nodes]]\nid = \"a\"\n",
			[]string{`d.toml:2:1: a panels diagram keeps its nodes in its panels: write [[panels.nodes]] under a [[panels]] table, not [[nodes]]`}},
		{"unknown node in a panel edge", "kind = \"panels\"\n[[panels]]\nid = \"p\"\n[[panels.nodes]]\nid = \"cache\"\n[[panels.edges]]\nfrom = \"cache\"\nto = \"cahce\"\n",
			[]string{`d.toml:8:1: edge "cache → cahce": unknown node "cahce" (did you mean "cache"?)`}},
		{"bad divider", "kind = \"panels\"\n[split]\ndivider = \"wavy\"\n[[panels]]\nid = \"p\"\n[[panels.nodes]]\nid = \"a\"\n",
			[]string{`d.toml:3:1: unknown divider "wavy": valid choices are "solid", "dashed" or "none"`}},
		{"panels flow", "kind = \"panels\"\n[split]\ndirection = \"BT\"\n[[panels]]\nid = \"p\"\n[[panels.nodes]]\nid = \"a\"\n",
			[]string{`d.toml:3:1: panels go side by side ("LR") or stacked ("TB"), not "BT"`}},
		{"mark on unknown node", two + "[[marks]]\nkind = \"cross\"\non = \"sever\"\n",
			[]string{`d.toml:7:1: mark on unknown node "sever" (did you mean "server"?): valid targets are "client" or "server" or an edge "from->to"`}},
		{"mark on unknown edge", two + "[[edges]]\nfrom = \"client\"\nto = \"server\"\n[[marks]]\nkind = \"cross\"\non = \"client->sever\"\n",
			[]string{`d.toml:10:1: mark on unknown edge "client->sever" (did you mean "client->server"?): valid edges are "client->server"`}},
		{"mark on a missing parallel edge", two + "[[edges]]\nfrom = \"client\"\nto = \"server\"\n[[marks]]\nkind = \"cross\"\non = \"client->server#2\"\n",
			[]string{`d.toml:10:1: mark on edge "client->server#2": there are only 1 edges from "client" to "server"`}},
		{"unknown mark kind", two + "[[marks]]\nkind = \"crosss\"\non = \"server\"\n",
			[]string{`d.toml:6:1: unknown mark kind "crosss" (did you mean "cross"?): valid choices are "cross", "boom", "check", "text", "step", "dot", "dead", "part", "fan", "arrow", "line", "axis" or "image"`}},
		{"mark position", two + "[[marks]]\nkind = \"text\"\non = \"server\"\nat = \"north\"\n",
			[]string{`d.toml:8:1: unknown position "north": valid choices are "center", "top", "bottom", "left", "right", "top-left", "top-right", "bottom-left", "bottom-right", "start" or "end"`}},
		{"part without name", two + "[[marks]]\nkind = \"part\"\non = \"server\"\n",
			[]string{`d.toml:5:1: a part mark needs name = "..." (a part such as "magnifier" or "warning")`}},
		{"unknown edge style", two + "[[edges]]\nfrom = \"client\"\nto = \"server\"\nstyle = \"squigly\"\n",
			[]string{`d.toml:8:1: unknown edge style "squigly" (did you mean "squiggly"?): valid choices are "solid", "dashed", "dotted", "squiggly", "curl", "hidden" or "block"`}},
		{"bad curve and cut", two + "[[edges]]\nfrom = \"client\"\nto = \"server\"\ncurve = \"sideways\"\ncut = 2\n",
			[]string{
				`d.toml:8:1: unknown curve "sideways": valid choices are "over" or "under"`,
				`d.toml:9:1: cut must be from 0 (not cut) to 1, not 2`,
			}},
		{"edge end on an edge point", two + "[[edges]]\nfrom = \"client\"\nto = \"server\"\nfrom_side = \"end\"\n",
			[]string{`d.toml:8:1: from_side "end" is a point of an edge, not of a node: valid choices are "center", "top", "bottom", "left", "right", "top-left", "top-right", "bottom-left" or "bottom-right"`}},
		{"repeat needs one node", "[[nodes]]\nid = \"box\"\n[nodes.inside]\nrepeat = 3\n",
			[]string{`d.toml:4:1: repeat draws one node many times: give exactly one node in inside.nodes, not 0`}},
	}
	checkDecodeErrors(t, tests)
}

// TestCompositeDecode checks that a panels diagram with marks and the edge
// vocabulary decodes, and where its panel values land.
func TestCompositeDecode(t *testing.T) {
	src := `kind = "panels"
[[panels]]
id = "p"
[[panels.nodes]]
id = "a"
[[panels.nodes]]
id = "b"
[[panels.edges]]
from = "a"
to = "b"
style = "wavy"
curve = "up"
[[panels.marks]]
kind = "x"
on = "a->b"
at = "above"
`
	d, err := Decode("d.toml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	e := d.Panels[0].Edges[0]
	if e.Style != EdgeSquiggly || e.Curve != CurveOver || e.P.Line != 8 {
		t.Errorf("edge = %+v", e)
	}
	m := d.Panels[0].Marks[0]
	if m.Kind != OverlayCross || m.At != AtTop || m.P.Line != 13 {
		t.Errorf("mark = %+v", m)
	}
}
