package dotin

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"

	"github.com/BurntSushi/toml"

	"github.com/sketchdeck/sketchdeck/internal/spec"
)

// convertShapes are the node shapes of a graph diagram nearest to
// Graphviz's; any other is a rect.
var convertShapes = map[string]string{
	"box": "rect", "rect": "rect", "rectangle": "rect", "square": "square", "record": "rect", "mrecord": "rect",
	"ellipse": "ellipse", "oval": "ellipse", "circle": "circle", "doublecircle": "circle", "point": "circle",
	"diamond": "diamond", "cylinder": "cylinder", "note": "note", "hexagon": "hexagon",
	"parallelogram": "parallelogram", "plaintext": "text", "plain": "text", "none": "text",
	"folder": "document", "tab": "document", "mdiamond": "diamond", "msquare": "square", "mcircle": "circle",
}

type gNode struct {
	ID          string `toml:"id"`
	Label       string `toml:"label"`
	Shape       string `toml:"shape,omitempty"`
	Fill        string `toml:"fill,omitempty"`
	Stroke      string `toml:"stroke,omitempty"`
	StrokeStyle string `toml:"stroke_style,omitempty"`
	TextColor   string `toml:"text_color,omitempty"`
	Group       string `toml:"group,omitempty"`
}

type gEdge struct {
	From      string `toml:"from"`
	To        string `toml:"to"`
	Label     string `toml:"label,omitempty"`
	Arrow     string `toml:"arrow,omitempty"`
	ArrowHead string `toml:"arrowhead,omitempty"`
	ArrowTail string `toml:"arrowtail,omitempty"`
	Style     string `toml:"style,omitempty"`
	Stroke    string `toml:"stroke,omitempty"`
}

type gGroup struct {
	ID     string `toml:"id"`
	Label  string `toml:"label,omitempty"`
	Fill   string `toml:"fill,omitempty"`
	Stroke string `toml:"stroke,omitempty"`
}

type gLayout struct {
	Engine    string `toml:"engine,omitempty"`
	Direction string `toml:"direction,omitempty"`
}

type gFile struct {
	Version int      `toml:"version"`
	Kind    string   `toml:"kind"`
	Title   string   `toml:"title,omitempty"`
	Layout  gLayout  `toml:"layout,omitempty"`
	Groups  []gGroup `toml:"groups,omitempty"`
	Nodes   []gNode  `toml:"nodes"`
	Edges   []gEdge  `toml:"edges,omitempty"`
}

// Convert writes Graphviz's "json" output for file as a sketchdeck graph
// diagram, where the format can say it: nodes with their labels, shapes
// and colours, edges with their labels, heads and styles, the graph's
// label (else its name) as the title, layout as the engine where it is
// one, rankdir as the direction, clusters
// as groups (a node in its innermost cluster). The
// layout is left to sketchdeck; what the format cannot say (record
// fields, ports, other heads, xlabels, head and tail labels, nested
// clusters) is noted in comments. Colours are written exactly, as
// Graphviz resolves them. src is the file's DOT text, in which an
// HTML-like label Graphviz could not read is placed.
func Convert(file string, src []byte, json string) ([]byte, error) {
	g, err := read(json)
	if err != nil {
		return nil, err
	}
	c := &conv{g: g}
	if err := c.undrawnLabel(file, src); err != nil {
		return nil, err
	}
	if len(g.nodes) == 0 {
		return nil, fmt.Errorf("the graph has no nodes: a graph diagram needs at least one")
	}
	f := gFile{Version: 1, Kind: "graph", Title: titleOf(g.name)}
	if label := text(g.graph["label"], map[byte]string{'G': g.name}); label != "" {
		f.Title = label // the graph's own words, where its name is a name
	}
	if d := strings.ToUpper(g.graph["rankdir"]); d == "LR" || d == "RL" || d == "BT" {
		f.Layout.Direction = d
	}
	k := &converter{c: c, inGroup: make([]string, len(g.nodes))}
	if l := strings.ToLower(strings.TrimSpace(g.graph["layout"])); l != "" && l != "dot" {
		if e, err := spec.Engines().Parse(l); err == nil {
			f.Layout.Engine = string(e)
		} else {
			k.notes = append(k.notes, fmt.Sprintf("graph: layout %q is not one a graph diagram has: laid out with dot (the engines: %s)",
				l, strings.Join(spec.Engines().Names(), ", ")))
		}
	}
	for i, a := range g.clusters {
		f.Groups = append(f.Groups, k.group(a, g.members[i]))
	}
	for i, a := range g.nodes {
		f.Nodes = append(f.Nodes, k.node(i, a))
	}
	for _, e := range g.edges {
		f.Edges = append(f.Edges, k.edge(e))
	}
	return k.write(file, f)
}

// converter carries what Convert learns on its way: each node's group
// and the notes for the file's head.
type converter struct {
	c       *conv
	inGroup []string // each node's innermost cluster
	notes   []string
}

// group is a cluster as a group; its members join it (later clusters are
// nested deeper, so a node ends in its innermost).
func (k *converter) group(a attrs, members []int) gGroup {
	gr := gGroup{ID: a["name"], Label: text(a["label"], map[byte]string{'G': a["name"]})}
	gr.Stroke = k.c.colourOf(a, "_draw_", "c", "pencolor", "color")
	if st := styleOf(a); st["filled"] || a["bgcolor"] != "" {
		gr.Fill = k.c.colourOf(a, "_draw_", "C", "fillcolor", "bgcolor", "color")
	}
	outer := ""
	for _, n := range members {
		if k.inGroup[n] != "" && outer == "" {
			outer = k.inGroup[n]
		}
		k.inGroup[n] = gr.ID
	}
	if outer != "" {
		k.notes = append(k.notes, fmt.Sprintf("cluster %q is inside cluster %q: groups do not nest, so its nodes are in %q only", gr.ID, outer, gr.ID))
	}
	return gr
}

