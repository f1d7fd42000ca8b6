package dotin

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/sketchdeck/sketchdeck/internal/drawtoml"
	"github.com/sketchdeck/sketchdeck/internal/spec"
)

// TestLandscape: the graph attributes that turn a drawing, read as
// Graphviz reads them (rotate first, then orientation, then landscape).
func TestLandscape(t *testing.T) {
	for _, tc := range []struct {
		g    attrs
		want bool
	}{
		{attrs{}, false},
		{attrs{"rotate": "90"}, true},
		{attrs{"rotate": "90.0"}, true},
		{attrs{"rotate": "45"}, false},
		{attrs{"rotate": "0", "landscape": "true"}, false},
		{attrs{"orientation": "landscape"}, true},
		{attrs{"orientation": "Land"}, true},
		{attrs{"orientation": "portrait"}, false},
		{attrs{"landscape": "true"}, true},
		{attrs{"landscape": "yes"}, true},
		{attrs{"landscape": "1"}, true},
		{attrs{"landscape": "false"}, false},
	} {
		if got := landscape(tc.g); got != tc.want {
			t.Errorf("landscape(%v) = %v, want %v", tc.g, got, tc.want)
		}
	}
}

// TestTurn: a point (x, y) of a drawing w wide goes to (y, w - x); a box
// turns around its centre, which moves so.
func TestTurn(t *testing.T) {
	els := []drawtoml.Element{
		{Kind: "line", X: 10, Y: 20, Points: [][]float64{{0, 0}, {30, 5}}},
		{Kind: "rect", X: 0, Y: 0, Width: 40, Height: 20},
		{Kind: "text", X: 0, Y: 0, Width: 20, Text: "a", FontSize: 8},
	}
	turn(els, 100)
	got := fmt.Sprint(els[0].X, els[0].Y, els[0].Points, els[1].X, els[1].Y, els[1].Rotate, els[2].X, els[2].Y, els[2].Rotate)
	// the text is one line of 8 × 1.25 px: its centre (10, 5) goes to (5, 90)
	if want := "20 90 [[0 0] [5 -30]] -10 70 -90 -5 85 -90"; got != want {
		t.Errorf("turned = %s, want %s", got, want)
	}
}

// TestStripes: weighted colours take their share of the width, the
// others share the rest; with every colour weighted, the last takes it.
func TestStripes(t *testing.T) {
	for _, tc := range []struct {
		list string
		want []string
	}{
		{"red:green:blue", []string{"0+20 #ff0000", "20+20 #008000", "40+20 #0000ff"}},
		{"red;0.5:green:blue", []string{"0+30 #ff0000", "30+15 #008000", "45+15 #0000ff"}},
		{"red;0.25:blue;0.25", []string{"0+15 #ff0000", "15+45 #0000ff"}},
		{"red;0.9:blue;0.9", []string{"0+54 #ff0000", "54+6 #0000ff"}},
		{"red", []string{"0+60 #ff0000"}},
		{"", []string{"0+60 #d3d3d3"}}, // no colour: Graphviz fills it lightgrey
	} {
		c := &conv{}
		c.stripes(0, 0, 60, 10, tc.list, attrs{})
		var got []string
		for _, e := range c.els {
			got = append(got, fmt.Sprintf("%g+%g %s", e.X, e.Width, e.Fill))
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("stripes(%q) = %q, want %q", tc.list, got, tc.want)
		}
	}
}

func TestLineWidth(t *testing.T) {
	for _, tc := range []struct {
		style string
		want  float64
		ok    bool
	}{
		{"setlinewidth(8)", 8, true},
		{"filled, setlinewidth( 2.5 )", 2.5, true},
		{"setlinewidth(500)", 100, true},
		{"bold", 0, false},
		{"setlinewidth(x)", 0, false},
	} {
		if got, ok := lineWidth(tc.style); got != tc.want || ok != tc.ok {
			t.Errorf("lineWidth(%q) = %v, %v; want %v, %v", tc.style, got, ok, tc.want, tc.ok)
		}
	}
}

