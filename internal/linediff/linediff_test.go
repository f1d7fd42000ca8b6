package linediff

import (
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

func TestUnified(t *testing.T) {
	a := "a\nb\nc\nd\ne\nf\ng\nh\ni\nj\n"
	b := "a\nb\nC\nd\ne\nf\ng\nh\ni\nj\nk\n"
	want := "--- x\n+++ y\n@@ -1,6 +1,6 @@\n a\n b\n-c\n+C\n d\n e\n f\n@@ -8,3 +8,4 @@\n h\n i\n j\n+k\n"
	if got := Unified("x", "y", a, b); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	if got := Unified("x", "y", a, a); got != "" {
		t.Errorf("same texts: %q", got)
	}
}

// TestUnifiedAppliesWithPatch: what Unified writes, patch applies.
func TestUnifiedAppliesWithPatch(t *testing.T) {
	patch, err := exec.LookPath("patch")
	if err != nil {
		t.Skip("patch is not installed")
	}
	a := "[rules]\ntypography = \"fr\"\n\n[a]\nx = 1\ny = 2\n\n[b]\nz = 3\n"
	b := "[rules]\ntypography = \"fr\"\nkeep = [\"A\"]\n\n[a]\nx = 1\n\n[b]\nz = 4\nw = 5\n"
	dir := t.TempDir()
	file := filepath.Join(dir, "f.toml")
	if err := os.WriteFile(file, []byte(a), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(patch, "-s", file)
	cmd.Stdin = stringReader(Unified("f.toml", "f.toml", a, b))
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("patch: %v\n%s", err, out)
	}
	got, _ := os.ReadFile(file)
	if string(got) != b {
		t.Errorf("patched\n%s\nwant\n%s", got, b)
	}
}

type reader struct{ s string }

func (r *reader) Read(p []byte) (int, error) {
	if r.s == "" {
		return 0, io.EOF
	}
	n := copy(p, r.s)
	r.s = r.s[n:]
	return n, nil
}

func stringReader(s string) *reader { return &reader{s} }
