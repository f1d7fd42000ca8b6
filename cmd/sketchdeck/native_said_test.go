package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestGraphvizNativeSays: with --graphviz native, what dot says about a
// Graphviz file is a warning placed in it, from a fresh layout and from
// the layout cache alike (skipped without dot; CI installs it).
func TestGraphvizNativeSays(t *testing.T) {
	needDot(t)
	dir := t.TempDir()
	file := filepath.Join(dir, "g.gv")
	if err := os.WriteFile(file, []byte("digraph G {\n  a -> b:x\n}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	want := file + ":2:10: warning: Graphviz says: node b, port x unrecognized"
	out := t.TempDir()
	for _, args := range [][]string{{"--no-layout-cache"}, {}, {}} {
		code, _, errs := runCLI(t, "", append([]string{"build", "--graphviz", "native", "--force", "--out", out}, append(args, file)...)...)
		if code != exitOK || !strings.Contains(errs, want) {
			t.Errorf("build %v: exit %d, standard error:\n%s\nwant %s", args, code, errs, want)
		}
	}
}
