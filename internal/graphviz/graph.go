package graphviz

import (
	"errors"
	"fmt"
	"math"
	"strings"

	"github.com/sketchdeck/sketchdeck/internal/geom"
)

// Engine is a Graphviz layout program.
type Engine string

// The layout programs a Graph may ask for.
const (
	Dot   Engine = "dot"   // layered, for flows and hierarchies
	Neato Engine = "neato" // spring model (stress majorization)
	Twopi Engine = "twopi" // radial, around Graph.Root
	Circo Engine = "circo" // circular
	Fdp   Engine = "fdp"   // spring model (force directed)
)

// Engines lists every valid Engine, in the order error messages name them.
var Engines = []Engine{Dot, Neato, Twopi, Circo, Fdp}

// Valid reports whether e is one of Engines; the empty Engine is not valid.
func (e Engine) Valid() bool {
	for _, v := range Engines {
		if e == v {
			return true
		}
	}
	return false
}

// ParseEngine returns the Engine named s, or an error naming the choices.
func ParseEngine(s string) (Engine, error) {
	if e := Engine(s); e.Valid() {
		return e, nil
	}
	return "", fmt.Errorf("unknown layout engine %q (want %s)", s, choices(Engines))
}

// UnmarshalText lets a TOML decoder report a bad engine with its position.
func (e *Engine) UnmarshalText(b []byte) error {
	v, err := ParseEngine(string(b))
	if err != nil {
		return err
	}
	*e = v
	return nil
}

// Ranges of the numbers a Graph may hand Graphviz. Past them Graphviz
// overflows (dot keeps weights in ints: weight 1e10 makes it exit, which
// ends the WebAssembly instance for good), refuses the input (an HTML
// label's WIDTH and HEIGHT stop at 65535 points) or runs for minutes (the
// cost of minlen grows with the ranks it spans). The diagram format's own
// ranges (package spec) sit within them, so a diagram is told with its line
// and column; these catch every other caller.
const (
	MaxWeight = 1000    // Edge.Weight
	MaxMinLen = 100     // Edge.MinLen, in ranks
	MaxLabel  = 65535   // Edge.LabelWidth and LabelHeight, px
	MaxLength = 100_000 // node sizes, positions (either sign), separations and Pad, px
)

// Shapes lists the node shapes Graphviz clips edges against ("" means "box").
var Shapes = []string{"box", "ellipse", "circle", "diamond"}

// rankDirs lists the valid Graph.RankDir values ("" means "TB").
var rankDirs = []string{"TB", "LR", "BT", "RL"}

// Graph is what to lay out. Sizes and distances are px (1 px = 1 pt).
type Graph struct {
	Name    string // names the graph in error messages only
	Engine  Engine // "" means Dot
	RankDir string // "TB", "LR", "BT" or "RL"; "" means "TB" (dot only)
	NodeSep float64
	RankSep float64 // dot: distance between ranks; 0 keeps Graphviz's default
	Nodes   []Node
	Edges   []Edge
	Root    string  // id of the centre node for twopi and circo; optional
	Overlap string  // Graphviz "overlap" (neato, fdp): e.g. "false", "scale"; "" = default
	Splines string  // Graphviz "splines": e.g. "true", "line", "curved", "ortho"; "" = default
	Pad     float64 // margin added on every side of the result, px
	// Clusters are boxes kept around nodes (cluster.go), parents first.
	Clusters []Cluster
	// NodesOnly leaves Result.Edges nil, for a caller that draws its own
	// edges between the nodes it places (package layout): reading the
	// routes Graphviz wrote was most of reading its output. Graphviz is
	// then asked not to route them (splines=false, unless Splines says
	// otherwise), which does not move the nodes.
	NodesOnly bool
}

// Node is a box to place. Graphviz sees only its size and shape.
type Node struct {
	ID            string
	Width, Height float64     // px, > 0
	Shape         string      // one of Shapes; decides where edges are clipped
	Pos           *geom.Point // pins the centre (neato, fdp), px, y down; relative positions are kept
	Rank          string      // nodes sharing a non-empty Rank are put on one rank (dot)
	Cluster       string      // the ID of the innermost Cluster holding the node; "" for none
}

// Edge is a connection to route from From to To (node ids).
type Edge struct {
	From, To    string
	Weight      float64 // pull towards short, straight edges; 0 = default (1). Rounded for dot.
	MinLen      float64 // dot: minimum rank distance; 0 = default (1)
	Constraint  *bool   // dot: false keeps the edge from ranking its nodes; nil = default
	LabelWidth  float64 // px room to reserve for a label we draw ourselves; 0 = no label
	LabelHeight float64
}

// Result is where things went: px, y down, origin at the top-left corner of
// the bounding box (grown by Graph.Pad).
type Result struct {
	Width, Height float64
	Nodes         []NodeBox  // in the order of Graph.Nodes
	Edges         []EdgePath // in the order of Graph.Edges; nil for Graph.NodesOnly
}

// NodeBox is a placed node.
type NodeBox struct {
	ID     string
	Center geom.Point
	Width  float64 // as asked, except a circle, which is as wide as it is high
	Height float64
}

