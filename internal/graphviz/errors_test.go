package graphviz

import (
	"math"
	"math/rand/v2"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/sketchdeck/sketchdeck/internal/geom"
)

func TestErrors(t *testing.T) {
	node := func(id string) Node { return Node{ID: id, Width: 10, Height: 10} }
	ab := []Node{node("a"), node("b")}
	for _, tc := range []struct {
		name string
		g    Graph
		want string
	}{
		{"unknown endpoint", Graph{Name: "g", Nodes: ab, Edges: []Edge{{From: "a", To: "cahce"}}},
			`graphviz: graph "g": edge "a → cahce": unknown node "cahce"`},
		{"zero size", Graph{Name: "g", Nodes: []Node{{ID: "a", Height: 5}}},
			`graphviz: graph "g": node "a": size 0×5 must be > 0 and at most 100000`},
		{"NaN and negative", Graph{Nodes: []Node{{ID: "a", Width: math.NaN(), Height: -1}}},
			`graphviz: graph "": node "a": size NaN×-1 must be > 0 and at most 100000`},
		{"out of Graphviz's ranges", Graph{Name: "g", RankSep: 1e6, Nodes: []Node{node("a"), {ID: "b", Width: 1e6, Height: 1, Pos: &geom.Point{X: -2e5}}},
			Edges: []Edge{{From: "a", To: "b", Weight: 1e10, MinLen: 1e5, LabelWidth: 1e5, LabelHeight: 12}}},
			`graphviz: graph "g": rank separation 1e+06 must be a number from 0 to 100000
node "b": size 1e+06×1 must be > 0 and at most 100000
node "b": position (-200000, 0) must be within ±100000
edge "a → b": weight 1e+10 must be a number from 0 to 1000
edge "a → b": minimum length 100000 must be a number from 0 to 100
edge "a → b": label width 100000 must be a number from 0 to 65535`},
		{"every problem at once", Graph{Name: "g", Engine: "sfdp", RankDir: "up", Nodes: []Node{node("a"), node("a"),
			{ID: "b", Width: 1, Height: 1, Shape: "star", Pos: &geom.Point{X: math.Inf(1)}}},
			Edges: []Edge{{From: "x", To: "y", Weight: -1}, {From: "a", To: "b", LabelWidth: 5}}, Root: "r",
			Splines: `"true"`, NodeSep: math.NaN()},
			`graphviz: graph "g": unknown layout engine "sfdp" (want "dot", "neato", "twopi", "circo", "fdp")
unknown rank direction "up" (want "TB", "LR", "BT", "RL")
node separation NaN must be a number from 0 to 100000
splines "\"true\"": want a Graphviz keyword such as "true"
node "a": defined twice
node "b": unknown shape "star" (want "box", "ellipse", "circle", "diamond")
node "b": position (+Inf, 0) must be within ±100000
edge "x → y": unknown node "x"
edge "x → y": unknown node "y"
edge "x → y": weight -1 must be a number from 0 to 1000
edge "a → b": label size 5×0 needs both sides > 0, or neither
root: unknown node "r"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Prepare(tc.g)
			if err == nil || err.Error() != tc.want {
				t.Errorf("got:\n%v\nwant:\n%s", err, tc.want)
			}
		})
	}
}

func TestParseEngine(t *testing.T) {
	if e, err := ParseEngine("circo"); e != Circo || err != nil {
		t.Errorf("circo: %q, %v", e, err)
	}
	var e Engine
	err := e.UnmarshalText([]byte("Dot"))
	if want := `unknown layout engine "Dot" (want "dot", "neato", "twopi", "circo", "fdp")`; err == nil || err.Error() != want {
		t.Errorf("got %v, want %s", err, want)
	}
}

// TestLex feeds the lexer what Graphviz writes for awkward values.
func TestLex(t *testing.T) {
	src := "digraph {\n\tn0 [pos=\"1,\\\n2\", label=\"a\\\"]b\\\\c\", x=<<B>]</B>>];\n}"
	out, err := parseOutput(src)
	if err != nil {
		t.Fatal(err)
	}
	got := out.nodes["n0"]
	if got.get("pos") != "1,2" || got.get("label") != `a"]b\\c` || got.get("x") != "<<B>]</B>>" {
		t.Errorf("got %q", got)
	}
}

// TestReadErrors reads broken output: a token that cannot be read is told
// first, even when a statement before it is cut short too.
func TestReadErrors(t *testing.T) {
	for _, tc := range []struct{ src, want string }{
		{"digraph {\n\tn0 [pos=\"1,2];\n}", "unterminated string"},
		{"digraph {\n\tn0 [pos=<1,2];\n}", "unterminated HTML label"},
		{"digraph {\n\tn0 -> n1 [pos];\n}", `attribute "pos" has no value`},
		{"digraph {\n\tn0 [pos=", `attribute "pos" has no value`},
		{"digraph {\n\tn0 [pos=\"1,2\"", "unterminated attribute list"},
		{"digraph {\n\tn0 ->", "output ends inside edge from n0"},
		{"digraph {\n\tn0 [pos] n1 [label=\"x];\n}", "unterminated string"},
	} {
		_, err := parseOutput(tc.src)
		if err == nil || err.Error() != tc.want {
			t.Errorf("%q: got %v, want %s", tc.src, err, tc.want)
		}
	}
}

