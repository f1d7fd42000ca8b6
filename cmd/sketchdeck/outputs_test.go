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

// TestVariantsIn: the folder's step files and dark pictures by diagram,
// names that are glob patterns included, a diagram's own outputs left
// out; writing a diagram removes only its own step files past its steps,
// and its dark pictures where it wrote the light one alone.
func TestVariantsIn(t *testing.T) {
	out := t.TempDir()
	for _, f := range []string{"a.svg", "a.step-1.svg", "a.step-2.svg", "a.step-3.svg", "a[1].step-2.svg", "a*.step-1.svg", "b.step-x.svg", "notes.txt",
		"a.dark.png", "a.dark.pdf", "a.dark.svg", ".dark.png", "c.dark.png"} {
		if err := os.WriteFile(filepath.Join(out, f), nil, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	ours := func(file string) bool { return file != "c.dark.png" } // a diagram called c.dark, built as PNG
	got := variantsIn(out, ours)
	want := map[string][]string{"a": {"a.dark.pdf", "a.dark.png", "a.step-1.svg", "a.step-2.svg", "a.step-3.svg"}, "a[1]": {"a[1].step-2.svg"}, "a*": {"a*.step-1.svg"}}
	if !maps.EqualFunc(got, want, slices.Equal) {
		t.Errorf("variantsIn = %v, want %v", got, want)
	}
	if len(variantsIn(filepath.Join(out, "none"), ours)) != 0 {
		t.Error("a missing folder has step files")
	}
	svg := []byte("<svg/>")
	r := build.Result{Name: "a", SVG: svg, Steps: [][]byte{svg},
		Outputs: []build.Output{{Format: build.SVG, Data: svg}, {Format: build.PNG, Data: []byte("png")}}}
	removed, err := writeOutputs(out, r, got["a"])
	if err != nil {
		t.Fatal(err)
	}
	// a.dark.pdf stays: no PDF was written (a format not asked for is left as it is).
	if !slices.Equal(removed, []string{"a.dark.png", "a.step-2.svg", "a.step-3.svg"}) {
		t.Errorf("removed %v", removed)
	}
	got = variantsIn(out, ours)
	want = map[string][]string{"a": {"a.dark.pdf", "a.step-1.svg"}, "a[1]": {"a[1].step-2.svg"}, "a*": {"a*.step-1.svg"}}
	if !maps.EqualFunc(got, want, slices.Equal) {
		t.Errorf("left %v, want %v", got, want)
	}
}

// TestDarkPicturesFollowTheTheme: a PNG built again without the auto
// theme removes the dark PNG an auto build wrote beside it (it would show
// the diagram as it was), and says so with -v; a PDF, not asked for this
// time, is left as it is.
func TestDarkPicturesFollowTheTheme(t *testing.T) {
	dir, out := t.TempDir(), t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "a.toml"), []byte("[[nodes]]\nid = \"a\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, _, stderr := runCLI(t, "", "build", "--theme", "auto", "--format", "png,pdf", "--out", out, dir); code != exitOK {
		t.Fatalf("auto build: exit %d, %q", code, stderr)
	}
	code, stdout, stderr := runCLI(t, "", "build", "-v", "--format", "png", "--out", out, dir)
	if code != exitOK || !strings.Contains(stdout, "sketchdeck: removed "+filepath.Join(out, "a.dark.png")+"\n") {
		t.Fatalf("light build: exit %d, stdout %q, stderr %q; want a.dark.png removed", code, stdout, stderr)
	}
	files, _ := filepath.Glob(filepath.Join(out, "a*"))
	for i := range files {
		files[i] = filepath.Base(files[i])
	}
	if want := []string{"a.dark.pdf", "a.pdf", "a.png"}; !slices.Equal(files, want) {
		t.Errorf("files %v, want %v", files, want)
	}
	if _, stdout, _ := runCLI(t, "", "build", "--format", "png", "--out", out, dir); !strings.Contains(stdout, "0 rebuilt, 1 up to date") {
		t.Errorf("built again: %q; want it up to date", stdout)
	}
}

// TestOutputClash: two diagrams that would write the same file are
// refused before anything is built, naming both and the file; a.dark
// beside a clashes only where dark pictures are written, and is then
// left alone by a's builds.
func TestOutputClash(t *testing.T) {
	dir, out := t.TempDir(), t.TempDir()
	for _, f := range []string{"a.toml", "a.dark.toml"} {
		if err := os.WriteFile(filepath.Join(dir, f), []byte("[[nodes]]\nid = \"a\"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	a, dark := filepath.Join(dir, "a.toml"), filepath.Join(dir, "a.dark.toml")
	code, _, stderr := runCLI(t, "", "build", "--theme", "auto", "--format", "png", "--out", out, dir)
	want := "sketchdeck: " + dark + " and " + a + " would both write a.dark.png: rename one of them\n"
	if code != exitBad || stderr != want {
		t.Errorf("auto PNG: exit %d, %q; want %d, %q", code, stderr, exitBad, want)
	}
	if files, _ := filepath.Glob(filepath.Join(out, "*")); len(files) != 0 {
		t.Errorf("refused build wrote %v", files)
	}
	for range 2 {
		if code, stdout, stderr := runCLI(t, "", "build", "--format", "png", "--out", out, dir); code != exitOK {
			t.Fatalf("light PNG: exit %d, %q %q", code, stdout, stderr)
		}
		if _, err := os.Stat(filepath.Join(out, "a.dark.png")); err != nil {
			t.Errorf("a.dark's own PNG: %v", err)
		}
		if err := os.WriteFile(a, []byte("[[nodes]]\nid = \"b\"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	step := filepath.Join(dir, "a.step-2.toml")
	if err := os.WriteFile(step, []byte("[[nodes]]\nid = \"a\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, stderr = runCLI(t, "", "build", "--out", out, dir)
	want = "sketchdeck: " + step + " would write a.step-2.svg, the name of " + a + "'s step 2: rename one of them\n"
	if code != exitBad || stderr != want {
		t.Errorf("step name: exit %d, %q; want %d, %q", code, stderr, exitBad, want)
	}
	if code, _, stderr := runCLI(t, "", "build", "--format", "png", "--out", out, dir); code != exitOK {
		t.Errorf("step name, PNG only (no step files): exit %d, %q", code, stderr)
	}
}

// TestOutIsAFile: an output folder that is a file, or below one, is one
// error before anything is built, not one per file written.
func TestOutIsAFile(t *testing.T) {
	dir := t.TempDir()
	src, file := filepath.Join(dir, "a.toml"), filepath.Join(dir, "out")
	for _, f := range []string{src, file} {
		if err := os.WriteFile(f, []byte("[[nodes]]\nid = \"a\"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, out := range []string{file, filepath.Join(file, "en")} {
		code, stdout, stderr := runCLI(t, "", "build", "--out", out, src)
		want := "sketchdeck: cannot write into " + out + ": " + file + " is a file, not a folder (--out)\n"
		if code != exitBad || stdout != "" || stderr != want {
			t.Errorf("--out %s: exit %d, %q %q; want %d, %q", out, code, stdout, stderr, exitBad, want)
		}
	}
}

// TestDarkOfAnotherBuild: a diagram called "a.dark" built into a folder
// by one build keeps its PNG when another build writes a's PNG there:
// a.dark.png was not written beside a.png by a's build.
func TestDarkOfAnotherBuild(t *testing.T) {
	one, two, out := t.TempDir(), t.TempDir(), t.TempDir()
	for _, f := range []string{filepath.Join(one, "a.dark.toml"), filepath.Join(two, "a.toml")} {
		if err := os.WriteFile(f, []byte("[[nodes]]\nid = \"a\"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, dir := range []string{one, two} {
		if code, stdout, stderr := runCLI(t, "", "build", "--format", "png", "--out", out, dir); code != exitOK {
			t.Fatalf("build %s: exit %d, %q %q", dir, code, stdout, stderr)
		}
	}
	if _, err := os.Stat(filepath.Join(out, "a.dark.png")); err != nil {
		t.Errorf("a.dark's PNG: %v", err)
	}
}
