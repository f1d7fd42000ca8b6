package watch

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// TestFingerprintSeesSameLengthEdit: an edit that keeps a diagram's length
// and its modification time (a coarse file system clock) is still seen,
// and so are a new file and a removed one.
func TestFingerprintSeesSameLengthEdit(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "a.toml")
	stamp := time.Date(2025, 1, 2, 3, 4, 5, 0, time.UTC)
	write := func(name, body string) {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.Chtimes(p, stamp, stamp); err != nil {
			t.Fatal(err)
		}
	}
	w := Watcher{Paths: []string{dir}}
	write("a.toml", "label = \"Before edit\"\n")
	before := w.Fingerprint()
	write("a.toml", "label = \"After edit!\"\n")
	if w.Fingerprint() == before {
		t.Error("a same-length edit with the same time left the fingerprint unchanged")
	}
	before = w.Fingerprint()
	write("b.md", "# b\n")
	added := w.Fingerprint()
	if added == before {
		t.Error("a new diagram left the fingerprint unchanged")
	}
	if err := os.Remove(file); err != nil {
		t.Fatal(err)
	}
	if w.Fingerprint() == added {
		t.Error("a removed diagram left the fingerprint unchanged")
	}
	write("notes.txt", "x")
	if w.Fingerprint() != w.Fingerprint() {
		t.Error("the fingerprint is not stable")
	}
}

// TestRun: Run acts at once, then once per change, and stops with ctx.
func TestRun(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "a.toml")
	if err := os.WriteFile(file, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	calls := make(chan int, 10)
	n := 0
	done := make(chan struct{})
	go func() {
		Watcher{Paths: []string{file}, Interval: time.Millisecond, Settle: time.Millisecond}.Run(ctx, func() {
			n++
			calls <- n
		})
		close(done)
	}()
	<-calls
	if err := os.WriteFile(file, []byte("y"), 0o644); err != nil {
		t.Fatal(err)
	}
	if got := <-calls; got != 2 {
		t.Errorf("call %d after one edit, want 2", got)
	}
	cancel()
	<-done
}
