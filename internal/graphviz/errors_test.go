package graphviz

import (
	"math"
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
