package spec

import "testing"

// A group's rounded and a panel's lanes are checked as a graph's.
func TestGroupAndPanelLaneErrors(t *testing.T) {
	const group = "[[nodes]]\nid = \"a\"\n[[groups]]\nid = \"g\"\nnodes = [\"a\"]\n"
	checkDecodeErrors(t, []decodeCase{
		{"rounded of a wrong type", group + "rounded = \"yes\"\n", []string{
			`d.toml:6:1: rounded must be true, false or a corner radius in px, not a string`}},
		{"negative radius", group + "rounded = -3\n", []string{
			`d.toml:6:1: rounded must be true, false or a corner radius from 0 to 10000 px, not -3`}},
		{"panel lane unknown", "kind = \"panels\"\n[[panels]]\nid = \"p\"\n[[panels.lanes]]\nid = \"dev\"\n[[panels.nodes]]\nid = \"a\"\nlane = \"dve\"\n", []string{
			`d.toml:8:1: node "a": unknown lane "dve" (did you mean "dev"?): valid lanes are "dev"`}},
		{"panel lane without lanes", "kind = \"panels\"\n[[panels]]\nid = \"p\"\n[[panels.nodes]]\nid = \"a\"\nlane = \"dev\"\n", []string{
			`d.toml:6:1: node "a": lane "dev", but the graph has no [[lanes]]`}},
		{"panel lanes need dot", "kind = \"panels\"\n[[panels]]\nid = \"p\"\n[panels.layout]\nengine = \"neato\"\n[[panels.lanes]]\nid = \"dev\"\n[[panels.nodes]]\nid = \"a\"\nlane = \"dev\"\n", []string{
			`d.toml:5:1: lanes are laid out by dot, not "neato": drop engine or set engine = "dot"`}},
	})
}
