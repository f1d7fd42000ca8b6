package spec

import (
	"fmt"
	"strings"
	"testing"
)

// TestDecodeErrors checks whole messages: position, wording and the valid
// choices, for each kind of mistake, and that all of a file's problems are
// reported at once.
func TestDecodeErrors(t *testing.T) {
	tests := []struct {
		name, src string
		want      []string
	}{
		{"syntax", "title = \"x\n", []string{`d.toml:1:11: title: strings cannot contain newlines`}},
		{"unclosed table header", "[[nodes]]\nid = \"a\"\n[[edges]]\nfrom = \"a\"\nto = \"a\"\n[[nodes]\nid = \"b\"\n",
			[]string{`d.toml:6:8: expected "]]" to close the table name, but the line ends`}},
		{"unclosed table header at the end", "[[nodes]]\nid = \"a\"\n[[nodes]",
			[]string{`d.toml:3:8: expected "]]" to close the table name, but got the end of the file instead`}},
		{"missing value", "[[nodes]]\nid = \"a\"\n  label = \n",
			[]string{`d.toml:3:11: label: expected value, but the line ends`}},
		{"duplicate key", "[[nodes]]\nid = \"a\"\nid = \"b\"\n",
			[]string{`d.toml:3:1: "nodes.id" is already defined above: a key or table is written once`}},
		{"unknown engine", "[layout]\nengine = \"dott\"\n[[nodes]]\nid = \"a\"\n",
			[]string{`d.toml:2:1: unknown layout engine "dott" (did you mean "dot"?): valid choices are "dot", "neato", "twopi", "circo" or "fdp"`}},
		{"unknown shape and colour together", "[[nodes]]\nid = \"a\"\nshape = \"circel\"\nfill = \"#12\"\n",
			[]string{
				`d.toml:3:1: unknown shape "circel" (did you mean "circle"?): valid choices are "rectangle", "square", "circle", "ellipse", "diamond", "cylinder", "text", "tube", "hexagon", "parallelogram", "document", "note" or "cloud"`,
				`d.toml:4:1: bad colour "#12": a hex colour has 3, 4, 6 or 8 hex digits, as in "#228be6"`,
			}},
		{"self-loop with a side and a scribble", "[[nodes]]\nid = \"a\"\n[[edges]]\nfrom = \"a\"\nto = \"a\"\nto_side = \"left\"\nstyle = \"squiggly\"\n",
			[]string{
				`d.toml:6:1: to_side has no effect on edge "a → a", which is drawn as a loop over a corner of its node: drop to_side`,
				`d.toml:7:1: style "squiggly" has no effect on edge "a → a", which is drawn as a loop over a corner of its node: drop style, or pick solid, dashed, dotted or curl`,
			}},
		{"block self-loop with a bend", "[[nodes]]\nid = \"a\"\n[[edges]]\nfrom = \"a\"\nto = \"a\"\nstyle = \"block\"\nbend = 20\ncurve = \"over\"\n",
			[]string{
				`d.toml:6:1: style "block" has no effect on edge "a → a", which is drawn as a loop over a corner of its node: drop style, or pick solid, dashed, dotted or curl`,
				`d.toml:7:1: bend has no effect on edge "a → a", which is drawn as a loop over a corner of its node: drop bend`,
				`d.toml:8:1: curve has no effect on edge "a → a", which is drawn as a loop over a corner of its node: drop curve`,
			}},
		{"nodes written as a string", "title = \"x\"\nnodes = \"a\"\n",
			[]string{`d.toml:2:1: nodes: want a list [...], not a string`}},
		{"edge end written as a number", "[[nodes]]\nid = \"a\"\n[[edges]]\nfrom = 1\nto = \"a\"\n",
			[]string{`d.toml:4:1: from: want a string, not a number`}},
		{"elements written as a number", "kind = \"drawing\"\nelements = 3\n",
			[]string{`d.toml:2:1: elements: want a list [...], not a number`}},
		{"node id written as a number", "[[nodes]]\nid = 1\n",
			[]string{`d.toml:2:1: id: want a string, not a number`}},
		{"panels written as a string", "kind = \"panels\"\npanels = \"a\"\n",
			[]string{`d.toml:2:1: panels: want a list [...], not a string`}},
		{"table columns written as a string", "kind = \"table\"\n[table]\ncolumns = \"a\"\n",
			[]string{`d.toml:3:1: columns: want a list [...], not a string`}},
		{"topic written as a number", "kind = \"mindmap\"\n[mindmap]\ntopic = 1\n",
			[]string{`d.toml:3:1: topic: want a string, not a number`}},
		{"list for a choice", "[[layout.direction]]\nx = 1\n[[nodes]]\nid = \"a\"\n",
			[]string{`d.toml:1:1: direction: want a single value, not a list [...]`}},
		{"one bracket for a list", "title = \"x\"\n[nodes]\nid = \"a\"\n",
			[]string{`d.toml:2:1: nodes: want a list [...], not a table: an entry of the list is written [[nodes]], with two brackets`}},
		{"list entry with no list", "kind = \"panels\"\n\n  [[panels.edges]]\nfrom = \"a\"\nto = \"b\"\n",
			[]string{`d.toml:3:3: panels: want a list [...], not a table: [[panels.edges]] belongs to an entry of [[panels]], and none is written above it (write [[panels]] first)`}},
		{"unknown key", "[[nodes]]\nid = \"a\"\ncolour = \"red\"\n",
			[]string{`d.toml:3:1: unknown key "colour" in [nodes]; valid keys are bands, cap, fill, fill_style, font_size, group, height, icon, icon_size, id, image, image_size, inside, label, label_position, lane, lines, pos, rank, roughness, rounded, shape, status, step, stroke, stroke_style, stroke_width, text_color, token, token_size, tokens, width`}},
		// A new user's first graph: edges = [...] written at the end of
		// the file lands in the last [[nodes]] entry. One error, at the
		// key, saying why; none for the keys inside it, which have no
		// place of their own.
		{"top-level key after a table", "[[nodes]]\nid = \"a\"\n[[nodes]]\nid = \"b\"\nedges = [\n  { from = \"a\", to = \"b\", label = \"x\" },\n  { from = \"b\", to = \"a\" },\n]\n",
			[]string{`d.toml:5:1: unknown key "edges" in [nodes]: "edges" is a top-level key, and TOML puts every key written after a table's header (here [[nodes]]) into that table; move it above the file's first header`}},
		{"top-level key after a one-bracket table", "[layout]\ndirection = \"LR\"\ntitle = \"x\"\n[[nodes]]\nid = \"a\"\n",
			[]string{`d.toml:3:1: unknown key "title" in [layout]: "title" is a top-level key, and TOML puts every key written after a table's header (here [layout]) into that table; move it above the file's first header`}},
		{"unknown table's keys", "[[nodes]]\nid = \"a\"\n[nodes.look]\ncolour = \"red\"\nsize = 3\n",
			[]string{`d.toml:3:1: unknown key "look" in [nodes]; valid keys are bands, cap, fill, fill_style, font_size, group, height, icon, icon_size, id, image, image_size, inside, label, label_position, lane, lines, pos, rank, roughness, rounded, shape, status, step, stroke, stroke_style, stroke_width, text_color, token, token_size, tokens, width`}},
		// TOML keys are case-sensitive; the TOML decoder's matching is not,
		// and [[Nodes]] beside [[nodes]] filled one field at random.
		{"key in another case", "Title = \"x\"\n[[nodes]]\nid = \"a\"\nLabel = \"A\"\n[Layout]\nengine = \"dot\"\n",
			[]string{
				`d.toml:1:1: unknown key "Title" at the top level (did you mean "title"?); valid keys are animate, defaults, description, edges, elements, groups, hide_title, kind, lanes, layout, lint, marks, mindmap, nodes, panels, parts, seed, split, steps, table, title, title_size, version`,
				`d.toml:4:1: unknown key "Label" in [nodes] (did you mean "label"?); valid keys are bands, cap, fill, fill_style, font_size, group, height, icon, icon_size, id, image, image_size, inside, label, label_position, lane, lines, pos, rank, roughness, rounded, shape, status, step, stroke, stroke_style, stroke_width, text_color, token, token_size, tokens, width`,
				`d.toml:5:1: unknown key "Layout" at the top level (did you mean "layout"?); valid keys are animate, defaults, description, edges, elements, groups, hide_title, kind, lanes, layout, lint, marks, mindmap, nodes, panels, parts, seed, split, steps, table, title, title_size, version`,
			}},
		{"table in two cases", "[[Nodes]]\nid = \"a\"\n[[nodes]]\nid = \"b\"\n[[edges]]\nfrom = \"a\"\nto = \"b\"\n",
			[]string{`d.toml:1:1: unknown key "Nodes" at the top level (did you mean "nodes"?); valid keys are animate, defaults, description, edges, elements, groups, hide_title, kind, lanes, layout, lint, marks, mindmap, nodes, panels, parts, seed, split, steps, table, title, title_size, version`}},
		{"unknown node", "[[nodes]]\nid = \"cache\"\n[[nodes]]\nid = \"db\"\n[[edges]]\nfrom = \"db\"\nto = \"cahce\"\n",
			[]string{`d.toml:7:1: edge "db → cahce": unknown node "cahce" (did you mean "cache"?)`}},
		{"duplicate id", "[[nodes]]\nid = \"a\"\n[[nodes]]\nid = \"a\"\n",
			[]string{`d.toml:4:1: duplicate node id "a"`}},
		{"no nodes", "title = \"empty\"\n", []string{`d.toml: the diagram has no nodes: add at least one [[nodes]] table`}},
		{"wrong type", "[[nodes]]\nid = \"a\"\n  width = \"big\"\n", []string{`d.toml:3:3: width: want a number, not a string`}},
		{"wrong types with the other problems", "[[nodes]]\nid = \"a\"\nwidth = \"big\"\nshape = \"circel\"\n[[nodes]]\nid = \"b\"\nheight = true\ncolour = \"red\"\n",
			[]string{
				`d.toml:3:1: width: want a number, not a string`,
				`d.toml:4:1: unknown shape "circel" (did you mean "circle"?): valid choices are "rectangle", "square", "circle", "ellipse", "diamond", "cylinder", "text", "tube", "hexagon", "parallelogram", "document", "note" or "cloud"`,
				`d.toml:7:1: height: want a number, not true or false`,
				`d.toml:8:1: unknown key "colour" in [nodes]; valid keys are bands, cap, fill, fill_style, font_size, group, height, icon, icon_size, id, image, image_size, inside, label, label_position, lane, lines, pos, rank, roughness, rounded, shape, status, step, stroke, stroke_style, stroke_width, text_color, token, token_size, tokens, width`,
			}},
		{"wrong type over several lines", "[[nodes]]\nid = \"a\"\npos = [\n  \"x\",\n  1,\n]\nshape = \"circel\"\n",
			[]string{`d.toml:3:1: pos: want a number, not a string`}},
		{"negative size", "[[nodes]]\nid = \"a\"\nwidth = -3\n", []string{`d.toml:3:1: width must be a number from 0 to 10000, not -3`}},
		{"nan size", "[[nodes]]\nid = \"a\"\nheight = nan\n", []string{`d.toml:3:1: height must be a number from 0 to 10000, not NaN`}},
		{"bad arrow and direction", "[layout]\ndirection = \"sideways\"\n[[nodes]]\nid = \"a\"\n[[edges]]\nfrom = \"a\"\nto = \"a\"\narrow = \"forwards\"\n",
			[]string{
				`d.toml:2:1: unknown direction "sideways": valid choices are "LR", "RL", "TB" or "BT"`,
				`d.toml:8:1: unknown arrow "forwards": valid choices are "none", "end", "start" or "both"`,
			}},
		{"style ranges shared with themes", "[defaults]\nroughness = inf\n[[nodes]]\nid = \"a\"\nstroke_width = 1e308\n[[edges]]\nfrom = \"a\"\nto = \"a\"\nfont_size = 5000\n",
			[]string{
				`d.toml:2:1: roughness must be a number from 0 (clean) to 10, not +Inf`,
				`d.toml:5:1: stroke_width must be a number from 0 to 100, not 1e+308`,
				`d.toml:9:1: font_size must be a number from 0 to 1000, not 5000`,
			}},
		{"swapped letters", "[[nodes]]\nid = \"a\"\nfill_style = \"dost\"\n",
			[]string{`d.toml:3:1: unknown fill style "dost" (did you mean "dots"?): valid choices are "solid", "hachure", "cross-hatch", "zigzag", "dots" or "none"`}},
		{"future version", "version = 2\n[[nodes]]\nid = \"a\"\n", []string{`d.toml:1:1: format version 2 is not supported; this sketchdeck reads version 1`}},
		{"unknown kind", "kind = \"pie\"\n", []string{`d.toml:1:1: unknown kind "pie": valid choices are "graph", "panels", "table", "mindmap" or "drawing"`}},
		{"bad status", "[[nodes]]\nid = \"a\"\nstatus = \"so-so!\"\n", []string{`d.toml:3:1: unknown status "so-so!": valid choices are "up", "down" or a colour`}},
		{"bad root", "[layout]\nroot = \"hub\"\n[[nodes]]\nid = \"a\"\n", []string{`d.toml:2:1: root: unknown node "hub"`}},
		{"too big", strings.Repeat("#", MaxSource+1), []string{`d.toml: source is 1048577 bytes; the limit is 1048576 bytes (1 MiB)`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Decode("d.toml", []byte(tt.src))
			if err == nil {
				t.Fatal("no error")
			}
			got := strings.Split(err.Error(), "\n")
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

func TestDecodeDefaults(t *testing.T) {
	d, err := Decode("diagrams/x.toml", []byte("[[nodes]]\nid = \"a\"\nshape = \"DB\"\nfill = \"Blue\"\n"))
	if err != nil {
		t.Fatal(err)
	}
	if d.Name != "x" || d.Version != 1 || d.Kind != KindGraph {
		t.Errorf("name %q version %d kind %q", d.Name, d.Version, d.Kind)
	}
	if n := d.Nodes[0]; n.Shape != "cylinder" || n.Fill != "blue" || n.P != (Pos{1, 1}) {
		t.Errorf("node %+v", n)
	}
}

func TestLocate(t *testing.T) {
	src := "title = \"x\"\n[layout]\n  engine = \"dot\"\n[[nodes]]\nid = \"a\"\n[[nodes]]\nid = \"b\"\nlabel = \"\"\"\nid = \"no\"\n\"\"\"\nshape = \"box\"\n[[edges]]\nfrom = \"a\"\nto = \"b\"\nlist = [{ x = 1 },\n  { x = 2 }]\n"
	pos := locate(src)
	want := map[string]Pos{
		"title": {1, 1}, "layout": {2, 1}, "layout.engine": {3, 3}, "nodes[0]": {4, 1}, "nodes[0].id": {5, 1},
		"nodes[1].id": {7, 1}, "nodes[1].shape": {11, 1}, "edges[0].to": {14, 1}, "edges[0].list[1]": {16, 3},
	}
	for k, w := range want {
		if pos[k] != w {
			t.Errorf("%s at %v, want %v", k, pos[k], w)
		}
	}
	if p := pos.at("nodes[1].fill"); p != (Pos{6, 1}) {
		t.Errorf("fallback to the table: %v", p)
	}
}

// TestManyErrors: a file full of mistakes gets the first MaxErrors of them
// and a count of the rest, and the locator's lookups stay linear (the
// unknown keys took minutes when each scanned every position); keys in
// another case than the format's are reported as unknown keys are.
func TestManyErrors(t *testing.T) {
	unknown, miscased := strings.Builder{}, strings.Builder{}
	unknown.WriteString("[[nodes]]\nid = \"a\"\n")
	for i := range 40000 {
		fmt.Fprintf(&unknown, "k%d = 1\n", i)
	}
	for i := range 5000 {
		fmt.Fprintf(&miscased, "[[nodes]]\nid = \"n%d\"\nLabel = \"x\"\n", i)
	}
	for _, tt := range []struct{ name, src, first, last string }{
		{"unknown keys", unknown.String(), `d.toml:3:1: unknown key "k0" in [nodes]`, "d.toml: too many errors: 39950 more not shown"},
		{"miscased keys", miscased.String(), `d.toml:3:1: unknown key "Label" in [nodes] (did you mean "label"?)`, fmt.Sprintf("d.toml: too many errors: %d more not shown", 5000-MaxErrors)},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Decode("d.toml", []byte(tt.src))
			if err == nil {
				t.Fatal("no error")
			}
			lines := strings.Split(err.Error(), "\n")
			if len(lines) != MaxErrors+1 {
				t.Fatalf("%d lines; want %d", len(lines), MaxErrors+1)
			}
			if !strings.HasPrefix(lines[0], tt.first) || lines[MaxErrors] != tt.last {
				t.Errorf("first %q, last %q", lines[0], lines[MaxErrors])
			}
		})
	}
}
