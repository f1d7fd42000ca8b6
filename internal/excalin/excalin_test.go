package excalin

import (
	"bytes"
	"compress/zlib"
	"encoding/base64"
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"testing"
)

const tiny = `{"type":"excalidraw","elements":[
{"type":"rectangle","x":1,"y":2,"width":30,"height":20,"strokeColor":"#000000","backgroundColor":"#ABCDEF","fillStyle":"hachure","strokeWidth":2,"strokeStyle":"dashed","roughness":1,"strokeSharpness":"round"},
{"type":"arrow","x":0,"y":0,"points":[[0,0],[10,5]],"strokeColor":"#1971c2","backgroundColor":"transparent","startArrowhead":null,"endArrowhead":"triangle"},
{"type":"text","x":5,"y":5,"width":40,"text":"hi","fontSize":20,"textAlign":"center","strokeColor":"#000000"}]}`

func TestImport(t *testing.T) {
	out, err := Import([]byte(tiny), "t", Palette{"#000000": "black"})
	if err != nil {
		t.Fatal(err)
	}
	s := string(out)
	for _, want := range []string{`kind = "rect"`, `fill = "#abcdef"`, `fill_style = "hachure"`, `stroke_style = "dashed"`, `rounded = true`,
		`stroke = "black"`, `kind = "arrow"`, `arrowhead = "filled"`, `arrowtail = "none"`, `stroke = "#1971c2"`,
		`text = "hi"`, `align = "center"`, `color = "black"`} {
		if !strings.Contains(s, want) {
			t.Errorf("the drawing lacks %s:\n%s", want, s)
		}
	}
}

// TestEmbedded reads the scene from an SVG export's payload and a PNG
// export's tEXt chunk, both in Excalidraw's compressed envelope.
func TestEmbedded(t *testing.T) {
	var z bytes.Buffer
	w := zlib.NewWriter(&z)
	w.Write([]byte(tiny))
	w.Close()
	var enc strings.Builder
	for _, c := range z.Bytes() {
		enc.WriteRune(rune(c))
	}
	env, _ := json.Marshal(map[string]any{"version": "1", "encoding": "bstring", "compressed": true, "encoded": enc.String()})
	svg := "<svg><!-- svg-source:excalidraw --><metadata><!-- payload-type:application/vnd.excalidraw+json --><!-- payload-version:2 --><!-- payload-start -->" +
		base64.StdEncoding.EncodeToString(env) + "<!-- payload-end --></metadata></svg>"
	var png bytes.Buffer
	png.WriteString("\x89PNG\r\n\x1a\n")
	body := append([]byte("application/vnd.excalidraw+json\x00"), env...)
	n := len(body)
	png.Write([]byte{byte(n >> 24), byte(n >> 16), byte(n >> 8), byte(n)})
	png.WriteString("tEXt")
	png.Write(body)
	png.Write([]byte{0, 0, 0, 0})
	for name, data := range map[string][]byte{"svg": []byte(svg), "png": png.Bytes()} {
		out, err := Import(data, "t", nil)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if !strings.Contains(string(out), `text = "hi"`) {
			t.Errorf("%s: the scene was not read:\n%s", name, out)
		}
	}
	broken := "<svg><!-- payload-start -->" + base64.StdEncoding.EncodeToString([]byte("{\"elements\":\n[{\"type\":\"text\",\"text\":[]}]}")) + "<!-- payload-end --></svg>"
	_, err := Import([]byte(broken), "t", nil)
	var pe *Error
	if !errors.As(err, &pe) || !pe.Embedded || err.Error() != `the embedded scene, 2:24: element 0 (text): "text" is an array, not a string` {
		t.Errorf("a mistake in an embedded scene: %v", err)
	}
	if _, err := Import([]byte("<svg></svg>"), "t", nil); err == nil || !strings.Contains(err.Error(), "no Excalidraw scene") {
		t.Errorf("an SVG without a scene: %v", err)
	}
}

const graphScene = `{"type":"excalidraw","elements":[
{"id":"A","type":"rectangle","x":0,"y":0,"width":100,"height":50,"strokeColor":"#000000","backgroundColor":"#228be6"},
{"id":"B","type":"ellipse","x":300,"y":0,"width":100,"height":50,"strokeColor":"#000000","backgroundColor":"transparent"},
{"id":"t1","type":"text","x":20,"y":10,"width":40,"height":20,"text":"web"},
{"id":"t2","type":"text","x":0,"y":0,"width":40,"height":20,"text":"db","containerId":"B"},
{"id":"e","type":"arrow","x":100,"y":25,"points":[[0,0],[200,0]],"strokeColor":"#000000","strokeStyle":"dashed","startBinding":{"elementId":"A"},"endBinding":{"elementId":"B"}},
{"id":"t3","type":"text","x":0,"y":0,"text":"SQL","containerId":"e"}]}`

func TestImportGraph(t *testing.T) {
	r, err := ImportGraph([]byte(graphScene), "g", Palette{"#000000": "black"})
	if err != nil {
		t.Fatal(err)
	}
	out := r.TOML
	want := `# Imported from an Excalidraw scene as a graph: sketchdeck lays it out afresh.
version = 1
kind = "graph"
title = "g"

[[nodes]]
id = "n1"
label = "web"
shape = "rect"
fill = "#228be6"
stroke = "black"

[[nodes]]
id = "n2"
label = "db"
shape = "ellipse"
stroke = "black"

[[edges]]
from = "n1"
to = "n2"
label = "SQL"
stroke = "black"
style = "dashed"
`
	if string(out) != want {
		t.Errorf("got\n%s\nwant\n%s", out, want)
	}
	if _, err := ImportGraph([]byte(tiny), "g", nil); err == nil || !strings.Contains(err.Error(), "not a graph") {
		t.Errorf("a scene without bound arrows: %v", err)
	}
}

// TestImportGraphLeftOut: what a graph has no place for is named, by type,
// in warnings and in comments at the top of the TOML, not dropped silently.
func TestImportGraphLeftOut(t *testing.T) {
	scene := strings.TrimSuffix(graphScene, "]}") + `,
{"id":"loose","type":"text","x":500,"y":500,"width":40,"height":20,"text":"note"},
{"id":"free","type":"arrow","x":0,"y":200,"points":[[0,0],[50,0]],"startBinding":{"elementId":"A"}},
{"id":"t4","type":"text","x":0,"y":0,"text":"lost","containerId":"free"},
{"id":"pen","type":"freedraw","x":0,"y":300,"points":[[0,0],[5,5]]}]}`
	r, err := ImportGraph([]byte(scene), "g", nil)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		`left out of the graph: 2 text element(s) (neither bound to a shape or an arrow nor inside a shape): "loose", "t4"`,
		`left out of the graph: 1 arrow element(s) (not bound to two shapes at both ends): "free"`,
		`left out of the graph: 1 freedraw element(s): "pen"`,
	}
	if !slices.Equal(r.Warnings, want) {
		t.Errorf("warnings =\n%q\nwant\n%q", r.Warnings, want)
	}
	for _, w := range want {
		if !strings.Contains(string(r.TOML), "# "+w+"\n") {
			t.Errorf("the TOML lacks the comment %q:\n%s", w, r.TOML)
		}
	}
}