// TestParseNum wants parseNum to give strconv.ParseFloat's float64, bit
// for bit, and its errors.
func TestParseNum(t *testing.T) {
	cases := []string{"0", "-0", "+0", "0.0", "-0.0", ".5", "5.", "-.5", "007", "1e5", "1E-3", "-2.2573",
		"29909", "496.84", "123456789012345", "1234567890123456", "0.1234567890123456789", "9007199254740993",
		"", "-", ".", "+", "1.2.3", "1_000", "0x10", "inf", "NaN", "1,2", " 1", "1!"}
	r := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		whole := strconv.FormatInt(r.Int64N(1_000_000_000), 10)
		frac := strconv.FormatInt(r.Int64N(1_000_000), 10)
		s := whole[:r.IntN(len(whole))+1] + "." + frac[:r.IntN(len(frac))+1]
		if r.IntN(2) == 0 {
			s = "-" + s
		}
		cases = append(cases, s)
	}
	for _, s := range cases {
		got, err := parseNum(s)
		want, werr := strconv.ParseFloat(s, 64)
		if (err != nil) != (werr != nil) || math.Float64bits(got) != math.Float64bits(want) {
			t.Errorf("parseNum(%q) = %v, %v; ParseFloat: %v, %v", s, got, err, want, werr)
		}
	}
}

// TestNodesOnly reads one output for a graph with and without NodesOnly:
// the same nodes, and the routes only without it, paired with the
// graph's edges in order (two a → b edges, written after b → a).
func TestNodesOnly(t *testing.T) {
	out := "digraph {\n\tgraph [bb=\"0,0,100,200\"];\n\tn0 [pos=\"50,180\"];\n\tn1 [pos=\"50,20\"];\n" +
		"\tn1 -> n0 [pos=\"e,1,1 1,2 1,3 1,4 1,5\"];\n\tn0 -> n1 [pos=\"2,1 2,2 2,3 2,4\"];\n" +
		"\tn0 -> n1 [lp=\"9,9\", pos=\"3,1 3,2 3,3 3,4\"];\n}\n"
	g := Graph{Name: "g", Nodes: []Node{{ID: "a", Width: 10, Height: 10}, {ID: "b", Width: 10, Height: 10}},
		Edges: []Edge{{From: "a", To: "b"}, {From: "b", To: "a"}, {From: "a", To: "b"}}}
	read := func(g Graph) Result {
		j, err := Prepare(g)
		if err != nil {
			t.Fatal(err)
		}
		res, err := j.Result(out)
		if err != nil {
			t.Fatal(err)
		}
		return res
	}
	all := read(g)
	g.NodesOnly = true
	nodes := read(g)
	if !reflect.DeepEqual(all.Nodes, nodes.Nodes) || all.Width != nodes.Width || all.Height != nodes.Height {
		t.Errorf("NodesOnly placed %+v, want %+v", nodes, all)
	}
	if nodes.Edges != nil {
		t.Errorf("NodesOnly read the routes: %+v", nodes.Edges)
	}
	var firstX []float64
	for _, e := range all.Edges {
		firstX = append(firstX, e.Points[0].X)
	}
	if !reflect.DeepEqual(firstX, []float64{2, 1, 3}) || all.Edges[2].LabelPos == nil || all.Edges[0].LabelPos != nil {
		t.Errorf("routes paired as %v (label positions %v, %v), want from x 2, 1, 3 and the last labelled", firstX, all.Edges[0].LabelPos, all.Edges[2].LabelPos)
	}
}

// TestNodesOnlySkipsRoutes: a graph laid out for its nodes only asks
// Graphviz not to route its edges, unless it says how to route them.
func TestNodesOnlySkipsRoutes(t *testing.T) {
	g := Graph{Name: "g", Nodes: []Node{{ID: "a", Width: 10, Height: 10}, {ID: "b", Width: 10, Height: 10}},
		Edges: []Edge{{From: "a", To: "b"}}}
	header := func(g Graph) string {
		j, err := Prepare(g)
		if err != nil {
			t.Fatal(err)
		}
		return strings.SplitN(j.DOT, "\n", 3)[1]
	}
	for _, tt := range []struct {
		nodesOnly bool
		splines   string
		want      string
	}{
		{false, "", "graph [inputscale=72];"},
		{true, "", `graph [inputscale=72, splines="false"];`},
		{true, "ortho", `graph [inputscale=72, splines="ortho"];`},
	} {
		g.NodesOnly, g.Splines = tt.nodesOnly, tt.splines
		if got := header(g); got != tt.want {
			t.Errorf("NodesOnly %v, Splines %q: %s, want %s", tt.nodesOnly, tt.splines, got, tt.want)
		}
	}
}
