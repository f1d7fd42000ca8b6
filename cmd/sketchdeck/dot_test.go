package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestBuildGraphvizWarns: a Graphviz shape that Graphviz does not know is
// drawn as a box, and build says so on stderr at the shape's line and
// column without failing; --exact-colors keeps a colour that is otherwise
// snapped to the theme's palette.
func TestBuildGraphvizWarns(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "g.gv")
	dot := "digraph G {\n  a [style=filled fillcolor=\"#ffe4b5\"]\n  b [shape=squiggle]\n  a -> b\n}\n"
	if err := os.WriteFile(src, []byte(dot), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "out")
	code, _, errs := runCLI(t, "", "build", "-q", "--out", out, src)
	want := src + `:3:12: warning: node "b": unknown shape "squiggle" is drawn as a box (the shapes drawn as themselves: ` +
		"assembly, box, box3d, cds, circle, component, cylinder, diamond, doublecircle, doubleoctagon, egg, ellipse, " +
		"fivepoverhang, folder, hexagon, house, insulator, invhouse, invtrapezium, invtriangle, larrow, lpromoter, " +
		"mcircle, mdiamond, mrecord, msquare, none, note, noverhang, octagon, oval, parallelogram, pentagon, plain, " +
		"plaintext, point, polygon, primersite, promoter, proteasesite, proteinstab, rarrow, record, rect, rectangle, " +
		"restrictionsite, ribosite, rnastab, rpromoter, septagon, signature, square, star, tab, terminator, " +
		"threepoverhang, trapezium, triangle, tripleoctagon, underline, utr)\n"
	if code != exitOK || errs != want {
		t.Fatalf("exit %d, stderr %q; want 0, %q", code, errs, want)
	}
	snapped, err := os.ReadFile(filepath.Join(out, "g.svg"))
	if err != nil {
		t.Fatal(err)
	}
	if code, _, errs := runCLI(t, "", "build", "-q", "--exact-colors", "--out", out, src); code != exitOK {
		t.Fatalf("--exact-colors: exit %d: %s", code, errs)
	}
	exact, err := os.ReadFile(filepath.Join(out, "g.svg"))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(snapped), "#ffe4b5") || !strings.Contains(string(exact), "#ffe4b5") {
		t.Errorf("moccasin #ffe4b5 is in the snapped SVG (%v) or missing from the exact one (%v)",
			strings.Contains(string(snapped), "#ffe4b5"), strings.Contains(string(exact), "#ffe4b5"))
	}
}

// TestBuildGraphvizInfinity: a number past a float64 in a Graphviz file
// (Graphviz draws with infinity and cannot write its output) fails the
// diagram with the number's place, not with a JSON reader's complaint.
func TestBuildGraphvizInfinity(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "g.gv")
	if err := os.WriteFile(src, []byte("digraph G {\n  a -> b [style=\"setlinewidth(1e400)\"]\n}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, errs := runCLI(t, "", "build", "-q", "--out", filepath.Join(dir, "out"), src)
	want := src + ":2:31: the number 1e400 is too large for Graphviz to draw with (it becomes infinity, which its output cannot hold): give one below 1e308\n"
	if code != exitBad || errs != want {
		t.Errorf("exit %d, stderr %q; want %d, %q", code, errs, exitBad, want)
	}
}
