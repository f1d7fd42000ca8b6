package atomicfile

import (
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"testing"
)

// TestBatchSyncsEachFolderOnce: every file is flushed before its rename,
// as Write does, but each folder is flushed once, at Sync, however many
// files were written into it.
func TestBatchSyncsEachFolderOnce(t *testing.T) {
	root := t.TempDir()
	var files, dirs []string
	b := &Batch{sync: func(f *os.File) error {
		st, err := f.Stat()
		if err != nil {
			return err
		}
		if st.IsDir() {
			dirs = append(dirs, f.Name())
		} else {
			files = append(files, f.Name())
		}
		return (*os.File).Sync(f)
	}}
	var paths []string
	for _, p := range []string{"en/a.svg", "en/b.svg", "fr/a.svg", "fr/b.svg", "fr/c.svg"} {
		path := filepath.Join(root, p)
		paths = append(paths, path)
		if err := b.Write(path, []byte(p)); err != nil {
			t.Fatal(err)
		}
	}
	if len(files) != 5 || len(dirs) != 0 {
		t.Errorf("before Sync: %d files and %d folders flushed, want 5 and 0", len(files), len(dirs))
	}
	if err := b.Sync(); err != nil {
		t.Fatal(err)
	}
	var want []string
	if runtime.GOOS == "linux" {
		want = []string{filepath.Join(root, "en"), filepath.Join(root, "fr")}
	}
	if !slices.Equal(dirs, want) {
		t.Errorf("folders flushed: %q, want %q", dirs, want)
	}
	for i, p := range paths {
		if got, err := os.ReadFile(p); err != nil || string(got) != []string{"en/a.svg", "en/b.svg", "fr/a.svg", "fr/b.svg", "fr/c.svg"}[i] {
			t.Errorf("%s holds %q (%v)", p, got, err)
		}
	}
	dirs = nil
	if err := b.Sync(); err != nil || len(dirs) != 0 {
		t.Errorf("a second Sync flushed %q (%v), want nothing", dirs, err)
	}
}

// BenchmarkBatch writes a deck's worth of files (70 of 20 kB, in two
// folders) and syncs the folders; the flushes to disk are left out (they
// measure the disk), so what is measured is the system calls around them.
func BenchmarkBatch(b *testing.B) {
	root := b.TempDir()
	data := make([]byte, 20_000)
	for b.Loop() {
		w := &Batch{sync: func(*os.File) error { return nil }}
		for i := range 70 {
			if err := w.Write(filepath.Join(root, []string{"en", "fr"}[i%2], strconv.Itoa(i/2)+".svg"), data); err != nil {
				b.Fatal(err)
			}
		}
		if err := w.Sync(); err != nil {
			b.Fatal(err)
		}
	}
}

// TestBatchLeavesSameFile: writing the bytes a file already holds leaves
// that file as it is (same file, same modification time, flushed, no
// folder to flush), while other bytes replace it; a file one byte longer
// or shorter, or a folder in the way, is never taken for the same.
func TestBatchLeavesSameFile(t *testing.T) {
	root := t.TempDir()
	path := filepath.Join(root, "a.svg")
	flushed := 0
	b := &Batch{sync: func(f *os.File) error { flushed++; return (*os.File).Sync(f) }}
	if err := b.Write(path, []byte("<svg/>")); err != nil {
		t.Fatal(err)
	}
	if err := b.Sync(); err != nil {
		t.Fatal(err)
	}
	old, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	flushed = 0
	if err := b.Write(path, []byte("<svg/>")); err != nil {
		t.Fatal(err)
	}
	now, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if !os.SameFile(old, now) || !now.ModTime().Equal(old.ModTime()) {
		t.Errorf("the same bytes replaced the file")
	}
	if flushed != 1 || len(b.dirs) != 0 {
		t.Errorf("the same bytes: %d flushes and %d folders to flush, want 1 and 0", flushed, len(b.dirs))
	}
	for _, data := range []string{"<svg />", "<svg/>\n", "<svg", ""} {
		if err := b.Write(path, []byte(data)); err != nil {
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
	if holds(dir, nil, (*os.File).Sync) {
		t.Errorf("a folder is taken for an empty file")
	}
}
