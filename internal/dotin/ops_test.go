package dotin

import (
	"strings"
	"testing"
)

func TestPrepare(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"digraph { a [label=\"\"] }", "digraph { a [label=\" \"] }"},
		{"digraph { a [label = \"\", xlabel=\"x\"] }", "digraph { a [label = \" \", xlabel=\"x\"] }"},
		{"digraph { charset=latin1; a [label=\"\xe9t\xe9\"] }", "digraph { charset=utf8; a [label=\"été\"] }"},
		{"graph [charset=\"ISO-8859-1\"] x [label=\"\xfc\"]", "graph [charset=\"utf8\"] x [label=\"ü\"]"},
		{"digraph { a [label=\"été\"] }", "digraph { a [label=\"été\"] }"},
	} {
		if got := Prepare([]byte(tc.in)); got != tc.want {
			t.Errorf("Prepare(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// A json0 node with Graphviz's drawing operations, as the "json" output
// writes it.
const opsNode = `{"name":"G","directed":true,"bb":"0,0,200,100","_subgraph_cnt":0,
"objects":[{"_gvid":0,"name":"t","pos":"100,50","width":"2","height":"1","shape":"plaintext",
"label":"<TABLE><TR><TD BGCOLOR=\"yellow\">a</TD><TD>bb</TD></TR></TABLE>","fontcolor":"red",
"_ldraw_":[{"op":"c","grad":"none","color":"#fffffe00"},{"op":"C","grad":"none","color":"#ffff00"},
{"op":"P","points":[[10,10],[10,40],[60,40],[60,10]]},
{"op":"c","grad":"none","color":"#000000"},{"op":"p","points":[[10,10],[10,40],[60,40],[60,10]]},
{"op":"F","size":14,"face":"Times-Bold"},{"op":"c","grad":"none","color":"#ff0000"},
{"op":"T","pt":[35,20],"align":"c","width":7,"text":"a"},
{"op":"S","style":"setlinewidth(3)"},{"op":"c","grad":"none","color":"#000000"},
{"op":"p","points":[[62,10],[62,40],[120,40],[120,10]]},
{"op":"F","size":14,"face":"Times-Roman"},{"op":"T","pt":[70,20],"align":"l","width":14,"text":"bb"}]},
{"_gvid":1,"name":"p","pos":"30,80","width":"0.5","height":"0.5","shape":"pentagon","colorscheme":"blues3","color":"3",
"_draw_":[{"op":"c","grad":"none","color":"#3182bd"},{"op":"p","points":[[30,95],[45,85],[40,70],[20,70],[15,85]]}]}],
"edges":[]}`

func TestDrawingOps(t *testing.T) {
	out, _, err := Drawing("g.gv", nil, opsNode, Options{})
	if err != nil {
		t.Fatal(err)
	}
	s := string(out)
	for _, want := range []string{
		// the cell's background, without an outline, then its border
		"kind = \"rect\"\nx = 10.0\ny = 60.0\nwidth = 50.0\nheight = 30.0\nstroke = \"none\"\nfill = \"#ffff00\"\n",
		"kind = \"rect\"\nx = 10.0\ny = 60.0\nwidth = 50.0\nheight = 30.0\n\n",
		// its text, bold, in the font colour Graphviz drew it in, made
		// smaller to keep to the width Graphviz measured (7 for 14 px)
		"text = \"a\"\nfont_size = 12.73\ncolor = \"#ff0000\"\nalign = \"center\"\nweight = 700\n",
		// a heavier border: half as heavy again as Graphviz's 3
		"width = 58.0\nheight = 30.0\nstroke_width = 2.0\n",
		// a scheme colour as Graphviz resolved it, the outline Graphviz drew
		"kind = \"polygon\"\nx = 30.0\ny = 5.0\npoints = [[0.0, 0.0], [15.0, 10.0], [10.0, 25.0], [-10.0, 25.0], [-15.0, 10.0]]\nstroke = \"#3182bd\"\n",
	} {
		if !strings.Contains(s, want) {
			t.Errorf("the drawing lacks\n%s\nin:\n%s", want, s)
		}
	}
}

func TestColourOfSVGNames(t *testing.T) {
	c := &conv{}
	green := attrs{"color": "green", "_draw_": `[{"op":"c","color":"#00ff00"}]`}
	if got := c.colourOf(green, "_draw_", "c", "color"); got != "#008000" {
		t.Errorf("green = %s, want SVG's #008000 as in Graphviz's SVG", got)
	}
	x11 := attrs{"color": "maroon1", "_draw_": `[{"op":"c","color":"#ff34b3"}]`}
	if got := c.colourOf(x11, "_draw_", "c", "color"); got != "#ff34b3" {
		t.Errorf("maroon1 = %s, want Graphviz's #ff34b3", got)
	}
	if got := c.colourOf(attrs{}, "_draw_", "c", "color"); got != "" {
		t.Errorf("no colour = %q, want the theme's (\"\")", got)
	}
}

func TestStraighten(t *testing.T) {
	if got := straighten([][2]float64{{0, 0}, {5, 0.2}, {10, 0}}); len(got) != 2 {
		t.Errorf("a straight spline keeps %d points, want 2", len(got))
	}
	if got := straighten([][2]float64{{0, 0}, {5, 3}, {10, 0}}); len(got) != 3 {
		t.Errorf("a bent spline keeps %d points, want 3", len(got))
	}
}
