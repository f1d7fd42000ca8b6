package gen_test

import (
	"bytes"
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

// readmeProgram returns the first Go block of README.md's "As a library"
// section: the complete program a library user copies.
func readmeProgram(t *testing.T) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	_, section, ok := strings.Cut(string(data), "\n## As a library\n")
	if !ok {
		t.Fatal(`README.md has no "## As a library" section`)
	}
	section, _, _ = strings.Cut(section, "\n## ")
	_, block, ok := strings.Cut(section, "\n```go\n")
	if !ok {
		t.Fatal(`README.md's "As a library" section has no go block`)
	}
	block, _, ok = strings.Cut(block, "\n```\n")
	if !ok || !strings.HasPrefix(block, "package main\n") {
		t.Fatalf("the first go block of \"As a library\" is not a whole program:\n%s", block)
	}
	return block + "\n"
}

// TestReadmeLibraryProgram builds README.md's library program in a module
// of its own outside this one (a replace directive points at this
// checkout; offline, from the module cache) and runs it with a PATH that
// has neither sketchdeck-layout nor go: it must write an SVG.
func TestReadmeLibraryProgram(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: skipping the build of the README's program")
	}
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("the go command is not on PATH")
	}
	checkout, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	files := map[string]string{
		"go.mod": "module example.com/render\n\ngo 1.25.0\n\nrequire github.com/sketchdeck/sketchdeck v0.0.0\n\n" +
			"replace github.com/sketchdeck/sketchdeck => " + checkout + "\n",
		"main.go": readmeProgram(t),
	}
	proctest.WriteFiles(t, dir, files)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	exe := filepath.Join(dir, "render")
	build := exec.CommandContext(ctx, goBin, "build", "-o", exe, ".")
	build.Dir = dir
	build.Env = workertest.OfflineGoEnv()
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	empty := t.TempDir()
	run := exec.CommandContext(ctx, exe)
	run.Dir = empty
	run.Env = []string{"PATH=" + empty, "HOME=" + empty, "TMPDIR=" + os.TempDir()}
	var stdout, stderr bytes.Buffer
	run.Stdout, run.Stderr = &stdout, &stderr
	if err := run.Run(); err != nil {
		t.Fatalf("the README's program: %v\n%s", err, &stderr)
	}
	svg := stdout.String()
	if !strings.HasPrefix(svg, "<?xml") || !strings.Contains(svg, "<svg") || !strings.Contains(svg, "<title>Hello, deck</title>") {
		t.Errorf("the README's program did not write the SVG: %.300s\nstderr: %s", svg, &stderr)
	}
}
