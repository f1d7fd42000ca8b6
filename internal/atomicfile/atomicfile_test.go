package atomicfile

import (
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
)

// TestWriteSyncs: the data is flushed to disk before the rename makes
// it the file (a crash then leaves the old file or the whole new one), and
// on Linux the folder after it, so that the rename is durable too.
func TestWriteSyncs(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "x.svg")
	if err := os.WriteFile(path, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	var calls []string
	sync := func(f *os.File) error {
		st, err := f.Stat()
		if err != nil {
			return err
		}
		now, _ := os.ReadFile(path)
		switch {
		case st.IsDir():
			calls = append(calls, "dir, file holds "+string(now))
		default:
			calls = append(calls, "temp file, file holds "+string(now))
		}
		return (*os.File).Sync(f)
	}
	if err := writeFile(path, []byte("new"), sync); err != nil {
		t.Fatal(err)
	}
	want := []string{"temp file, file holds old"}
	if runtime.GOOS == "linux" {
		want = append(want, "dir, file holds new")
	}
	if !slices.Equal(calls, want) {
		t.Errorf("syncs: %q, want %q", calls, want)
	}
	// A failed flush leaves the old file and no temporary file.
	failing := func(*os.File) error { return errors.New("disk on fire") }
	err := writeFile(path, []byte("newer"), failing)
	if err == nil || err.Error() != "atomicfile: writing "+path+": disk on fire" {
		t.Errorf("err = %v", err)
	}
	if got, _ := os.ReadFile(path); string(got) != "new" {
		t.Errorf("after a failed flush the file holds %q, want %q", got, "new")
	}
	noTemporaryFiles(t, dir)
}

// TestWriteFolders: Write makes the folders a file needs, replaces an
// existing file, and refuses to replace a folder, leaving no temporary
// file behind.
func TestWriteFolders(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "a", "b", "x.svg")
	for _, data := range []string{"one", "two"} {
		if err := Write(path, []byte(data)); err != nil {
			t.Fatal(err)
		}
		if got, _ := os.ReadFile(path); string(got) != data {
			t.Errorf("file holds %q, want %q", got, data)
		}
	}
	folder := filepath.Join(dir, "a", "b", "y.svg")
	if err := os.Mkdir(folder, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := Write(folder, []byte("three")); err == nil {
		t.Error("a folder was replaced by a file")
	}
	if st, err := os.Stat(folder); err != nil || !st.IsDir() {
		t.Errorf("the folder is gone: %v", err)
	}
	noTemporaryFiles(t, filepath.Dir(path))
}

// noTemporaryFiles fails t if dir holds a temporary file of this package.
func noTemporaryFiles(t *testing.T, dir string) {
	t.Helper()
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.Contains(e.Name(), ".tmp-") {
			t.Errorf("temporary file %s left behind", e.Name())
		}
	}
}
