package excalin

import (
	"strings"
	"testing"
)

// openColor is part of the default theme's palette (Excalidraw's
// open-color colours).
var openColor = Palette{"#1e1e1e": "black", "#1971c2": "dark-blue", "#a5d8ff": "light-blue", "#e03131": "dark-red"}

// TestElementProperties imports one element at a time and checks the
// whole drawing element it becomes: each Excalidraw property of the issue
// taken into the key that draws it.
func TestElementProperties(t *testing.T) {
	for _, tc := range []struct{ name, element, want string }{
		{"rectangle", `{"id":"r","type":"rectangle","x":10,"y":20,"width":100,"height":50,"strokeColor":"#1e1e1e","backgroundColor":"transparent"}`,
			"id = \"r\"\nkind = \"rect\"\nx = 10.0\ny = 20.0\nwidth = 100.0\nheight = 50.0\nstroke = \"black\"\n"},
		{"ellipse", `{"id":"e","type":"ellipse","x":0,"y":0,"width":40,"height":30}`,
			"id = \"e\"\nkind = \"ellipse\"\nx = 0.0\ny = 0.0\nwidth = 40.0\nheight = 30.0\n"},
		{"diamond", `{"id":"d","type":"diamond","x":0,"y":0,"width":40,"height":30}`,
			"id = \"d\"\nkind = \"diamond\"\nx = 0.0\ny = 0.0\nwidth = 40.0\nheight = 30.0\n"},
		{"palette colour and hex", `{"id":"r","type":"rectangle","x":0,"y":0,"width":1,"height":1,"strokeColor":"#1971C2","backgroundColor":"#123456"}`,
			"id = \"r\"\nkind = \"rect\"\nx = 0.0\ny = 0.0\nwidth = 1.0\nheight = 1.0\nstroke = \"dark-blue\"\nfill = \"#123456\"\n"},
		{"short hex", `{"id":"r","type":"ellipse","x":0,"y":0,"width":1,"height":1,"strokeColor":"#abc"}`,
			"id = \"r\"\nkind = \"ellipse\"\nx = 0.0\ny = 0.0\nwidth = 1.0\nheight = 1.0\nstroke = \"#aabbcc\"\n"},
		{"fill style", `{"id":"r","type":"ellipse","x":0,"y":0,"width":1,"height":1,"backgroundColor":"#a5d8ff","fillStyle":"cross-hatch"}`,
			"id = \"r\"\nkind = \"ellipse\"\nx = 0.0\ny = 0.0\nwidth = 1.0\nheight = 1.0\nfill = \"light-blue\"\nfill_style = \"cross-hatch\"\n"},
		{"stroke width and style", `{"id":"r","type":"ellipse","x":0,"y":0,"width":1,"height":1,"strokeWidth":4,"strokeStyle":"dotted"}`,
			"id = \"r\"\nkind = \"ellipse\"\nx = 0.0\ny = 0.0\nwidth = 1.0\nheight = 1.0\nstroke_width = 4.0\nstroke_style = \"dotted\"\n"},
		{"solid stroke is the default", `{"id":"r","type":"ellipse","x":0,"y":0,"width":1,"height":1,"strokeStyle":"solid"}`,
			"id = \"r\"\nkind = \"ellipse\"\nx = 0.0\ny = 0.0\nwidth = 1.0\nheight = 1.0\n"},
		{"roughness", `{"id":"r","type":"ellipse","x":0,"y":0,"width":1,"height":1,"roughness":2}`,
			"id = \"r\"\nkind = \"ellipse\"\nx = 0.0\ny = 0.0\nwidth = 1.0\nheight = 1.0\nroughness = 2.0\n"},
		{"roughness 0", `{"id":"r","type":"ellipse","x":0,"y":0,"width":1,"height":1,"roughness":0}`,
			"id = \"r\"\nkind = \"ellipse\"\nx = 0.0\ny = 0.0\nwidth = 1.0\nheight = 1.0\nroughness = 0.0\n"},
		{"rotation", `{"id":"r","type":"ellipse","x":0,"y":0,"width":1,"height":1,"angle":1.5707963267948966}`,
			"id = \"r\"\nkind = \"ellipse\"\nx = 0.0\ny = 0.0\nwidth = 1.0\nheight = 1.0\nrotate = 90.0\n"},
		{"opacity", `{"id":"r","type":"ellipse","x":0,"y":0,"width":1,"height":1,"opacity":40}`,
			"id = \"r\"\nkind = \"ellipse\"\nx = 0.0\ny = 0.0\nwidth = 1.0\nheight = 1.0\nopacity = 0.4\n"},
		{"opacity 0", `{"id":"t","type":"text","x":0,"y":0,"text":"a","opacity":0}`,
			"id = \"t\"\nkind = \"text\"\nx = 0.0\ny = 0.0\ntext = \"a\"\nopacity = 0.0\n"},
		{"opacity 100 is the default", `{"id":"r","type":"ellipse","x":0,"y":0,"width":1,"height":1,"opacity":100}`,
			"id = \"r\"\nkind = \"ellipse\"\nx = 0.0\ny = 0.0\nwidth = 1.0\nheight = 1.0\n"},
		{"rounded corners, adaptive", `{"id":"r","type":"rectangle","x":0,"y":0,"width":100,"height":60,"roundness":{"type":3}}`,
			"id = \"r\"\nkind = \"rect\"\nx = 0.0\ny = 0.0\nwidth = 100.0\nheight = 60.0\nrounded = true\n"},
		{"rounded corners, fixed radius", `{"id":"r","type":"rectangle","x":0,"y":0,"width":100,"height":60,"roundness":{"type":3,"value":12}}`,
			"id = \"r\"\nkind = \"rect\"\nx = 0.0\ny = 0.0\nwidth = 100.0\nheight = 60.0\nrounded = 12.0\n"},
		{"rounded corners, legacy", `{"id":"r","type":"rectangle","x":0,"y":0,"width":100,"height":60,"strokeSharpness":"round"}`,
			"id = \"r\"\nkind = \"rect\"\nx = 0.0\ny = 0.0\nwidth = 100.0\nheight = 60.0\nrounded = true\n"},
		{"sharp corners", `{"id":"r","type":"rectangle","x":0,"y":0,"width":100,"height":60,"roundness":null}`,
			"id = \"r\"\nkind = \"rect\"\nx = 0.0\ny = 0.0\nwidth = 100.0\nheight = 60.0\n"},
		{"line", `{"id":"l","type":"line","x":5,"y":6,"points":[[0,0],[10,0],[10,10]],"roundness":null}`,
			"id = \"l\"\nkind = \"line\"\nx = 5.0\ny = 6.0\npoints = [[0.0, 0.0], [10.0, 0.0], [10.0, 10.0]]\n"},
		{"round line", `{"id":"l","type":"line","x":5,"y":6,"points":[[0,0],[10,0],[10,10]],"roundness":{"type":2}}`,
			"id = \"l\"\nkind = \"line\"\nx = 5.0\ny = 6.0\npoints = [[0.0, 0.0], [10.0, 0.0], [10.0, 10.0]]\nsmooth = true\n"},
		{"closed filled line", `{"id":"l","type":"line","x":0,"y":0,"points":[[0,0],[10,0],[10,10],[0,0]],"backgroundColor":"#e03131","fillStyle":"solid"}`,
			"id = \"l\"\nkind = \"polygon\"\nx = 0.0\ny = 0.0\npoints = [[0.0, 0.0], [10.0, 0.0], [10.0, 10.0]]\nfill = \"dark-red\"\nfill_style = \"solid\"\n"},
		{"arrow with heads", `{"id":"a","type":"arrow","x":0,"y":0,"points":[[0,0],[50,0]],"startArrowhead":"dot","endArrowhead":"triangle_outline"}`,
			"id = \"a\"\nkind = \"arrow\"\nx = 0.0\ny = 0.0\npoints = [[0.0, 0.0], [50.0, 0.0]]\narrowhead = \"triangle\"\narrowtail = \"dot\"\n"},
		{"arrow heads", `{"id":"a","type":"arrow","x":0,"y":0,"points":[[0,0],[50,0]],"startArrowhead":"bar","endArrowhead":"arrow"}`,
			"id = \"a\"\nkind = \"arrow\"\nx = 0.0\ny = 0.0\npoints = [[0.0, 0.0], [50.0, 0.0]]\narrowhead = \"open\"\narrowtail = \"bar\"\n"},
		{"bound arrow keeps its points", `{"id":"a","type":"arrow","x":0,"y":0,"points":[[0,0],[50,0]],"endArrowhead":"triangle","startBinding":{"elementId":"b1"},"endBinding":{"elementId":"b2"}}`,
			"id = \"a\"\nkind = \"arrow\"\nx = 0.0\ny = 0.0\npoints = [[0.0, 0.0], [50.0, 0.0]]\narrowhead = \"filled\"\narrowtail = \"none\"\n"},
		{"freedraw", `{"id":"f","type":"freedraw","x":1,"y":2,"points":[[0,0],[1,1],[2,1]],"strokeColor":"#e03131"}`,
			"id = \"f\"\nkind = \"freehand\"\nx = 1.0\ny = 2.0\npoints = [[0.0, 0.0], [1.0, 1.0], [2.0, 1.0]]\nstroke = \"dark-red\"\n"},
		{"text", `{"id":"t","type":"text","x":1,"y":2,"width":80,"text":"Hello\nworld","fontSize":28,"textAlign":"right","strokeColor":"#1971c2"}`,
			"id = \"t\"\nkind = \"text\"\nx = 1.0\ny = 2.0\nwidth = 80.0\ntext = \"Hello\\nworld\"\nfont_size = 28.0\ncolor = \"dark-blue\"\nalign = \"right\"\n"},
		{"text left", `{"id":"t","type":"text","x":1,"y":2,"width":80,"text":"a","fontSize":20,"textAlign":"left"}`,
			"id = \"t\"\nkind = \"text\"\nx = 1.0\ny = 2.0\nwidth = 80.0\ntext = \"a\"\nfont_size = 20.0\n"},
		{"text in Cascadia", `{"id":"t","type":"text","x":1,"y":2,"width":80,"text":"git push","fontSize":20,"fontFamily":3,"textAlign":"left"}`,
			"id = \"t\"\nkind = \"text\"\nx = 1.0\ny = 2.0\nwidth = 80.0\nfont_size = 20.0\n\n[[elements.lines]]\ntext = \"git push\"\nfont = \"mono\"\n"},
		{"text in Helvetica", `{"id":"t","type":"text","x":1,"y":2,"width":80,"text":"a","fontSize":20,"fontFamily":2,"textAlign":"left"}`,
			"id = \"t\"\nkind = \"text\"\nx = 1.0\ny = 2.0\nwidth = 80.0\nfont_size = 20.0\n\n[[elements.lines]]\ntext = \"a\"\nfont = \"sans\"\n"},
		{"text in Virgil", `{"id":"t","type":"text","x":1,"y":2,"width":80,"text":"a","fontSize":20,"fontFamily":1,"textAlign":"left"}`,
			"id = \"t\"\nkind = \"text\"\nx = 1.0\ny = 2.0\nwidth = 80.0\ntext = \"a\"\nfont_size = 20.0\n"},
		{"frame", `{"id":"f","type":"frame","x":0,"y":30,"width":200,"height":100,"strokeColor":"#bbb","strokeWidth":2,"name":"Web tier"}`,
			"id = \"f\"\nkind = \"rect\"\nx = 0.0\ny = 30.0\nwidth = 200.0\nheight = 100.0\nstroke = \"#bbbbbb\"\nstroke_width = 2.0\nroughness = 0.0\nrounded = 8\n\n" +
				"[[elements]]\nid = \"f.name\"\nkind = \"text\"\nx = 0.0\ny = 9.5\ntext = \"Web tier\"\nfont_size = 14.0\ncolor = \"#999999\"\n"},
		{"frame without a name", `{"id":"f","type":"frame","x":0,"y":30,"width":200,"height":100,"name":null}`,
			"id = \"f\"\nkind = \"rect\"\nx = 0.0\ny = 30.0\nwidth = 200.0\nheight = 100.0\nroughness = 0.0\nrounded = 8\n\n" +
				"[[elements]]\nid = \"f.name\"\nkind = \"text\"\nx = 0.0\ny = 9.5\ntext = \"Frame\"\nfont_size = 14.0\ncolor = \"#999999\"\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out, err := ImportScene([]byte(`{"type":"excalidraw","elements":[`+tc.element+`]}`), Options{Title: "t", Palette: openColor})
			if err != nil {
				t.Fatal(err)
			}
			_, got, _ := strings.Cut(string(out.TOML), "[[elements]]\n")
			if got != tc.want {
				t.Errorf("got\n%s\nwant\n%s", got, tc.want)
			}
		})
	}
}

// TestNewPalette names a colour by its own name, not a status role, and
// the first of two spellings.
func TestNewPalette(t *testing.T) {
	p := NewPalette(map[string]string{"down": "#FA5252", "red": "#fa5252", "up": "#82c91e", "green": "#82c91e", "gray": "#ced4da", "grey": "#ced4da", "up2": "#000001"})
	want := Palette{"#fa5252": "red", "#82c91e": "green", "#ced4da": "gray", "#000001": "up2"}
	if len(p) != len(want) {
		t.Fatalf("got %v, want %v", p, want)
	}
	for c, n := range want {
		if p[c] != n {
			t.Errorf("%s: got %q, want %q", c, p[c], n)
		}
	}
}
