package main

import (
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden outputs in testdata/")

// goldenText compares got with testdata/name, rewriting it with -update.
func goldenText(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if got != string(want) {
		t.Errorf("output differs from %s (run go test -update and look at the diff):\n%s", path, got)
	}
}

// TestParts lists the shipped parts, and a user folder's beside them.
func TestParts(t *testing.T) {
	code, out, errs := runCLI(t, "", "parts")
	if code != exitOK || errs != "" {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	goldenText(t, "parts.txt", out)

	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "zz-block.toml"), []byte("description = \"a block\"\n[[elements]]\nkind = \"rect\"\nwidth = 1\nheight = 1\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out2, errs := runCLI(t, "", "parts", "--parts", dir)
	if want := out + "zz-block       a block\n"; code != exitOK || out2 != want {
		t.Errorf("with a user folder: exit %d, stderr %q, output\n%s\nwant\n%s", code, errs, out2, want)
	}
	tests := []struct {
		args []string
		code int
		errs string
	}{
		{[]string{"parts", "robot"}, exitUsage, "sketchdeck parts: unexpected argument \"robot\"\nRun 'sketchdeck parts --help' for the flags.\n"},
		{[]string{"parts", "--parts", filepath.Join(dir, "nope")}, exitBad, "part: parts folder " + filepath.Join(dir, "nope") + " does not exist\n"},
	}
	for _, tt := range tests {
		if code, _, errs := runCLI(t, "", tt.args...); code != tt.code || errs != tt.errs {
			t.Errorf("sketchdeck %v: exit %d, stderr %q; want %d, %q", tt.args, code, errs, tt.code, tt.errs)
		}
	}
}
