package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestQuietVerbose: -q leaves only problems, -v adds a line per file
// written or checked, for build, check and lint; both at once is a usage
// error.
func TestQuietVerbose(t *testing.T) {
	dir, _ := langDir(t)
	diagrams, images := filepath.Join(dir, "diagrams"), filepath.Join(dir, "images")
	write(t, filepath.Join(dir, "slides.md"), "![](images/cache.svg)\n")
	deck := []string{"--deck", filepath.Join(dir, "slides.md"), "--diagrams", diagrams}
	cases := []struct {
		args []string
		out  string
	}{
		{[]string{"build", "-v", "--out", images, diagrams}, "sketchdeck: wrote " + filepath.Join(images, "cache.svg") + "\nsketchdeck: 1 rebuilt, 0 up to date, 0 failed → " + images + "\n"},
		{[]string{"build", "-q", "--force", "--out", images, diagrams}, ""},
		{append([]string{"check", "-v"}, deck...), filepath.Join(dir, "slides.md") + ":1:5: images/cache.svg: up to date\nsketchdeck check: " + filepath.Join(dir, "slides.md") + ": 1 image reference, 1 from diagrams; 0 problems\n"},
		{append([]string{"check", "--quiet"}, deck...), ""},
		{[]string{"lint", "-v", diagrams}, "sketchdeck lint: " + filepath.ToSlash(filepath.Join(diagrams, "cache.toml")) + " (en): 0 findings\nsketchdeck lint: 1 diagram × 1 language: 0 findings\n"},
		{[]string{"lint", "-q", diagrams}, ""},
	}
	for _, c := range cases {
		code, out, errs := runCLI(t, "", c.args...)
		if code != exitOK || out != c.out || errs != "" {
			t.Errorf("%s: exit %d, stdout\n%s\nwant\n%s\nstderr %s", strings.Join(c.args, " "), code, out, c.out, errs)
		}
	}
	for _, cmd := range []string{"build", "check", "lint"} {
		code, _, errs := runCLI(t, "", cmd, "-q", "-v")
		if want := "sketchdeck " + cmd + ": -q (--quiet) and -v (--verbose) contradict each other: give one\n"; code != exitUsage || !strings.HasPrefix(errs, want) {
			t.Errorf("%s -q -v: exit %d, %s", cmd, code, errs)
		}
	}
	// Problems are printed whatever the verbosity.
	write(t, filepath.Join(diagrams, "bad.toml"), "nodes = 3\n")
	if code, out, errs := runCLI(t, "", "build", "-q", "--out", images, diagrams); code != exitBad || out != "" || !strings.Contains(errs, "bad.toml:1:1") {
		t.Errorf("build -q of a bad diagram: exit %d, stdout %q, stderr %q", code, out, errs)
	}
}
