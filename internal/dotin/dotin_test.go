package dotin

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/sketchdeck/sketchdeck/internal/spec"
)

func TestText(t *testing.T) {
	names := map[byte]string{'N': "n1", 'G': "G", 'E': "a->b", 'T': "a", 'H': "b"}
	for _, tc := range []struct{ in, want string }{
		{`\N`, "n1"},
		{`one\ntwo\l`, "one\ntwo"},
		{`\E from \T to \H in \G`, "a->b from a to b in G"},
		{`say \"hi\"`, `say "hi"`},
		{`<b>bold</b><br/>x &amp; y`, "bold\nx & y"},
		{`<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>`, "a b\nc"},
		{`a < b`, "a < b"},
	} {
		if got := text(tc.in, names); got != tc.want {
			t.Errorf("text(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestRecordFields(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{`<f0> left|<f1> mid\ dle|<f2> right`, []string{"left", "mid dle", "right"}},
		{`hello\nworld |{ b |{c|<here> d|e}| f}| g | h`, []string{"hello\nworld", "b", "c", "d", "e", "f", "g", "h"}},
		{`{a|b}`, []string{"a", "b"}},
		{``, []string{""}},
	} {
		if got := recordFields(tc.in, nil); !slices.Equal(got, tc.want) {
			t.Errorf("recordFields(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestColour(t *testing.T) {
	for _, tc := range []struct {
		in, want string
		ok       bool
	}{
		{"red", "#ff0000", true},
		{"#AbCdEf", "#abcdef", true},
		{"#ff000080", "#ff0000", true},
		{"grey50", "#808080", true},
		{"red4", "#8a0000", true}, // X11 says #8b0000: near enough
		{"0.000 1.000 1.000", "#ff0000", true},
		{"red:blue", "#ff0000", true},
		{"/x11/blue", "#0000ff", true},
		{"transparent", "", true},
		{"nosuchcolour", "", false},
	} {
		got, ok := colour(tc.in)
		if got != tc.want || ok != tc.ok {
			t.Errorf("colour(%q) = %q, %v; want %q, %v", tc.in, got, ok, tc.want, tc.ok)
		}
	}
}

func TestHeadName(t *testing.T) {
	for in, want := range map[string]string{"": "filled", "normal": "filled", "onormal": "triangle", "vee": "open",
		"tee": "bar", "odot": "circle", "lnormal": "filled", "none": "none", "odiamond": "diamond"} {
		if got := headName(in); got != want {
			t.Errorf("headName(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestSourceError: Graphviz's complaint about a graph file, from the
// WebAssembly Graphviz ("Graphviz rejected the DOT", "Graphviz reported an
// error") or the installed dot ("Error: <stdin>: …"), as a positioned
// error.
func TestSourceError(t *testing.T) {
	const wasm, native = "graphviz: graph \"g.gv\": Graphviz rejected the DOT: ", "/usr/bin/dot -Kdot failed (exit status 1): Error: <stdin>: "
	for _, tc := range []struct{ src, err, want string }{
		{"digraph G {\n a -> b\n c -> [x=1]\n}\n", wasm + "syntax error in line 3 near '['", `g.gv:3:7: syntax error near "[" (Graphviz's DOT reader)`},
		{"digraph G {\n a -> b\n c -> [x=1]\n}\n", native + "syntax error in line 2 near '->'", `g.gv:2:4: syntax error near "->" (Graphviz's DOT reader)`},
		{"digraph G {\n a -> b\n c -> [x=1]\n}\n", wasm + "syntax error in line 4 near '['", `g.gv:4: syntax error near "[" (Graphviz's DOT reader)`},
		{"digraph G {\n a -> b\n c -> [x=1]\n}\n", wasm + "syntax error in line 9 near '['", `g.gv:9: syntax error near "[" (Graphviz's DOT reader)`},
		{"digraph G {\n a -> b\n c -> [x=1]\n}\n", "dot layout: out of memory", `g.gv: Graphviz cannot lay out the graph: dot layout: out of memory`},
		{"digraph G {\n a -> b\n}\n", `graphviz: graph "g.gv": layout used more than 1s of CPU time, the limit, and was stopped`,
			`g.gv: Graphviz cannot lay out the graph: layout used more than 1s of CPU time, the limit, and was stopped`},
		// A layout Graphviz does not have, at the attribute, with the
		// ones it has, as either Graphviz says it.
		{"digraph G {\n  layout = \"Squiggle\"\n a -> b\n}\n", "graphviz: graph \"g.gv\": dot layout: Layout type: \"Squiggle\" not recognized. Use one of: circo dot fdp neato nop nop1 nop2 osage patchwork sfdp twopi\n",
			`g.gv:2:13: layout "Squiggle" is not one Graphviz has: the layouts are circo, dot, fdp, neato, nop, nop1, nop2, osage, patchwork, sfdp, twopi`},
		{"digraph G {\n  layout=squiggle\n a -> b\n}\n", "graphviz: graph \"g.gv\": /usr/bin/dot -Kdot failed (exit status 1): Error: Layout type: \"squiggle\" not recognized. Use one of: circo dot fdp neato nop nop1 nop2 osage patchwork sfdp twopi\nError: Layout was not done.  Missing layout plugins?",
			`g.gv:2:10: layout "squiggle" is not one Graphviz has: the layouts are circo, dot, fdp, neato, nop, nop1, nop2, osage, patchwork, sfdp, twopi`},
		// A failure to write, or any other, on a graph with a number past
		// a float64 is that number's.
		{"digraph G {\n a -> b [penwidth=1e400]\n}\n", "writing positions: Graphviz's json output is empty or cut short (0 bytes)",
			`g.gv:2:19: the number 1e400 is too large for Graphviz to draw with (it becomes infinity, which its output cannot hold): give one below 1e308`},
		{"digraph G {\n a -> b [penwidth=1e400]\n}\n", wasm + "syntax error in line 2 near '['", `g.gv:2:9: syntax error near "[" (Graphviz's DOT reader)`},
		// The installed dot's error about an HTML-like label names a line
		// of the label: no syntax error at line 1 of the file (HTMLError
		// finds a label that is no XML before dot runs).
		{"digraph G {\n a [label=<<TD>x</TD>>]\n}\n", "/usr/bin/dot -Kdot failed (exit status 1): Error: syntax error in line 1 \n... <HTML><TD> ...\nin label of node a\n",
			"g.gv: node a: Graphviz cannot read its HTML-like label: syntax error in line 1 " + labelTags},
		{"digraph G {\n a [label=<<table><tr><td><img src=\"x.png\"/></td></tr></table>>]\n}\n",
			"/usr/bin/dot -Kdot failed (exit status 1): Error: No or improper image file=\"x.png\"\nin label of node a",
			"g.gv: Graphviz cannot lay out the graph: /usr/bin/dot -Kdot failed (exit status 1): Error: No or improper image file=\"x.png\"\nin label of node a"},
		{"digraph G {\n a [label=<<foo>x</foo>>]\n}\n", "/usr/bin/dot -Kdot failed (exit status 1): Error: Unknown HTML element <foo> on line 1 \nin label of node a\n",
			"g.gv: node a: Graphviz cannot read its HTML-like label: Unknown HTML element <foo> on line 1 " + labelTags},
	} {
		if got := SourceError("g.gv", []byte(tc.src), errors.New(tc.err)).Error(); got != tc.want {
			t.Errorf("SourceError(%q, %q) =\n%q, want\n%q", tc.src, tc.err, got, tc.want)
		}
	}
}

const htmlRules = "(each tag is closed by its own, in order; attribute values are quoted; & starts an entity such as &amp;)"

// TestHTMLError: an HTML-like label that Graphviz's reader cannot read (no
// well-formed XML) is named where it goes wrong; comments, quoted strings
// and HTML 4's entities are no trouble.
func TestHTMLError(t *testing.T) {
	for _, tc := range []struct{ src, want string }{
		{"digraph G {\n a [label=<<b>x</i>>]\n}\n", `g.gv:2:16: Graphviz cannot read this HTML-like label: element <b> closed by </i> ` + htmlRules},
		{"digraph G {\n // <b>\n a [label=\"<i>\" xlabel=<x &amp; &nbsp; &#9731; <BR/>y>]\n b [label=<<font color=red>b</font>>]\n}\n",
			`g.gv:4:12: Graphviz cannot read this HTML-like label: unquoted or missing attribute value in element ` + htmlRules},
		{"digraph G {\n a [label=<x & y>]\n}\n", `g.gv:2:14: Graphviz cannot read this HTML-like label: invalid character entity & (no semicolon) ` + htmlRules},
		{"digraph G {\n a [label=<x &foo; y>]\n}\n", `g.gv:2:14: Graphviz cannot read this HTML-like label: invalid character entity &foo; ` + htmlRules},
		{"digraph G {\n a [label=<<table><tr><td>x</td></tr>>]\n}\n", `g.gv:2:38: Graphviz cannot read this HTML-like label: element <table> is not closed ` + htmlRules},
		{"digraph G {\n a [label=<<B>x</b>>]\n}\n", `g.gv:2:16: Graphviz cannot read this HTML-like label: element <B> closed by </b> ` + htmlRules},
		{"digraph G {\n a [label=<<table border='1'><tr><td>x<br/>&eacute;</td></tr></table>>] /* <b> */\n # <i>\n}\n", ""},
		{"digraph G {\n a [label=<x</i>>]\n}\n", `g.gv:2:13: Graphviz cannot read this HTML-like label: </i> closes no element ` + htmlRules},
		{"digraph G {\n a [label=\"\xe9\" xlabel=<<b>x</i>>]\n}\n", ""}, // Latin-1: Graphviz's to read
		{"digraph G {\n a [label=<<b>x</b>\n}\n", ""}, // unbalanced: the DOT reader's
	} {
		err := HTMLError("g.gv", []byte(tc.src))
		if got := fmt.Sprint(err); (err != nil || tc.want != "") && got != tc.want {
			t.Errorf("HTMLError(%q) =\n%q, want\n%q", tc.src, got, tc.want)
		}
	}
}

const tiny = `{"name":"G","directed":true,"bb":"0,0,100,100","_subgraph_cnt":1,
"objects":[{"name":"cluster_x","bb":"0,0,100,100","label":"X","lp":"50,90","style":"filled","fillcolor":"yellow"},
{"_gvid":0,"name":"a","pos":"50,70","width":"0.75","height":"0.5","label":"\\N","shape":"box3d","color":"blue"},
{"_gvid":1,"name":"b","pos":"50,20","width":"0.75","height":"0.5","label":"\\N","shape":"squiggle"}],
"edges":[{"_gvid":0,"tail":0,"head":1,"label":"go","lp":"60,45","pos":"e,50,38 50,52 50,48 50,44 50,40","style":"dashed"}]}`

func TestDrawing(t *testing.T) {
	src := []byte("digraph G {\n  subgraph cluster_x { a [shape=box3d] }\n  b [shape=\"squiggle\"]\n  a -> b\n}\n")
	out, warnings, err := Drawing("g.gv", src, tiny, Options{})
	if err != nil {
		t.Fatal(err)
	}
	s := string(out)
	for _, want := range []string{`kind = "drawing"`, `text = "X"`, `fill = "#ffff00"`, `text = "a"`, `stroke = "#0000ff"`,
		`text = "go"`, `stroke_style = "dashed"`, `arrowhead = "filled"`, `text = "b"`} {
		if !strings.Contains(s, want) {
			t.Errorf("the drawing lacks %s:\n%s", want, s)
		}
	}
	var got []string
	for _, w := range warnings {
		got = append(got, w.String())
	}
	want := []string{`g.gv:3:13: warning: node "b": unknown shape "squiggle" is drawn as a box (the shapes drawn as themselves: ` +
		strings.Join(graphvizShapes, ", ") + ")"}
	if !slices.Equal(got, want) {
		t.Errorf("warnings = %q, want %q", got, want)
	}
}

// TestEmpty: a file of white space and comments holds no graph; one with
// anything else may.
func TestEmpty(t *testing.T) {
	for src, want := range map[string]bool{
		"":                               true,
		" \n\t\n":                        true,
		"// a comment\n/* another\n*/\n": true,
		"# 1 \"graph.gv\"\n":             true,
		"/* unclosed":                    true,
		"digraph { a -> b }":             false,
		"// x\ngraph { a }":              false,
		"/* x */ strict digraph {}":      false,
		"\ufeffdigraph {}":               false,
	} {
		if got := Empty([]byte(src)); got != want {
			t.Errorf("Empty(%q) = %v, want %v", src, got, want)
		}
	}
}

// TestOutOfRangeSizes: a font size or pen width beyond what a diagram may
// say is drawn at the bound, with a warning at the attribute in the DOT
// text, instead of failing at a line of the generated TOML.
func TestOutOfRangeSizes(t *testing.T) {
	src := []byte("digraph G {\n  a [shape=box, fontsize=5000, penwidth=-3]\n}\n")
	laid := `{"name":"G","directed":true,"bb":"0,0,100,100","_subgraph_cnt":0,
"objects":[{"_gvid":0,"name":"a","pos":"50,50","width":"0.75","height":"0.5","label":"\\N","shape":"box","fontsize":"5000","penwidth":"-3"}],
"edges":[]}`
	out, warnings, err := Drawing("g.gv", src, laid, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"font_size = 1000.0\n"} {
		if !strings.Contains(string(out), want) {
			t.Errorf("the drawing lacks %q:\n%s", want, out)
		}
	}
	var got []string
	for _, w := range warnings {
		got = append(got, w.String())
	}
	want := []string{
		"g.gv:2:41: warning: penwidth -3 is out of range (stroke_width must be a number from 0 to 100, not -3): drawn as 1",
		"g.gv:2:26: warning: fontsize 5000 is out of range (font_size must be a number from 0 to 1000, not 5000): drawn as 1000",
	}
	if !slices.Equal(got, want) {
		t.Errorf("warnings =\n%q\nwant\n%q", got, want)
	}
}

// TestSecondGraph: a file holding a second graph after the first is
// reported at it, since Graphviz's reader would leave it out silently;
// braces in strings, HTML labels and comments do not count.
func TestSecondGraph(t *testing.T) {
	for _, c := range []struct {
		src  string
		want string // "" when there is no second graph
	}{
		{"digraph { a -> b }", ""},
		{"digraph { a -> b }\n// done\n/* } */\n", ""},
		{"digraph { a [label=\"}\"] }\n", ""},
		{"digraph { a [label=<<b>}</b>>] }\n", ""},
		{"digraph {\n# 1 \"}\"\n a }\n", ""},
		{"digraph { a -> b", ""},
		{"digraph { a }\ngraph H { b }\n", "2:1"},
		{"digraph { a [label=\"}\"] }  digraph { c }", "1:28"},
		{"/* { */ digraph { x { y } }\n\n  strict graph { z }", "3:3"},
	} {
		at, ok := SecondGraph([]byte(c.src))
		got := ""
		if ok {
			got = fmt.Sprintf("%d:%d", at.Line, at.Col)
		}
		if got != c.want {
			t.Errorf("SecondGraph(%q) = %q, want %q", c.src, got, c.want)
		}
	}
	if got, want := SecondGraphError("g.gv", spec.Pos{Line: 2, Col: 1}).Error(), "g.gv:2:1: a second graph starts here: sketchdeck draws one graph per file (dot -Tsvg would draw each, one after the other); put each graph in a file of its own"; got != want {
		t.Errorf("error = %q, want %q", got, want)
	}
}
