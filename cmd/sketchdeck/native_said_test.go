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

// TestGraphvizNativeGoesOn: a Graphviz file with an error in one object
// (an <IMG> whose file is missing, a bold with no words, which Graphviz's
// grammar of labels does not take) builds with --graphviz native as with
// the default Graphviz, which goes on past it: the picture is not drawn
// (one warning, as without native), and what dot said of the label is a
// warning placed at it, not a failed build (skipped without dot; CI
// installs it).
func TestGraphvizNativeGoesOn(t *testing.T) {
	needDot(t)
	dir := t.TempDir()
	file := filepath.Join(dir, "g.gv")
	src := "digraph G {\n  a [label=<<TABLE><TR><TD><IMG SRC=\"missing.png\"/></TD></TR></TABLE>>]\n  b [label=<<b></b>>]\n  a -> b\n}\n"
	if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	want := file + ":3:13: warning: Graphviz says: Error: syntax error in line 1 ... <b></b> ... in label of node b\n" +
		file + `:2:38: warning: node "a": <IMG SRC="missing.png"> is not drawn: the label is drawn without the picture` + "\n"
	code, _, errs := runCLI(t, "", "build", "--graphviz", "native", "--force", "--no-layout-cache", "--out", t.TempDir(), file)
	if code != exitOK || errs != want {
		t.Errorf("exit %d, standard error:\n%s\nwant\n%s", code, errs, want)
	}
}
