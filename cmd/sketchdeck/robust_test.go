package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestBuildReportsEveryFailure: with a good diagram, two bad ones and an
// output that cannot be written, the good SVG is written, a pre-existing
// good SVG of a diagram that became bad stays byte-identical, every error
// is reported at the end and the exit code is 1.
func TestBuildReportsEveryFailure(t *testing.T) {
	dir := t.TempDir()
	src, out := filepath.Join(dir, "diagrams"), filepath.Join(dir, "out")
	write := func(name, body string) {
		t.Helper()
		if err := os.MkdirAll(src, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(src, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("good.toml", "[[nodes]]\nid = \"a\"\n")
	write("turns-bad.toml", "[[nodes]]\nid = \"b\"\n")
	if code, _, errs := runCLI(t, "", "build", "--force", "--out", out, src); code != exitOK {
		t.Fatalf("first build: exit %d: %s", code, errs)
	}
	before, err := os.ReadFile(filepath.Join(out, "turns-bad.svg"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(filepath.Join(out, "good.svg")); err != nil {
		t.Fatal(err)
	}
	write("turns-bad.toml", "[[nodes]]\nid = \"b\"\n[[edges]]\nfrom = \"b\"\nto = \"c\"\n")
	write("broken.toml", "title = \"unterminated\n")
	write("blocked.toml", "[[nodes]]\nid = \"z\"\n")
	if err := os.MkdirAll(filepath.Join(out, "blocked.svg", "x"), 0o755); err != nil { // a folder where the SVG goes
		t.Fatal(err)
	}
	code, stdout, errs := runCLI(t, "", "build", "--force", "--out", out, src)
	if code != exitBad {
		t.Errorf("exit %d, want %d", code, exitBad)
	}
	wantOut := "sketchdeck: 1 rebuilt, 0 up to date, 3 failed → " + out + "\n"
	if stdout != wantOut {
		t.Errorf("stdout %q, want %q", stdout, wantOut)
	}
	for _, want := range []string{
		filepath.ToSlash(src) + "/broken.toml:1:22: title: strings cannot contain newlines\n",
		filepath.ToSlash(src) + "/turns-bad.toml:5:1: edge \"b → c\": unknown node \"c\"\n",
		"blocked.svg",
	} {
		if !strings.Contains(errs, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errs)
		}
	}
	if _, err := os.Stat(filepath.Join(out, "good.svg")); err != nil {
		t.Errorf("the good diagram was not written: %v", err)
	}
	after, _ := os.ReadFile(filepath.Join(out, "turns-bad.svg"))
	if !bytes.Equal(before, after) {
		t.Error("the failed build changed the previous good SVG")
	}
	left, _ := filepath.Glob(filepath.Join(out, ".*tmp*"))
	if len(left) > 0 {
		t.Errorf("temporary files left behind: %v", left)
	}
}