// EdgePath is a routed edge.
type EdgePath struct {
	// Points is a cubic Bézier chain P0 C1 C2 P1 C1 C2 P2 …, as Graphviz routed
	// it. When Graphviz left room for an arrowhead the chain stops short of
	// the node by the arrow's length and End (or Start) is the tip.
	Points []geom.Point
	// Start and End are where the edge meets its tail and head nodes' borders.
	Start, End geom.Point
	// LabelPos is the centre of the reserved label box, nil without a label.
	LabelPos *geom.Point
}

// check returns every problem with g at once, and the index of each node id.
func (g *Graph) check() (map[string]int, error) {
	var errs []error
	add := func(format string, a ...any) { errs = append(errs, fmt.Errorf(format, a...)) }
	if g.Engine != "" && !g.Engine.Valid() {
		add("unknown layout engine %q (want %s)", g.Engine, choices(Engines))
	}
	if g.RankDir != "" && !contains(rankDirs, g.RankDir) {
		add("unknown rank direction %q (want %s)", g.RankDir, choices(rankDirs))
	}
	for _, f := range []struct {
		name string
		v    float64
	}{{"node separation", g.NodeSep}, {"rank separation", g.RankSep}, {"pad", g.Pad}} {
		if !inRange(f.v, MaxLength) {
			add("%s %v must be a number from 0 to %d", f.name, f.v, MaxLength)
		}
	}
	for _, a := range []struct{ name, v string }{{"overlap", g.Overlap}, {"splines", g.Splines}} {
		if !isWord(a.v) {
			add("%s %q: want a Graphviz keyword such as %q", a.name, a.v, "true")
		}
	}
	index := make(map[string]int, len(g.Nodes))
	for i, n := range g.Nodes {
		errs = append(errs, checkNode(n)...)
		if _, dup := index[n.ID]; dup {
			add("node %q: defined twice", n.ID)
			continue
		}
		index[n.ID] = i
	}
	errs = append(errs, g.checkClusters()...)
	for _, e := range g.Edges {
		errs = append(errs, checkEdge(e, index)...)
	}
	if _, ok := index[g.Root]; g.Root != "" && !ok {
		add("root: unknown node %q", g.Root)
	}
	return index, errors.Join(errs...)
}

func checkNode(n Node) []error {
	var errs []error
	if !inRange(n.Width, MaxLength) || !inRange(n.Height, MaxLength) || n.Width == 0 || n.Height == 0 {
		errs = append(errs, fmt.Errorf("node %q: size %v×%v must be > 0 and at most %d", n.ID, n.Width, n.Height, MaxLength))
	}
	if n.Shape != "" && !contains(Shapes, n.Shape) {
		errs = append(errs, fmt.Errorf("node %q: unknown shape %q (want %s)", n.ID, n.Shape, choices(Shapes)))
	}
	if n.Pos != nil && (!inRange(math.Abs(n.Pos.X), MaxLength) || !inRange(math.Abs(n.Pos.Y), MaxLength)) {
		errs = append(errs, fmt.Errorf("node %q: position (%v, %v) must be within ±%d", n.ID, n.Pos.X, n.Pos.Y, MaxLength))
	}
	return errs
}

func checkEdge(e Edge, index map[string]int) []error {
	var errs []error
	// The edge's name is made only for an error: most edges have none.
	name := func() string { return fmt.Sprintf("edge %q", e.From+" → "+e.To) }
	for _, end := range []string{e.From, e.To} {
		if _, ok := index[end]; !ok {
			errs = append(errs, fmt.Errorf("%s: unknown node %q", name(), end))
		}
	}
	for _, f := range []struct {
		what string
		v    float64
		max  int
	}{{"weight", e.Weight, MaxWeight}, {"minimum length", e.MinLen, MaxMinLen},
		{"label width", e.LabelWidth, MaxLabel}, {"label height", e.LabelHeight, MaxLabel}} {
		if !inRange(f.v, f.max) {
			errs = append(errs, fmt.Errorf("%s: %s %v must be a number from 0 to %d", name(), f.what, f.v, f.max))
		}
	}
	if (e.LabelWidth > 0) != (e.LabelHeight > 0) {
		errs = append(errs, fmt.Errorf("%s: label size %v×%v needs both sides > 0, or neither", name(), e.LabelWidth, e.LabelHeight))
	}
	return errs
}

// inRange reports whether v is a number from 0 to limit (NaN is not).
func inRange(v float64, limit int) bool { return v >= 0 && v <= float64(limit) }

// isWord reports whether s can go into DOT without quoting trouble: Graphviz
// keywords for overlap and splines are letters, digits and a few marks.
func isWord(s string) bool {
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune("_.:-", r)) {
			return false
		}
	}
	return true
}

func contains[T comparable](list []T, v T) bool {
	for _, x := range list {
		if x == v {
			return true
		}
	}
	return false
}

func choices[T ~string](list []T) string {
	q := make([]string, len(list))
	for i, v := range list {
		q[i] = fmt.Sprintf("%q", v)
	}
	return strings.Join(q, ", ")
}
