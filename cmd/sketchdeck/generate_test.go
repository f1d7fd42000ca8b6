package main

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/sketchdeck/sketchdeck/internal/graphviz/workertest"
	"github.com/sketchdeck/sketchdeck/internal/proctest"
)

// TestGoGenerate runs sketchdeck the way a slides repository does: a
// module of its own whose //go:generate line runs this checkout's command
// (through a replace directive), offline, and finds the SVG it built.
func TestGoGenerate(t *testing.T) {
	t.Parallel()
	if testing.Short() {
		t.Skip("-short: skipping the go generate round trip")
	}
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("the go command is not on PATH; skipping the go generate round trip")
	}
	checkout, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	files := map[string]string{
		"go.mod": "module example.com/slides\n\ngo 1.26\n\nrequire github.com/sketchdeck/sketchdeck v0.0.0\n\n" +
			"replace github.com/sketchdeck/sketchdeck => " + checkout + "\n",
		"slides.go": "// Package slides holds the talk's diagrams.\npackage slides\n\n" +
			"//go:generate go run github.com/sketchdeck/sketchdeck/cmd/sketchdeck build --out images diagrams\n",
		"diagrams/queue.toml": "title = \"A queue\"\n\n[[nodes]]\nid = \"producer\"\n\n[[nodes]]\nid = \"consumer\"\n\n" +
			"[[edges]]\nfrom = \"producer\"\nto = \"consumer\"\n",
	}
	proctest.WriteFiles(t, dir, files)
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, goBin, "generate", "./...")
	cmd.Dir = dir
	cmd.Env = workertest.OfflineGoEnv()
	out, err := cmd.CombinedOutput()
	if ctx.Err() != nil {
		t.Fatalf("go generate took over 60 s:\n%s", out)
	}
	if err != nil {
		t.Fatalf("go generate: %v\n%s", err, out)
	}
	if !strings.Contains(string(out), "1 rebuilt") {
		t.Errorf("go generate output: %s", out)
	}
	svg, err := os.ReadFile(filepath.Join(dir, "images", "queue.svg"))
	if err != nil {
		t.Fatalf("no SVG after go generate: %v\n%s", err, out)
	}
	if !strings.Contains(string(svg), "<title>A queue</title>") {
		t.Errorf("queue.svg lacks its title: %.200s", svg)
	}
}
