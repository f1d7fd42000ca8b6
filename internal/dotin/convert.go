package dotin

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/BurntSushi/toml"
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
	From   string `toml:"from"`
	To     string `toml:"to"`
	Label  string `toml:"label,omitempty"`
	Style  string `toml:"style,omitempty"`
	Stroke string `toml:"stroke,omitempty"`
}

type gGroup struct {
	ID     string `toml:"id"`
	Label  string `toml:"label,omitempty"`
	Fill   string `toml:"fill,omitempty"`
	Stroke string `toml:"stroke,omitempty"`
}

type gLayout struct {
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

// Convert writes Graphviz's json0 output for file as a sketchdeck graph
// diagram, where the format can say it: nodes with their labels, shapes
// and colours, edges with their labels and styles, rankdir as the
// direction, clusters as groups (a node in its innermost cluster). The
// layout is left to sketchdeck; what the format cannot say (record
// fields, ports, head shapes, nested clusters) is noted in comments.
func Convert(file, json0 string) ([]byte, error) {
	g, err := read(json0)
	if err != nil {
		return nil, err
	}
	if len(g.nodes) == 0 {
		return nil, fmt.Errorf("the graph has no nodes: a graph diagram needs at least one")
	}
	f := gFile{Version: 1, Kind: "graph", Title: titleOf(g.name)}
	if d := strings.ToUpper(g.graph["rankdir"]); d == "LR" || d == "RL" || d == "BT" {
		f.Layout.Direction = d
	}
	group := make([]string, len(g.nodes))
	for i, a := range g.clusters {
		gr := gGroup{ID: a["name"], Label: text(a["label"], map[byte]string{'G': a["name"]})}
		if col, ok := colour(a.get("pencolor", "color")); ok {
			gr.Stroke = col
		}
		if st := styleOf(a); st["filled"] || a["bgcolor"] != "" {
			if col, ok := colour(a.get("fillcolor", "bgcolor", "color")); ok {
				gr.Fill = col
			}
		}
		f.Groups = append(f.Groups, gr)
		for _, n := range g.members[i] {
			group[n] = gr.ID // later clusters are nested deeper
		}
	}
	var notes []string
	for i, a := range g.nodes {
		n := gNode{ID: a["name"], Group: group[i]}
		label, ok := a["label"]
		if !ok {
			label = `\N`
		}
		shape := strings.ToLower(a.get("shape"))
		if shape == "record" || shape == "mrecord" {
			n.Label = strings.Join(recordFields(label, map[byte]string{'N': n.ID}), " | ")
			notes = append(notes, fmt.Sprintf("node %q: a record; its fields are one label", n.ID))
		} else {
			n.Label = text(label, map[byte]string{'N': n.ID, 'G': g.name})
		}
		if shape == "" {
			shape = "ellipse" // Graphviz's default
		}
		{
			n.Shape = convertShapes[shape]
			if n.Shape == "" {
				n.Shape = "rect"
				notes = append(notes, fmt.Sprintf("node %q: shape %q is a rect", n.ID, shape))
			}
		}
		st := styleOf(a)
		if col, ok := colour(a["color"]); ok {
			n.Stroke = col
		}
		if st["filled"] {
			if col, ok := colour(a.get("fillcolor", "color")); ok {
				n.Fill = col
			}
		}
		if col, ok := colour(a["fontcolor"]); ok {
			n.TextColor = col
		}
		if st["dashed"] {
			n.StrokeStyle = "dashed"
		} else if st["dotted"] {
			n.StrokeStyle = "dotted"
		}
		f.Nodes = append(f.Nodes, n)
	}
	for _, e := range g.edges {
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
		if col, ok := colour(e.a["color"]); ok {
			ge.Stroke = col
		}
		f.Edges = append(f.Edges, ge)
	}
	var b bytes.Buffer
	fmt.Fprintf(&b, "# Converted from %s: sketchdeck lays it out afresh.\n", file)
	for _, n := range notes {
		fmt.Fprintf(&b, "# %s\n", n)
	}
	enc := toml.NewEncoder(&b)
	enc.Indent = ""
	if err := enc.Encode(f); err != nil {
		return nil, fmt.Errorf("writing the graph: %w", err)
	}
	return b.Bytes(), nil
}
