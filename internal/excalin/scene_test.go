package excalin

import (
	"bytes"
	"encoding/base64"
	"strings"
	"testing"
)

// TestPictures writes each scene file once, named from Options.Pictures
// in the order the drawing first shows them, and refers to it by name.
func TestPictures(t *testing.T) {
	svg := "data:image/svg+xml;base64," + base64.StdEncoding.EncodeToString([]byte(`<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"/>`))
	scene := `{"type":"excalidraw","elements":[
{"id":"a","type":"image","x":0,"y":0,"width":40,"height":40,"fileId":"svg1","angle":0.5},
{"id":"b","type":"image","x":50,"y":0,"width":20,"height":20,"fileId":"png1","opacity":100},
{"id":"c","type":"image","x":80,"y":0,"width":20,"height":20,"fileId":"svg1"}],
"files":{"png1":{"mimeType":"image/png","dataURL":"` + png1 + `"},"svg1":{"mimeType":"image/svg+xml","dataURL":"` + svg + `"}}}`
	r, err := ImportScene([]byte(scene), Options{Title: "t", Pictures: "net"})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Pictures) != 2 || r.Pictures[0].Name != "net-1.svg" || r.Pictures[1].Name != "net-2.png" {
		t.Fatalf("pictures %+v, want net-1.svg and net-2.png", r.Pictures)
	}
	if !bytes.HasPrefix(r.Pictures[0].Data, []byte("<svg")) || !bytes.HasPrefix(r.Pictures[1].Data, []byte("\x89PNG")) {
		t.Errorf("the pictures' bytes are not the files'")
	}
	for _, want := range []string{
		"id = \"a\"\nkind = \"image\"\nx = 0.0\ny = 0.0\nwidth = 40.0\nheight = 40.0\nrotate = 28.65\nimage = \"net-1.svg\"\n",
		"id = \"b\"\nkind = \"image\"\nx = 50.0\ny = 0.0\nwidth = 20.0\nheight = 20.0\nimage = \"net-2.png\"\n",
		"id = \"c\"\nkind = \"image\"\nx = 80.0\ny = 0.0\nwidth = 20.0\nheight = 20.0\nimage = \"net-1.svg\"\n",
	} {
		if !strings.Contains(string(r.TOML), want) {
			t.Errorf("the drawing lacks\n%s\nin\n%s", want, r.TOML)
		}
	}
}

// TestClipboard reads what Excalidraw copies (Copy, then paste into a
// file) as a scene.
func TestClipboard(t *testing.T) {
	r, err := ImportScene([]byte(`{"type":"excalidraw/clipboard","elements":[{"id":"e","type":"ellipse","x":0,"y":0,"width":9,"height":9}],"files":{}}`), Options{Title: "t"})
	if err != nil || !strings.Contains(string(r.TOML), `kind = "ellipse"`) {
		t.Errorf("a copied selection: %v", err)
	}
}

// TestWarnings checks what the drawing cannot keep is named, element by
// element, in the warnings and at the top of the drawing.
func TestWarnings(t *testing.T) {
	scene := `{"type":"excalidraw","elements":[
{"id":"f","type":"frame","x":0,"y":0,"width":300,"height":200,"name":"Tier"},
{"id":"r1","type":"rectangle","x":10,"y":10,"width":10,"height":10,"groupIds":["inner","outer"],"frameId":"f"},
{"id":"r2","type":"rectangle","x":30,"y":10,"width":10,"height":10,"groupIds":["outer"],"frameId":"f"},
{"id":"r3","type":"ellipse","x":60,"y":10,"width":10,"height":10,"groupIds":["g2"],"link":"https://example.com"},
{"id":"r4","type":"ellipse","x":90,"y":10,"width":10,"height":10,"groupIds":["g2"],"opacity":50},
{"id":"d","type":"diamond","x":0,"y":300,"width":10,"height":10,"roundness":{"type":2}},
{"id":"a1","type":"arrow","x":0,"y":0,"points":[[0,0],[9,9]],"startArrowhead":"diamond","endArrowhead":"crowfoot_many"},
{"id":"w","type":"embeddable","x":0,"y":0,"width":10,"height":10},
{"id":"gone","type":"rectangle","x":0,"y":0,"width":10,"height":10,"isDeleted":true,"groupIds":["g3"]},
{"id":"i","type":"image","x":0,"y":0,"width":10,"height":10,"fileId":null}]}`
	r, err := ImportScene([]byte(scene), Options{Title: "t"})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		`element "w" (embeddable) has no sketchdeck equal and is left out`,
		`a drawing has no groups, so these groups are kept as separate elements where they are: {r1, r2}, {r3, r4}`,
		`frame "Tier" (f) holds r1, r2: a drawing draws them where they are, not clipped to the frame`,
		`a drawing has no links: the links of these elements are left out: r3`,
		`arrowheads "crowfoot_many" have no sketchdeck equal and are drawn as open ones: a1`,
		`diamonds with rounded corners are drawn with sharp ones: d`,
		`filled diamond arrowheads are drawn as outlined ones: a1`,
		`images without a picture file (not yet uploaded when the scene was saved) are left out: i`,
	}
	if got := strings.Join(r.Warnings, "\n"); got != strings.Join(want, "\n") {
		t.Errorf("warnings\n%s\nwant\n%s", got, strings.Join(want, "\n"))
	}
	for _, w := range want {
		if !strings.Contains(string(r.TOML), "# "+w+"\n") {
			t.Errorf("the drawing's comment lacks %q", w)
		}
	}
}
