package dotin

import "testing"

// TestOutOfRange: the first number of the DOT text past a float64, where
// it is written; none when every number fits.
func TestOutOfRange(t *testing.T) {
	for _, c := range []struct{ src, want string }{
		{"digraph G {\n  a -> b [style=\"setlinewidth(1e400)\"]\n}\n", "g.gv:2:31: the number 1e400 is too large for Graphviz to draw with (it becomes infinity, which its output cannot hold): give one below 1e308"},
		{"digraph G { a [label=\"1e3\" xlabel=\".5E+999\"] }", "g.gv:1:36: the number .5E+999 is too large for Graphviz to draw with (it becomes infinity, which its output cannot hold): give one below 1e308"},
		{"digraph G { a [penwidth=\"1e300\"] b [label=\"1e-999\"] }", ""},
	} {
		got := ""
		if err := outOfRange("g.gv", []byte(c.src)); err != nil {
			got = err.Error()
		}
		if got != c.want {
			t.Errorf("outOfRange(%q) = %q, want %q", c.src, got, c.want)
		}
	}
}
