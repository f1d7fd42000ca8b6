package excalout

import (
	"encoding/json"
	"testing"
)

// TestValidate breaks a valid file one field at a time and checks the
// whole message.
func TestValidate(t *testing.T) {
	_, data := write(t, small())
	cases := []struct {
		name string
		edit func(doc map[string]any, els []map[string]any)
		want string
	}{
		{"type", func(d map[string]any, _ []map[string]any) { d["type"] = "excalidrawlib" }, `type is excalidrawlib, not "excalidraw"`},
		{"no files", func(d map[string]any, _ []map[string]any) { delete(d, "files") }, `the scene lacks files`},
		{"fill style", func(_ map[string]any, e []map[string]any) { e[0]["fillStyle"] = "dots" },
			`element 0 (rectangle "node:a"): fillStyle "dots" is not one of hachure, cross-hatch, solid, zigzag`},
		{"colour", func(_ map[string]any, e []map[string]any) { e[0]["strokeColor"] = "red" },
			`element 0 (rectangle "node:a"): strokeColor "red" is not #rrggbb or transparent`},
		{"missing field", func(_ map[string]any, e []map[string]any) { delete(e[1], "lineHeight") },
			`element 1 (text "node:a:label") lacks lineHeight`},
		{"wrong type", func(_ map[string]any, e []map[string]any) { e[1]["fontSize"] = "20" },
			`element 1 (text "node:a:label"): fontSize is a string, not a number`},
		{"font", func(_ map[string]any, e []map[string]any) { e[1]["fontFamily"] = 4 },
			`element 1 (text "node:a:label"): fontFamily 4 is not one of Excalidraw's`},
		{"unknown type", func(_ map[string]any, e []map[string]any) { e[2]["type"] = "cylinder" },
			`element 2 (cylinder "node:b"): unknown type "cylinder"`},
		{"container", func(_ map[string]any, e []map[string]any) { e[0]["boundElements"] = []any{} },
			"element \"node:a:label\": its container \"node:a\" does not list it in boundElements\n" +
				"element \"edge:a->c#0\": \"node:a\", which its startBinding names, does not list it in boundElements"},
		{"binding", func(_ map[string]any, e []map[string]any) {
			e[9]["endBinding"].(map[string]any)["elementId"] = "node:b:1"
		},
			"element \"node:c\": bound arrow \"edge:a->c#0\" is not bound to it\n" +
				`element "edge:a->c#0": endBinding.elementId "node:b:1" is not an element an arrow binds to`},
		{"points", func(_ map[string]any, e []map[string]any) { e[9]["points"] = []any{[]any{1, 0}, []any{200, 0}} },
			"element 9 (arrow \"edge:a->c#0\"): the first point is [1, 0], not [0, 0]\n" +
				"element 9 (arrow \"edge:a->c#0\"): width and height 200×0 are not the points' extent 199×0"},
		{"file", func(d map[string]any, _ []map[string]any) { d["files"] = map[string]any{} },
			`element "el:0": its file "9040a7d6cdf7a0d6cab1823831c6ceb7d01af97f" is not in files`},
		{"duplicate", func(_ map[string]any, e []map[string]any) { e[4]["id"] = "node:b:fill" },
			`element 4 (ellipse "node:b:fill"): id is used twice`},
		{"index", func(_ map[string]any, e []map[string]any) { e[4]["index"] = "a0" },
			`element "node:b:0": index "a0" does not come after "a3"`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var doc map[string]any
			if err := json.Unmarshal(data, &doc); err != nil {
				t.Fatal(err)
			}
			var els []map[string]any
			for _, e := range doc["elements"].([]any) {
				els = append(els, e.(map[string]any))
			}
			c.edit(doc, els)
			bad, _ := json.Marshal(doc)
			err := Validate(bad)
			if err == nil || err.Error() != c.want {
				t.Errorf("got  %v\nwant %s", err, c.want)
			}
		})
	}
}
