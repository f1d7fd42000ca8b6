//go:build unix

package cache

import (
	"path/filepath"
	"syscall"
	"testing"
)

// TestSpecialFiles: an output or a manifest that is a named pipe is not
// fresh and not read (reading it blocked the build), and a manifest that
// is one is reported.
func TestSpecialFiles(t *testing.T) {
	dir := t.TempDir()
	m, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mkfifo(filepath.Join(dir, "a.svg"), 0o644); err != nil {
		t.Skip("no named pipes here:", err)
	}
	m.RecordSum("a.svg", "k", Sum([]byte("<svg/>")))
	// A regression blocks here until the test binary's timeout.
	if m.Fresh("a.svg", "k") {
		t.Error("a named pipe is fresh")
	}
	if err := syscall.Mkfifo(m.Path(), 0o644); err != nil {
		t.Fatal(err)
	}
	m, err = Load(dir)
	want := "cache: " + m.Path() + " is a named pipe (FIFO), not a regular file: sketchdeck reads only regular files"
	if err == nil || err.Error() != want || len(m.Names()) != 0 {
		t.Errorf("Load: %d entries, %v; want none and %s", len(m.Names()), err, want)
	}
}
