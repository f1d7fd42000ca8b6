package atomicfile

import (
	"os"
	"path/filepath"
	"strconv"
	"testing"
)

// TestReplaceLeavesSameFile: replacing a file with the bytes it already
// holds leaves it as it is (same file, same modification time), while
// other bytes replace it; a file one byte longer or shorter, or a folder
// in the way, is never taken for the same.
func TestReplaceLeavesSameFile(t *testing.T) {
	root := t.TempDir()
	path := filepath.Join(root, "out", "a.svg")
	if err := Replace(path, []byte("<svg/>")); err != nil {
		t.Fatal(err)
	}
	old, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := Replace(path, []byte("<svg/>")); err != nil {
		t.Fatal(err)
	}
	now, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if !os.SameFile(old, now) || !now.ModTime().Equal(old.ModTime()) {
		t.Errorf("the same bytes replaced the file")
	}
	for _, data := range []string{"<svg />", "<svg/>\n", "<svg", ""} {
		if err := Replace(path, []byte(data)); err != nil {
			t.Fatal(err)
		}
		got, err := os.ReadFile(path)
		if err != nil || string(got) != data {
			t.Errorf("after writing %q the file holds %q (%v)", data, got, err)
		}
		now, err := os.Stat(path)
		if err != nil {
			t.Fatal(err)
		}
		if os.SameFile(old, now) {
			t.Errorf("writing %q did not replace the file", data)
		}
		old = now
	}
	dir := filepath.Join(root, "d.svg")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if holds(dir, nil) {
		t.Errorf("a folder is taken for an empty file")
	}
	if err := Replace(dir, []byte("x")); err == nil {
		t.Error("a folder was replaced by a file")
	}
	noTemporaryFiles(t, root)
}

// BenchmarkReplace writes a deck's worth of files (70 of 20 kB, in two
// folders), every one changed, as a forced build whose outputs all change.
func BenchmarkReplace(b *testing.B) {
	root := b.TempDir()
	data := [2][]byte{make([]byte, 20_000), make([]byte, 20_000)}
	data[1][0] = 1
	n := 0
	for b.Loop() {
		for i := range 70 {
			if err := Replace(filepath.Join(root, []string{"en", "fr"}[i%2], strconv.Itoa(i/2)+".svg"), data[n%2]); err != nil {
				b.Fatal(err)
			}
		}
		n++
	}
}
