package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// pictureScene shows a 1×1 PNG twice, in a group, and a rectangle.
const pictureScene = `{"type":"excalidraw","elements":[
{"id":"p1","type":"image","x":0,"y":0,"width":40,"height":40,"fileId":"f","groupIds":["g"]},
{"id":"p2","type":"image","x":50,"y":0,"width":40,"height":40,"fileId":"f","groupIds":["g"]},
{"id":"r","type":"rectangle","x":0,"y":60,"width":90,"height":20}],
"files":{"f":{"mimeType":"image/png","dataURL":"data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="}}}`

// TestImportPictures writes a scene's picture beside the -o file, the
// drawing referring to it, warns of its group, and builds the drawing.
func TestImportPictures(t *testing.T) {
	dir := t.TempDir()
	scene := filepath.Join(dir, "net.excalidraw")
	if err := os.WriteFile(scene, []byte(pictureScene), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "drawings", "net.toml")
	if err := os.Mkdir(filepath.Dir(out), 0o755); err != nil {
		t.Fatal(err)
	}
	code, _, errs := runCLI(t, "", "import", "-o", out, scene)
	if code != exitOK {
		t.Fatalf("import: %d %s", code, errs)
	}
	if want := scene + ": warning: a drawing has no groups, so this group is kept as separate elements where they are: {p1, p2}\n"; errs != want {
		t.Errorf("stderr %q, want %q", errs, want)
	}
	if data, err := os.ReadFile(filepath.Join(dir, "drawings", "net-1.png")); err != nil || !strings.HasPrefix(string(data), "\x89PNG") {
		t.Errorf("the picture was not written beside the drawing: %v", err)
	}
	toml, _ := os.ReadFile(out)
	if strings.Count(string(toml), `image = "net-1.png"`) != 2 {
		t.Errorf("the drawing does not show net-1.png twice:\n%s", toml)
	}
	if code, _, errs := runCLI(t, "", "build", "--out", filepath.Join(dir, "out"), out); code != exitOK {
		t.Errorf("the imported drawing does not build: %s", errs)
	}
	svg, _ := os.ReadFile(filepath.Join(dir, "out", "net.svg"))
	if strings.Count(string(svg), "data:image/png;base64,") != 2 {
		t.Errorf("the built drawing does not show the picture twice")
	}
}

// TestImportErrors checks the command's messages: a scene's mistake at
// file:line:col, and pictures asked for on standard output.
func TestImportErrors(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.json")
	os.WriteFile(bad, []byte("{\"elements\": [\n  {\"id\": \"k\", \"type\": \"ellipse\", \"width\": \"wide\"}\n]}"), 0o644)
	pics := filepath.Join(dir, "pics.excalidraw")
	os.WriteFile(pics, []byte(pictureScene), 0o644)
	for _, tc := range []struct {
		file, want string
	}{
		{bad, bad + `:2:43: element "k" (ellipse): "width" is a string, not a number` + "\n"},
		{pics, pics + `:2:1: element "p1" (image): a drawing shows a picture from a file, and no file name was given for the scene's pictures` + "\n" +
			"hint: write the drawing to a file, and its pictures are written beside it: sketchdeck import -o pics.toml " + pics + " (pictures pics-1.png, …)\n"},
	} {
		code, out, errs := runCLI(t, "", "import", tc.file)
		if code != exitBad || out != "" || errs != tc.want {
			t.Errorf("import %s: code %d, stdout %q, stderr\n%s\nwant\n%s", filepath.Base(tc.file), code, out, errs, tc.want)
		}
	}
}
