package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/sketchdeck/sketchdeck/internal/graphviz/workertest"
	"github.com/sketchdeck/sketchdeck/internal/proctest"
)

// TestIncrementalBuild: an unchanged diagram is not rebuilt, a changed one
// is, --force rebuilds all, and what an incremental build leaves is byte
// for byte what a full build writes.
func TestIncrementalBuild(t *testing.T) {
	dir := t.TempDir()
	src, out, full := filepath.Join(dir, "diagrams"), filepath.Join(dir, "out"), filepath.Join(dir, "full")
	if err := os.MkdirAll(src, 0o755); err != nil {
		t.Fatal(err)
	}
	write := func(name, body string) {
		if err := os.WriteFile(filepath.Join(src, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("a.toml", "title = \"A\"\n[[nodes]]\nid = \"a\"\n")
	write("b.toml", "title = \"B\"\n[[nodes]]\nid = \"b\"\n")
	build := func(want string, args ...string) {
		t.Helper()
		code, stdout, errs := runCLI(t, "", append([]string{"build", "--out", out}, append(args, src)...)...)
		if code != exitOK || !strings.Contains(stdout, want) {
			t.Fatalf("build %v: exit %d, stdout %q, stderr %q; want %q", args, code, stdout, errs, want)
		}
	}
	build("2 rebuilt, 0 up to date, 0 failed")
	// A no-op build is cheap (docs/PERFORMANCE.md times it) because it
	// starts no layout worker.
	workers := workertest.Starts()
	build("0 rebuilt, 2 up to date, 0 failed")
	if n := workertest.Starts() - workers; n != 0 {
		t.Errorf("a no-op build started %d layout workers", n)
	}
	// Touching a file changes nothing; editing its content does.
	now := time.Now().Add(time.Minute)
	if err := os.Chtimes(filepath.Join(src, "a.toml"), now, now); err != nil {
		t.Fatal(err)
	}
	build("0 rebuilt, 2 up to date")
	write("a.toml", "title = \"A2\"\n[[nodes]]\nid = \"a\"\n")
	build("1 rebuilt, 1 up to date")
	// Another seed is another input; a deleted or hand-edited output is rebuilt.
	build("2 rebuilt", "--seed", "7")
	build("2 rebuilt")
	if err := os.Remove(filepath.Join(out, "a.svg")); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(out, "b.svg"), []byte("<svg/>"), 0o644); err != nil {
		t.Fatal(err)
	}
	build("2 rebuilt, 0 up to date")
	build("2 rebuilt, 0 up to date", "--force")

	if code, _, errs := runCLI(t, "", "build", "--out", full, src); code != exitOK {
		t.Fatalf("full build: %s", errs)
	}
	for _, name := range []string{"a.svg", "b.svg"} {
		inc, _ := os.ReadFile(filepath.Join(out, name))
		all, _ := os.ReadFile(filepath.Join(full, name))
		if len(inc) == 0 || !bytes.Equal(inc, all) {
			t.Errorf("%s: incremental output differs from a full build's", name)
		}
	}
}

// TestIncrementalAfterCrash: outputs, manifest and layout cache are not
// flushed to disk (atomicfile.Replace), so a crash of the machine may
// leave an output emptied, an older output back, or the manifest or
// layout cache cut short. The next plain build rebuilds what is not as
// recorded, and leaves byte for byte what a full build writes.
func TestIncrementalAfterCrash(t *testing.T) {
	dir := t.TempDir()
	src, out, full := filepath.Join(dir, "diagrams"), filepath.Join(dir, "out"), filepath.Join(dir, "full")
	if err := os.MkdirAll(src, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"a", "b", "c"} {
		body := "title = \"" + name + "\"\n[[nodes]]\nid = \"x\"\n[[nodes]]\nid = \"y\"\n[[edges]]\nfrom = \"x\"\nto = \"y\"\n"
		if err := os.WriteFile(filepath.Join(src, name+".toml"), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	build := func(dst, want string, args ...string) {
		t.Helper()
		code, stdout, errs := runCLI(t, "", append([]string{"build", "--out", dst}, append(args, src)...)...)
		if code != exitOK || !strings.Contains(stdout, want) {
			t.Fatalf("build %v: exit %d, stdout %q, stderr %q; want %q", args, code, stdout, errs, want)
		}
	}
	build(full, "3 rebuilt")
	build(out, "3 rebuilt", "--seed", "7")
	older, err := os.ReadFile(filepath.Join(out, "b.svg"))
	if err != nil {
		t.Fatal(err)
	}
	build(out, "3 rebuilt")
	cut := func(name string) {
		data, err := os.ReadFile(filepath.Join(out, name))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(out, name), data[:len(data)/2], 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// a.svg emptied, b.svg as the build before left it (its rename lost),
	// c.svg as written; manifest and layout cache cut in half.
	if err := os.WriteFile(filepath.Join(out, "a.svg"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(out, "b.svg"), older, 0o644); err != nil {
		t.Fatal(err)
	}
	cut(".sketchdeck-layouts.json")
	build(out, "2 rebuilt, 1 up to date, 0 failed")
	if err := os.WriteFile(filepath.Join(out, "a.svg"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	build(out, "1 rebuilt, 2 up to date, 0 failed")
	cut(".sketchdeck.json")
	build(out, "3 rebuilt, 0 up to date, 0 failed")
	for _, name := range []string{"a.svg", "b.svg", "c.svg"} {
		got, _ := os.ReadFile(filepath.Join(out, name))
		want, _ := os.ReadFile(filepath.Join(full, name))
		if len(got) == 0 || !bytes.Equal(got, want) {
			t.Errorf("%s after the crash's leftovers: not what a full build writes", name)
		}
	}
}

// TestIncrementalBuildBeside: a diagram is rebuilt when a picture it shows
// or a part of its own parts folder changes, and only that diagram.
func TestIncrementalBuildBeside(t *testing.T) {
	dir := t.TempDir()
	src, out := filepath.Join(dir, "diagrams"), filepath.Join(dir, "out")
	write := func(name, body string) { proctest.WriteFiles(t, src, map[string]string{name: body}) }
	write("pic.toml", "[[nodes]]\nid = \"a\"\nimage = \"pictures/p.svg\"\n")
	write("own.toml", "parts = [\"parts\"]\n[[nodes]]\nid = \"a\"\nicon = \"mine\"\n")
	write("plain.toml", "[[nodes]]\nid = \"a\"\n")
	write("pictures/p.svg", `<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>`)
	write("parts/mine.toml", "width = 10\nheight = 10\n[[elements]]\nkind = \"rect\"\nwidth = 10\nheight = 10\n")
	build := func(want string) {
		t.Helper()
		code, stdout, errs := runCLI(t, "", "build", "--out", out, src)
		if code != exitOK || !strings.Contains(stdout, want) {
			t.Fatalf("build: exit %d, stdout %q, stderr %q; want %q", code, stdout, errs, want)
		}
	}
	build("3 rebuilt, 0 up to date, 0 failed")
	build("0 rebuilt, 3 up to date, 0 failed")
	write("pictures/p.svg", `<svg xmlns="http://www.w3.org/2000/svg" width="20" height="10"/>`)
	build("1 rebuilt, 2 up to date, 0 failed")
	write("parts/mine.toml", "width = 10\nheight = 10\n[[elements]]\nkind = \"ellipse\"\nwidth = 10\nheight = 10\n")
	build("1 rebuilt, 2 up to date, 0 failed")
}

// TestIncrementalFormats: --format writes NAME.EXT for each format; the
// same formats again rebuild nothing, another PNG scale rebuilds, and a
// format already built is up to date whatever else was asked; a deleted
// PNG is rebuilt.
func TestIncrementalFormats(t *testing.T) {
	dir, out := t.TempDir(), t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "a.toml"), []byte("[[nodes]]\nid = \"a\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	steps := []struct {
		args []string
		want string
	}{
		{[]string{"--format", "png,svg,pdf"}, "1 rebuilt, 0 up to date"},
		{[]string{"--format", "svg,pdf,png"}, "0 rebuilt, 1 up to date"},
		{[]string{"--format", "svg,pdf,png", "--scale", "1"}, "1 rebuilt, 0 up to date"},
		{[]string{"--format", "svg,pdf,png", "--dpi", "96"}, "0 rebuilt, 1 up to date"},
		{[]string{"--format", "svg"}, "0 rebuilt, 1 up to date"},
		{[]string{"--format", "png", "--scale", "3"}, "1 rebuilt, 0 up to date"},
	}
	for _, s := range steps {
		code, stdout, stderr := runCLI(t, "", append(append([]string{"build", "--out", out}, s.args...), dir)...)
		if code != exitOK || !strings.Contains(stdout, s.want) {
			t.Fatalf("build %v: exit %d, %q %q; want %q", s.args, code, stdout, stderr, s.want)
		}
	}
	for _, ext := range []string{"svg", "png", "pdf"} {
		if _, err := os.Stat(filepath.Join(out, "a."+ext)); err != nil {
			t.Errorf("a.%s: %v", ext, err)
		}
	}
	runCLI(t, "", "build", "--out", out, "--format", "png", dir)
	os.Remove(filepath.Join(out, "a.png"))
	if _, stdout, _ := runCLI(t, "", "build", "--out", out, "--format", "png", dir); !strings.Contains(stdout, "1 rebuilt") {
		t.Errorf("a deleted PNG: %q; want it rebuilt", stdout)
	}
}

// TestIncrementalAuto: the auto theme's PNG is written light and dark,
// NAME.png and NAME.dark.png; both are up to date the second time, and a
// deleted dark one is rebuilt. Standard output takes one picture, so the
// auto theme's PNG is refused there with what to do.
func TestIncrementalAuto(t *testing.T) {
	dir, out := t.TempDir(), t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "a.toml"), []byte("[[nodes]]\nid = \"a\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	build := func(want string) {
		t.Helper()
		code, stdout, stderr := runCLI(t, "", "build", "--theme", "auto", "--format", "png", "--out", out, dir)
		if code != exitOK || !strings.Contains(stdout, want) {
			t.Fatalf("build: exit %d, %q %q; want %q", code, stdout, stderr, want)
		}
	}
	build("1 rebuilt, 0 up to date")
	for _, f := range []string{"a.png", "a.dark.png"} {
		if _, err := os.Stat(filepath.Join(out, f)); err != nil {
			t.Error(err)
		}
	}
	build("0 rebuilt, 1 up to date")
	os.Remove(filepath.Join(out, "a.dark.png"))
	build("1 rebuilt, 0 up to date")
	code, _, stderr := runCLI(t, "[[nodes]]\nid = \"a\"\n", "build", "--theme", "auto", "--format", "png", "-")
	want := "sketchdeck: the auto theme draws a png in two files, NAME.png (light) and NAME.dark.png; standard output takes one: build into a folder (--out), or give --theme default or --theme dark\n"
	if code != exitBad || stderr != want {
		t.Errorf("auto PNG to standard output: exit %d, %q; want %d, %q", code, stderr, exitBad, want)
	}
}
