package spec

import "testing"

// A block edge is straight and its heads are its own: a curve, a bend or
// a named line head on it is an error at the key.
func TestBlockEdgeErrors(t *testing.T) {
	const nodes = "[[nodes]]\nid = \"a\"\n[[nodes]]\nid = \"b\"\n[[edges]]\nfrom = \"a\"\nto = \"b\"\nstyle = \"block\"\n"
	checkDecodeErrors(t, []decodeCase{
		{"curve", nodes + "curve = \"over\"\n", []string{
			`d.toml:9:1: curve has no effect on a block edge (style = "block"), which is straight: drop curve, or pick another style`}},
		{"bend", nodes + "bend = 20\n", []string{
			`d.toml:9:1: bend has no effect on a block edge (style = "block"), which is straight: drop bend, or pick another style`}},
		{"named heads", nodes + "arrowhead = \"filled\"\narrowtail = \"dot\"\n", []string{
			`d.toml:9:1: arrowhead = "filled" has no effect on a block edge (style = "block"), whose heads are its own: arrow picks its ends ("end", "start", "both" or "none")`,
			`d.toml:10:1: arrowtail = "dot" has no effect on a block edge (style = "block"), whose heads are its own: arrow picks its ends ("end", "start", "both" or "none")`}},
		{"size out of range", nodes + "arrow = \"none\"\narrow_size = 20\n", []string{
			`d.toml:10:1: arrow_size must be a number from 0 to 10 (1 is the usual size), not 20`}},
		{"panel edge", "kind = \"panels\"\n[[panels]]\nid = \"p\"\n[[panels.nodes]]\nid = \"a\"\n[[panels.nodes]]\nid = \"b\"\n[[panels.edges]]\nfrom = \"a\"\nto = \"b\"\nstyle = \"wide\"\nbend = 10\n", []string{
			`d.toml:12:1: bend has no effect on a block edge (style = "block"), which is straight: drop bend, or pick another style`}},
	})
	if _, err := Decode("d.toml", []byte(nodes+"arrow = \"both\"\narrowhead = \"none\"\n")); err == nil {
		t.Error("arrow = both with arrowhead = none: no error")
	}
	for _, ok := range []string{"arrow = \"both\"\narrow_size = 1.5\n", "arrow = \"none\"\narrow_size = 2\n"} {
		if _, err := Decode("d.toml", []byte(nodes+ok)); err != nil {
			t.Errorf("%q: %v", ok, err)
		}
	}
}
