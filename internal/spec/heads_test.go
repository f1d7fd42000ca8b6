package spec

import (
	"strings"
	"testing"

	"github.com/sketchdeck/sketchdeck/internal/head"
)

// TestHeadErrors: a bad arrowhead names the choices; a written arrow and
// a head that contradict it are errors at the head; arrow_size has a
// range and needs a head to size.
func TestHeadErrors(t *testing.T) {
	const two = "[[nodes]]\nid = \"a\"\n[[nodes]]\nid = \"b\"\n[[edges]]\nfrom = \"a\"\nto = \"b\"\n"
	checkDecodeErrors(t, []decodeCase{
		{"unknown head", two + "arrowhead = \"trinagle\"\n",
			[]string{`d.toml:8:1: unknown arrowhead "trinagle" (did you mean "triangle"?): valid choices are "none", "open", "triangle", "filled", "bar", "dot", "diamond" or "circle"`}},
		{"none against arrow", two + "arrow = \"both\"\narrowtail = \"none\"\n",
			[]string{`d.toml:9:1: arrowtail = "none" takes away the start's head that arrow = "both" puts there: drop one of them`}},
		{"head on a bare end", two + "arrow = \"none\"\narrowhead = \"dot\"\n",
			[]string{`d.toml:9:1: arrowhead = "dot" puts a head on the end, which arrow = "none" leaves bare: drop arrow, or write arrow = "end"`}},
		{"tail on an end-only arrow", two + "arrow = \"end\"\narrowtail = \"bar\"\n",
			[]string{`d.toml:9:1: arrowtail = "bar" puts a head on the start, which arrow = "end" leaves bare: drop arrow, or write arrow = "both"`}},
		{"size out of range", two + "arrow_size = 11\n",
			[]string{`d.toml:8:1: arrow_size must be a number from 0 to 10 (1 is the usual size), not 11`}},
		{"size without heads", "kind = \"drawing\"\n[[elements]]\nkind = \"line\"\npoints = [[0, 0], [9, 9]]\narrow_size = 2\n",
			[]string{`d.toml:5:1: arrow_size sizes arrowheads, and this line has none`}},
		{"head on a rect", "kind = \"drawing\"\n[[elements]]\nkind = \"rect\"\nwidth = 9\nheight = 9\narrowhead = \"dot\"\n",
			[]string{`d.toml:6:1: arrowhead has no effect on a rect element; it is for line, arrow, arc`}},
	})
}

// TestHeadEnds: how arrow combines with arrowhead and arrowtail.
func TestHeadEnds(t *testing.T) {
	tests := []struct {
		h          Heads
		def        Arrow
		start, end ArrowHead
	}{
		{Heads{}, ArrowEnd, "", "open"},
		{Heads{}, ArrowNone, "", ""},
		{Heads{ArrowHead: "dot"}, ArrowNone, "", "dot"},
		{Heads{ArrowHead: HeadNone}, ArrowEnd, "", ""},
		{Heads{ArrowTail: "bar"}, ArrowEnd, "bar", "open"},
		{Heads{Arrow: ArrowBoth, ArrowTail: "diamond"}, ArrowNone, "diamond", "open"},
		{Heads{Arrow: ArrowStart}, ArrowEnd, "open", ""},
	}
	for _, tt := range tests {
		if s, e := tt.h.Ends(tt.def); s != tt.start || e != tt.end {
			t.Errorf("%+v with default %q: ends %q, %q; want %q, %q", tt.h, tt.def, s, e, tt.start, tt.end)
		}
	}
}

// TestEveryHead: every registered head decodes by its name and aliases,
// in any case.
func TestEveryHead(t *testing.T) {
	for _, h := range head.Heads() {
		for _, name := range append([]string{h.Name}, h.Aliases...) {
			var got ArrowHead
			if err := got.UnmarshalText([]byte(strings.ToUpper(name))); err != nil || string(got) != h.Name {
				t.Errorf("%q decodes as %q (%v), want %q", name, got, err, h.Name)
			}
		}
	}
}
