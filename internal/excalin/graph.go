package excalin

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"

	"github.com/BurntSushi/toml"
)

type gNode struct {
	ID     string `toml:"id"`
	Label  string `toml:"label"`
	Shape  string `toml:"shape,omitempty"`
	Fill   string `toml:"fill,omitempty"`
	Stroke string `toml:"stroke,omitempty"`
}

type gEdge struct {
	From   string `toml:"from"`
	To     string `toml:"to"`
	Label  string `toml:"label,omitempty"`
	Stroke string `toml:"stroke,omitempty"`
	Style  string `toml:"style,omitempty"`
}

type gFile struct {
	Version int     `toml:"version"`
	Kind    string  `toml:"kind"`
	Title   string  `toml:"title,omitempty"`
	Nodes   []gNode `toml:"nodes"`
	Edges   []gEdge `toml:"edges"`
}

var nodeShapes = map[string]string{"rectangle": "rect", "ellipse": "ellipse", "diamond": "diamond"}

// ImportGraph reads a scene whose shapes are joined by bound arrows and
// writes it as a graph diagram: each rectangle, ellipse and diamond a node
// labelled by the text inside it (bound to it, or lying within its box),
// each arrow bound at both ends an edge with its bound text as label.
// sketchdeck lays the graph out afresh. What has no place in a graph
// (loose texts, lines not bound to two shapes, pictures, pencil strokes,
// frames) is left out and named in the result's Warnings, which are
// also comments at the top of its TOML; the result has no pictures.
func ImportGraph(data []byte, title string, pal Palette) (Result, error) {
	js, err := sceneJSON(data)
	if err != nil {
		return Result{}, err
	}
	s, err := decodeScene(js)
	if err != nil {
		return Result{}, err
	}
	used := map[string]bool{}
	f := gFile{Version: 1, Kind: "graph", Title: title}
	node := map[string]int{} // Excalidraw id → index in f.Nodes
	var boxes []element
	for _, e := range s.elements {
		if shape := nodeShapes[e.Type]; shape != "" {
			node[e.ID] = len(f.Nodes)
			f.Nodes = append(f.Nodes, gNode{ID: "n" + strconv.Itoa(len(f.Nodes)+1), Shape: shape,
				Fill: color(e.BackgroundColor, pal), Stroke: color(e.StrokeColor, pal)})
			boxes = append(boxes, e)
			used[e.ID] = true
		}
	}
	labels := map[string]string{} // container id → its text
	for _, e := range s.elements {
		if e.Type != "text" {
			continue
		}
		if e.ContainerID != nil && *e.ContainerID != "" {
			labels[*e.ContainerID] = e.Text
			used[e.ID] = true
			continue
		}
		if i := within(boxes, e); i >= 0 && f.Nodes[i].Label == "" {
			f.Nodes[i].Label = e.Text
			used[e.ID] = true
		}
	}
	for id, i := range node {
		if l, ok := labels[id]; ok {
			f.Nodes[i].Label = l
		}
	}
	for _, e := range s.elements {
		if (e.Type != "arrow" && e.Type != "line") || e.StartBinding == nil || e.EndBinding == nil {
			continue
		}
		from, ok1 := node[e.StartBinding.ElementID]
		to, ok2 := node[e.EndBinding.ElementID]
		if !ok1 || !ok2 {
			continue
		}
		ge := gEdge{From: f.Nodes[from].ID, To: f.Nodes[to].ID, Label: labels[e.ID], Stroke: color(e.StrokeColor, pal)}
		if e.StrokeStyle == "dashed" || e.StrokeStyle == "dotted" {
			ge.Style = e.StrokeStyle
		}
		f.Edges = append(f.Edges, ge)
		used[e.ID] = true
	}
	if len(f.Edges) == 0 {
		return Result{}, fmt.Errorf("the scene is not a graph: no arrow is bound to two shapes (import it as a drawing)")
	}
	// A bound text's container may be an edge: it became the edge's label.
	for _, e := range s.elements {
		if e.Type == "text" && e.ContainerID != nil && !used[*e.ContainerID] {
			used[e.ID] = false
		}
	}
	warnings := leftOut(s.elements, used)
	var b bytes.Buffer
	b.WriteString("# Imported from an Excalidraw scene as a graph: sketchdeck lays it out afresh.\n")
	for _, w := range warnings {
		b.WriteString("# " + w + "\n")
	}
	enc := toml.NewEncoder(&b)
	enc.Indent = ""
	if err := enc.Encode(f); err != nil {
		return Result{}, fmt.Errorf("writing the graph: %w", err)
	}
	return Result{TOML: b.Bytes(), Warnings: warnings}, nil
}

// leftOut names the elements a graph has no place for, by type in the
// scene's order: one warning per type.
func leftOut(els []element, used map[string]bool) []string {
	var types []string
	ids := map[string][]string{}
	for _, e := range els {
		if used[e.ID] {
			continue
		}
		if _, ok := ids[e.Type]; !ok {
			types = append(types, e.Type)
		}
		ids[e.Type] = append(ids[e.Type], strconv.Quote(e.ID))
	}
	var out []string
	for _, t := range types {
		why := ""
		switch t {
		case "text":
			why = " (neither bound to a shape or an arrow nor inside a shape)"
		case "arrow", "line":
			why = " (not bound to two shapes at both ends)"
		}
		out = append(out, fmt.Sprintf("left out of the graph: %d %s element(s)%s: %s", len(ids[t]), t, why, strings.Join(ids[t], ", ")))
	}
	return out
}

// within is the smallest box that holds t's centre, or -1.
func within(boxes []element, t element) int {
	cx, cy := t.X+t.Width/2, t.Y+t.Height/2
	best, area := -1, 0.0
	for i, b := range boxes {
		if cx >= b.X && cx <= b.X+b.Width && cy >= b.Y && cy <= b.Y+b.Height {
			if a := b.Width * b.Height; best < 0 || a < area {
				best, area = i, a
			}
		}
	}
	return best
}
