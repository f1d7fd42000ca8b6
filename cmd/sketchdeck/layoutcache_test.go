package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sketchdeck/sketchdeck/internal/cache"
	"github.com/sketchdeck/sketchdeck/internal/graphviz/workertest"
)

// TestLayoutCache: a forced rebuild reuses the layouts of the build
// before it (OUT/.sketchdeck-layouts.json) and starts no layout worker,
// writing the same bytes; --no-layout-cache lays out again.
func TestLayoutCache(t *testing.T) {
	dir := t.TempDir()
	src, out := filepath.Join(dir, "diagrams"), filepath.Join(dir, "out")
	if err := os.MkdirAll(src, 0o755); err != nil {
		t.Fatal(err)
	}
	diagram := "title = \"A\"\n[[nodes]]\nid = \"a\"\n[[nodes]]\nid = \"b\"\n[[edges]]\nfrom = \"a\"\nto = \"b\"\n"
	if err := os.WriteFile(filepath.Join(src, "a.toml"), []byte(diagram), 0o644); err != nil {
		t.Fatal(err)
	}
	build := func(args ...string) []byte {
		t.Helper()
		code, stdout, errs := runCLI(t, "", append([]string{"build", "--force", "--out", out}, append(args, src)...)...)
		if code != exitOK || !strings.Contains(stdout, "1 rebuilt") {
			t.Fatalf("build %v: exit %d, stdout %q, stderr %q", args, code, stdout, errs)
		}
		svg, err := os.ReadFile(filepath.Join(out, "a.svg"))
		if err != nil {
			t.Fatal(err)
		}
		return svg
	}
	starts := func(args ...string) (int, []byte) {
		before := workertest.Starts()
		svg := build(args...)
		return workertest.Starts() - before, svg
	}
	n, fresh := starts()
	if n != 1 {
		t.Errorf("the first build started %d layout workers, want 1", n)
	}
	if _, err := os.Stat(filepath.Join(out, cache.LayoutsFileName)); err != nil {
		t.Fatalf("no layout cache: %v", err)
	}
	n, cached := starts()
	if n != 0 {
		t.Errorf("a build whose layouts are all cached started %d layout workers", n)
	}
	if !bytes.Equal(fresh, cached) {
		t.Error("the cached layout gives other bytes")
	}
	n, again := starts("--no-layout-cache")
	if n != 1 || !bytes.Equal(fresh, again) {
		t.Errorf("--no-layout-cache: %d layout workers started (want 1), same bytes %v", n, bytes.Equal(fresh, again))
	}
}