// TestSaid: Graphviz's messages become warnings, each once, placed where
// the message tells; those about styles, arrows and pictures are
// Drawing's to say.
func TestSaid(t *testing.T) {
	src := []byte("digraph G {\n  a -> b:x\n  c [style=\"filled,squiggly\"]\n  a -> c [arrowhead=blah]\n  d [label=<<b></b>>]\n  e [label=<<TD>x</TD>>]\n  f [label=<<TD>y</TD>>]\n}\n")
	said := []string{
		"Warning: node b, port x unrecognized",
		"Warning: gvrender_set_style: unsupported style squiggly - ignoring",
		"Warning: gvrender_set_style: unsupported style squiggly - ignoring",
		`Warning: Arrow type "blah" unknown - ignoring`,
		"Warning: No such file or directory while opening nope.png",
		`Warning: No or improper image="nope.png" for node "c"`,
		"Warning: syntax ambiguity - badly delimited number '2a' in line 3 of <stdin> splits into two tokens",
		"Warning: a message",
		"  that goes on",
		"Error: something",
		`Error: No or improper image file="nope.png"`,
		"in label of node c",
		"Error: syntax error in line 1",
		"... <b></b> ...",
		"in label of node d",
		"Error: syntax error in line 1",
		"... <TD> ...",
		"in label of node e",
	}
	want := []string{
		"g.gv:2:10: warning: Graphviz says: node b, port x unrecognized",
		"g.gv:3: warning: Graphviz says: syntax ambiguity - badly delimited number '2a' in line 3 of g.gv splits into two tokens",
		"g.gv: warning: Graphviz says: a message that goes on",
		"g.gv: warning: Graphviz says: Error: something",
		"g.gv:5:13: warning: Graphviz says: Error: syntax error in line 1 ... <b></b> ... in label of node d",
		"g.gv: warning: Graphviz says: Error: syntax error in line 1 ... <TD> ... in label of node e",
	}
	var got []string
	for _, w := range Said("g.gv", src, said) {
		got = append(got, w.String())
	}
	if !slices.Equal(got, want) {
		t.Errorf("Said =\n%q\nwant\n%q", got, want)
	}
}

// TestUnknownArrow: the part of an arrow name Graphviz does not read, as
// it reads them (up to four shapes of modifiers and a name).
func TestUnknownArrow(t *testing.T) {
	for in, want := range map[string]string{
		"": "", "normal": "", "onormal": "", "lteeoldiamond": "", "invodot": "", "halfopen": "", "empty": "",
		"invempty": "", "ediamond": "", "o": "", "veevee": "", "boxboxboxboxbox": "", "crowodot": "",
		"blah": "blah", "normalx": "x", "Normal": "Normal", "dotblah": "blah",
	} {
		if got := unknownArrow(in); got != want {
			t.Errorf("unknownArrow(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestPenWidthZero: penwidth=0 draws no outline, as Graphviz's SVG strokes
// it 0 wide, rather than the theme's width that a stroke_width of 0 means.
func TestPenWidthZero(t *testing.T) {
	laid := `{"name":"G","directed":true,"bb":"0,0,100,100","_subgraph_cnt":0,
"objects":[{"_gvid":0,"name":"a","pos":"50,50","width":"0.75","height":"0.5","label":"\\N","shape":"box","penwidth":"0"}],
"edges":[]}`
	out, _, err := Drawing("g.gv", []byte("digraph G { a [shape=box penwidth=0] }"), laid, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(out), "stroke = \"none\"\n") {
		t.Errorf("the box has an outline:\n%s", out)
	}
}

// TestLocateNotWordEnd: a value or a style keyword that ends (or starts)
// with a character that is no word character is placed too.
func TestLocateNotWordEnd(t *testing.T) {
	src := []byte("graph G {\n a -- b [arrowtail=\"(\" style=\"(,)\"]\n}\n")
	if got := locate(src, "arrowtail", "("); got != (spec.Pos{Line: 2, Col: 21}) {
		t.Errorf("locate arrowtail \"(\" = %v", got)
	}
	if m := styleWord(")").FindSubmatchIndex(src); m == nil || spec.OffsetPos(string(src), m[2]) != (spec.Pos{Line: 2, Col: 33}) {
		t.Errorf("styleWord(\")\") = %v", m)
	}
}
