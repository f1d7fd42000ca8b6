package spec

import (
	"reflect"
	"slices"
	"strings"
	"testing"
)

// TestKindKeys: a section another kind reads is an error at its place,
// naming the kind and the keys it has; it used to be drawn by no one.
func TestKindKeys(t *testing.T) {
	table := "kind = \"table\"\n[[table.columns]]\n[[table.rows]]\ncells = [\"a\"]\n"
	tests := []decodeCase{
		{"elements and panels in a table", table + "[[elements]]\nkind = \"rect\"\n[[panels]]\nid = \"p\"\n",
			[]string{
				`d.toml:5:1: kind "table" has no key "elements"; its keys are animate, description, hide_title, kind, lint, parts, seed, steps, table, title, title_size, version`,
				`d.toml:7:1: kind "table" has no key "panels"; its keys are animate, description, hide_title, kind, lint, parts, seed, steps, table, title, title_size, version`,
			}},
		{"defaults in a mind map", "kind = \"mindmap\"\n[mindmap]\ntopic = \"x\"\n[defaults]\nfill = \"red\"\n",
			[]string{`d.toml:4:1: kind "mindmap" has no key "defaults"; its keys are animate, description, hide_title, kind, lint, mindmap, parts, seed, steps, title, title_size, version`}},
		{"table in a graph", "[[nodes]]\nid = \"a\"\n[table]\nfont_size = 3\n",
			[]string{`d.toml:3:1: kind "graph" has no key "table"; its keys are animate, defaults, description, edges, groups, hide_title, kind, lanes, layout, lint, marks, nodes, parts, seed, steps, title, title_size, version`}},
		{"engine in a drawing", "kind = \"drawing\"\n[layout]\nengine = \"dot\"\nmargin = 4\n[[elements]]\nkind = \"rect\"\nwidth = 1\nheight = 1\n",
			[]string{`d.toml:3:1: kind "drawing" reads only margin in [layout], not "engine"`}},
	}
	checkDecodeErrors(t, tests)
}

// TestKindKeysComplete: every kind lists its keys, and every top-level key
// of the format is read by some kind.
func TestKindKeysComplete(t *testing.T) {
	read := commonKeys()
	for _, k := range Kinds().Choices {
		keys, _ := kindKeys(k)
		if keys == nil {
			t.Errorf("kind %q lists no keys", k)
		}
		read = append(read, keys...)
	}
	for _, key := range validKeys(reflect.TypeFor[Diagram](), nil) {
		if !slices.Contains(read, key) {
			t.Errorf("no kind reads the top-level key %q", key)
		}
	}
}

// TestElementKeys: a key an element's kind does not draw, and a [defaults]
// key a drawing has no use for, are errors at the key; they used to be
// accepted and ignored.
func TestElementKeys(t *testing.T) {
	drawing := "kind = \"drawing\"\n"
	tests := []decodeCase{
		{"stroke on a text", drawing + "[[elements]]\nkind = \"text\"\ntext = \"hi\"\nstroke = \"red\"\n",
			[]string{`d.toml:5:1: stroke has no effect on a text element; it is for shapes, line, arrow, polygon, freehand, arc, chart, status, grid (a text's colour is color)`}},
		{"fill on a line, align on a rect", drawing + "[[elements]]\nkind = \"line\"\npoints = [[0, 0], [1, 1]]\nfill = \"red\"\n[[elements]]\nkind = \"rect\"\nwidth = 1\nheight = 1\nalign = \"left\"\n",
			[]string{
				`d.toml:5:1: fill has no effect on a line element; it is for shapes, polygon, chart`,
				`d.toml:10:1: align has no effect on a rect element; it is for text`,
			}},
		{"defaults without meaning in a drawing", drawing + "[defaults]\nshape = \"circle\"\ntoken = \"red\"\n[[elements]]\nkind = \"rect\"\nwidth = 1\nheight = 1\n",
			[]string{
				`d.toml:3:1: [defaults] shape has no meaning in a drawing; a drawing's defaults are fill, fill_style, font_size, roughness, stroke, stroke_style, stroke_width, text_color`,
				`d.toml:4:1: [defaults] token has no meaning in a drawing; a drawing's defaults are fill, fill_style, font_size, roughness, stroke, stroke_style, stroke_width, text_color`,
			}},
	}
	checkDecodeErrors(t, tests)
}

// TestDrawingDefaults: each element takes the [defaults] its kind draws and
// keeps what it sets itself.
func TestDrawingDefaults(t *testing.T) {
	src := "kind = \"drawing\"\n[defaults]\nfill = \"red\"\nstroke = \"blue\"\ntext_color = \"green\"\nroughness = 0\n" +
		"[[elements]]\nkind = \"rect\"\nwidth = 1\nheight = 1\nfill = \"gray\"\n" +
		"[[elements]]\nkind = \"text\"\ntext = \"x\"\n" +
		"[[elements]]\nkind = \"line\"\npoints = [[0, 0], [1, 1]]\n"
	d, err := Decode("d.toml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	rect, text, line := d.Elements[0], d.Elements[1], d.Elements[2]
	if rect.Fill != "gray" || rect.Stroke != "blue" || rect.Color != "green" || rect.Roughness == nil {
		t.Errorf("rect: fill %q, stroke %q, color %q, roughness %v", rect.Fill, rect.Stroke, rect.Color, rect.Roughness)
	}
	if text.Fill != "" || text.Stroke != "" || text.Color != "green" || text.Roughness == nil {
		t.Errorf("text: fill %q, stroke %q, color %q, roughness %v", text.Fill, text.Stroke, text.Color, text.Roughness)
	}
	if line.Fill != "" || line.Stroke != "blue" || line.Color != "green" {
		t.Errorf("line: fill %q, stroke %q, color %q", line.Fill, line.Stroke, line.Color)
	}
}

// decodeCase is a source and the whole messages Decode must give for it.
type decodeCase struct {
	name, src string
	want      []string
}

func checkDecodeErrors(t *testing.T, tests []decodeCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Decode("d.toml", []byte(tt.src))
			if err == nil {
				t.Fatal("no error")
			}
			if got, want := err.Error(), strings.Join(tt.want, "\n"); got != want {
				t.Errorf("got:\n%s\nwant:\n%s", got, want)
			}
		})
	}
}
