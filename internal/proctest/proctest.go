package proctest

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

// WaitUntil polls cond every 50 ms and fails the test after a minute: a
// bound generous enough for a loaded machine, not a timing claim.
func WaitUntil(t testing.TB, what string, cond func() bool) {
	t.Helper()
	for range 1200 {
		if cond() {
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatalf("gave up waiting for %s", what)
}

// WriteFiles writes each file of files (a path relative to dir, slashes
// allowed, and its content) under dir, making the folders it needs.
func WriteFiles(t testing.TB, dir string, files map[string]string) {
	t.Helper()
	for name, body := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
