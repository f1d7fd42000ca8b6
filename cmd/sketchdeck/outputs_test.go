package main

import (
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/sketchdeck/sketchdeck/internal/build"
)

// TestStepFiles: build writes a diagram's step files beside it, rebuilds
// it when a step file was deleted, and removes the step files of steps
// the diagram no longer has.
func TestStepFiles(t *testing.T) {
	dir := t.TempDir()
	src, out := filepath.Join(dir, "d.toml"), filepath.Join(dir, "out")
	write := func(steps int) {
		body := "[[nodes]]\nid = \"n0\"\n"
		for k := 1; k <= steps; k++ {
			body += "[[nodes]]\nid = \"n" + string(rune('0'+k)) + "\"\nstep = " + string(rune('0'+k)) + "\n"
		}
		if err := os.WriteFile(src, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	build := func(want string) {
		t.Helper()
		code, stdout, errs := runCLI(t, "", "build", "--out", out, src)
		if code != exitOK || !strings.Contains(stdout, want) {
			t.Fatalf("build: exit %d, stdout %q, stderr %q; want %q", code, stdout, errs, want)
		}
	}
	svgs := func() []string {
		files, _ := filepath.Glob(filepath.Join(out, "*.svg"))
		for i := range files {
			files[i] = filepath.Base(files[i])
		}
		slices.Sort(files)
		return files
	}
	write(3)
	build("1 rebuilt")
	if got := svgs(); !slices.Equal(got, []string{"d.step-1.svg", "d.step-2.svg", "d.step-3.svg", "d.svg"}) {
		t.Errorf("files %v", got)
	}
	build("0 rebuilt, 1 up to date")
	if err := os.Remove(filepath.Join(out, "d.step-2.svg")); err != nil {
		t.Fatal(err)
	}
	build("1 rebuilt")
	write(1)
	build("1 rebuilt")
	if got := svgs(); !slices.Equal(got, []string{"d.step-1.svg", "d.svg"}) {
		t.Errorf("after taking two steps out, files %v", got)
	}
	build("0 rebuilt, 1 up to date")
}

// TestStepFilesIn: the folder's step files by diagram, names that are
// glob patterns included; writing a diagram removes only its own step
// files past its steps.
func TestStepFilesIn(t *testing.T) {
	out := t.TempDir()
	for _, f := range []string{"a.svg", "a.step-1.svg", "a.step-2.svg", "a.step-3.svg", "a[1].step-2.svg", "a*.step-1.svg", "b.step-x.svg", "notes.txt"} {
		if err := os.WriteFile(filepath.Join(out, f), nil, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got := stepFilesIn(out)
	want := map[string][]string{"a": {"a.step-1.svg", "a.step-2.svg", "a.step-3.svg"}, "a[1]": {"a[1].step-2.svg"}, "a*": {"a*.step-1.svg"}}
	if !maps.EqualFunc(got, want, slices.Equal) {
		t.Errorf("stepFilesIn = %v, want %v", got, want)
	}
	if len(stepFilesIn(filepath.Join(out, "none"))) != 0 {
		t.Error("a missing folder has step files")
	}
	removed, err := writeOutputs(out, build.Result{Name: "a", SVG: []byte("<svg/>"), Steps: [][]byte{[]byte("<svg/>")}}, got["a"])
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(removed, []string{"a.step-2.svg", "a.step-3.svg"}) {
		t.Errorf("removed %v", removed)
	}
	if got := stepFilesIn(out); !slices.Equal(got["a"], []string{"a.step-1.svg"}) || len(got["a[1]"]) != 1 || len(got["a*"]) != 1 {
		t.Errorf("left %v", got)
	}
}
