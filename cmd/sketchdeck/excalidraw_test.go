package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sketchdeck/sketchdeck/internal/excalout"
)

// TestBuildExcalidraw: build --format svg,excalidraw writes NAME.svg and
// NAME.excalidraw, a valid scene with the diagram's words, which is then
// up to date; '-' writes the scene to standard output.
func TestBuildExcalidraw(t *testing.T) {
	dir := t.TempDir()
	src, out := filepath.Join(dir, "d.toml"), filepath.Join(dir, "out")
	body := "[[nodes]]\nid = \"web\"\nlabel = \"Web\"\n[[nodes]]\nid = \"db\"\nlabel = \"Store\"\n[[edges]]\nfrom = \"web\"\nto = \"db\"\n"
	if err := os.WriteFile(src, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, stdout, stderr := runCLI(t, "", "build", "--out", out, src); code != exitOK {
		t.Fatalf("build: exit %d, %s %s", code, stdout, stderr)
	}
	code, stdout, stderr := runCLI(t, "", "build", "-v", "--format", "svg,excalidraw", "--out", out, src)
	if code != exitOK || !strings.Contains(stdout, "d.excalidraw") {
		t.Fatalf("build --format svg,excalidraw: exit %d, stdout %q, stderr %q; want d.excalidraw written", code, stdout, stderr)
	}
	if code, stdout, _ := runCLI(t, "", "build", "--format", "svg,excalidraw", "--out", out, src); code != exitOK || !strings.Contains(stdout, "0 rebuilt, 1 up to date") {
		t.Errorf("a second build: exit %d, stdout %q; want it up to date", code, stdout)
	}
	data, err := os.ReadFile(filepath.Join(out, "d.excalidraw"))
	if err != nil {
		t.Fatal(err)
	}
	if err := excalout.Validate(data); err != nil {
		t.Errorf("d.excalidraw is not a valid scene: %v", err)
	}
	var f struct {
		Elements []struct{ Type, Text string }
	}
	if err := json.Unmarshal(data, &f); err != nil {
		t.Fatal(err)
	}
	var words []string
	for _, e := range f.Elements {
		if e.Type == "text" {
			words = append(words, e.Text)
		}
	}
	if got := strings.Join(words, " "); got != "Web Store" {
		t.Errorf("the scene's texts are %q", got)
	}
	code, piped, stderr := runCLI(t, body, "build", "--format", "excalidraw", "-")
	if code != exitOK || piped != string(data) {
		t.Errorf("build --format excalidraw -: exit %d, stderr %q; the scene differs from the file's", code, stderr)
	}
}
