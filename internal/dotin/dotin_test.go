package dotin

import (
	"errors"
	"slices"
	"strings"
	"testing"
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

func TestSourceError(t *testing.T) {
	src := []byte("digraph G {\n a -> b\n c -> [x=1]\n}\n")
	for _, tc := range []struct{ err, want string }{
		{"graphviz: graph \"g.gv\": Graphviz rejected the DOT: syntax error in line 3 near '['", `g.gv:3:7: syntax error near "[" (Graphviz's DOT reader)`},
		{"syntax error in line 4 near '['", `g.gv:3:7: syntax error near "[" (Graphviz's DOT reader)`},
		{"dot layout: out of memory", `g.gv: Graphviz cannot lay out the graph: dot layout: out of memory`},
	} {
		if got := SourceError("g.gv", src, errors.New(tc.err)).Error(); got != tc.want {
			t.Errorf("SourceError(%q) = %q, want %q", tc.err, got, tc.want)
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