// node is a node with its label, nearest shape, colours and style.
func (k *converter) node(i int, a attrs) gNode {
	n := gNode{ID: a["name"], Group: k.inGroup[i]}
	label, ok := a["label"]
	if !ok {
		label = `\N`
	}
	shape := strings.ToLower(a.get("shape"))
	if shape == "record" || shape == "mrecord" {
		n.Label = strings.Join(recordFields(label, map[byte]string{'N': n.ID}), " | ")
		k.notes = append(k.notes, fmt.Sprintf("node %q: a record; its fields are one label", n.ID))
	} else {
		n.Label = text(label, map[byte]string{'N': n.ID, 'G': k.c.g.name})
	}
	if shape == "" {
		shape = "ellipse" // Graphviz's default
	}
	if n.Shape = convertShapes[shape]; n.Shape == "" {
		n.Shape = "rect"
		k.notes = append(k.notes, fmt.Sprintf("node %q: shape %q is a rect", n.ID, shape))
	}
	st := styleOf(a)
	n.Stroke = k.c.colourOf(a, "_draw_", "c", "color")
	if st["filled"] {
		n.Fill = k.c.colourOf(a, "_draw_", "C", "fillcolor", "color")
	}
	n.TextColor = k.c.colourOf(a, "_ldraw_", "c", "fontcolor")
	if st["dashed"] {
		n.StrokeStyle = "dashed"
	} else if st["dotted"] {
		n.StrokeStyle = "dotted"
	}
	k.notKept("node "+strconv.Quote(n.ID), a, "xlabel")
	return n
}

// edge is an edge with its label, colour and style.
func (k *converter) edge(e edge) gEdge {
	g := k.c.g
	ge := gEdge{From: g.nodes[e.tail]["name"], To: g.nodes[e.head]["name"], Label: text(e.a["label"], nil)}
	st := styleOf(e.a)
	switch {
	case st["invis"]:
		ge.Style = "hidden"
	case st["dashed"]:
		ge.Style = "dashed"
	case st["dotted"]:
		ge.Style = "dotted"
	}
	ge.Stroke = k.c.colourOf(e.a, "_draw_", "c", "color")
	what := k.c.edgeName(e)
	k.heads(&ge, what, e.a)
	var ports []string
	for _, end := range []struct{ node, key string }{{ge.From, "tailport"}, {ge.To, "headport"}} {
		if p := e.a[end.key]; p != "" {
			ports = append(ports, end.node+":"+p)
		}
	}
	switch len(ports) {
	case 1:
		k.notes = append(k.notes, fmt.Sprintf("%s: port %s is not kept: the edge meets the node where the layout puts it", what, ports[0]))
	case 2:
		k.notes = append(k.notes, fmt.Sprintf("%s: ports %s and %s are not kept: the edge meets the nodes where the layout puts it", what, ports[0], ports[1]))
	}
	k.notKept(what, e.a, "xlabel", "headlabel", "taillabel")
	return ge
}

// heads gives an edge the heads Graphviz drew it with: the ends that have
// one (its "s," and "e," points: the graph's kind and dir decide), as
// arrow, and the nearest sketch head to each arrow shape written, noting
// a shape drawn otherwise.
func (k *converter) heads(ge *gEdge, what string, a attrs) {
	_, start, end := k.c.spline(a["pos"], false)
	switch {
	case start && end:
		ge.Arrow = string(spec.ArrowBoth)
	case start:
		ge.Arrow = string(spec.ArrowStart)
	case !end:
		ge.Arrow = string(spec.ArrowNone)
	}
	for _, h := range []struct {
		on  bool
		key string
		to  *string
	}{{end, "arrowhead", &ge.ArrowHead}, {start, "arrowtail", &ge.ArrowTail}} {
		shape := strings.ToLower(strings.TrimSpace(a[h.key]))
		if !h.on || shape == "" || shape == "normal" {
			continue // sketchdeck's own head, as Graphviz's own
		}
		*h.to = headName(shape)
		if same, err := spec.ArrowHeads().Parse(shape); err != nil || string(same) != *h.to {
			k.notes = append(k.notes, fmt.Sprintf("%s: %s %q is drawn as %q, the nearest head", what, h.key, shape, *h.to))
		}
	}
}

// notKept notes each of keys that an object sets, which a graph diagram
// has no place for.
func (k *converter) notKept(what string, a attrs, keys ...string) {
	for _, key := range keys {
		if v := strings.TrimSpace(a[key]); v != "" {
			k.notes = append(k.notes, fmt.Sprintf("%s: %s %q is not kept", what, key, v))
		}
	}
}

// write is the diagram as TOML under a head naming the source and the
// notes.
func (k *converter) write(file string, f gFile) ([]byte, error) {
	var b bytes.Buffer
	fmt.Fprintf(&b, "# Converted from %s: sketchdeck lays it out afresh.\n", file)
	for _, n := range k.notes {
		fmt.Fprintf(&b, "# %s\n", n)
	}
	enc := toml.NewEncoder(&b)
	enc.Indent = ""
	if err := enc.Encode(f); err != nil {
		return nil, fmt.Errorf("writing the graph: %w", err)
	}
	return b.Bytes(), nil
}
