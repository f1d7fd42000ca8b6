package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
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
