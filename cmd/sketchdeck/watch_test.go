package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/sketchdeck/sketchdeck/internal/build"
	"github.com/sketchdeck/sketchdeck/internal/watch"
)

// syncBuffer is a bytes.Buffer that the watching goroutine writes and the
// test reads.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// startWatch runs build --watch on dir into out until the test ends.
func startWatch(t testing.TB, dir, out string) (stdout, stderr *syncBuffer, stop func() int) {
	b, err := build.New(build.Options{})
	if err != nil {
		t.Fatal(err)
	}
	f := buildFlags{out: out, interval: 5 * time.Millisecond}
	f.i18n.lang, f.i18n.locales = sourceLang, filepath.Join(dir, "locales")
	ctx, cancel := context.WithCancel(context.Background())
	stdout, stderr = &syncBuffer{}, &syncBuffer{}
	done := make(chan int, 1)
	go func() { done <- watchBuild(ctx, b, []string{dir}, f, stdout, stderr) }()
	var once sync.Once
	code := 0
	stop = func() int {
		once.Do(func() {
			cancel()
			code = <-done
			b.Close()
		})
		return code
	}
	t.Cleanup(func() { stop() })
	return stdout, stderr, stop
}

// TestBuildWatch: build --watch writes the pictures at once and after
// each save, prints each rebuild and each error with file:line:col, and
// stops cleanly when asked.
func TestBuildWatch(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	dir, out := t.TempDir(), t.TempDir()
	file := filepath.Join(dir, "g.toml")
	write := func(body string) {
		if err := os.WriteFile(file, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	read := func() string {
		data, _ := os.ReadFile(filepath.Join(out, "g.svg"))
		return string(data)
	}
	write("[[nodes]]\nid = \"a\"\nlabel = \"Before\"\n")
	stdout, stderr, stop := startWatch(t, dir, out)
	waitFor(t, ctx, "the first picture", func() (string, bool) { s := read(); return s, strings.Contains(s, "Before") })
	write("[[nodes]]\nid = \"a\"\nshape = \"blob\"\n")
	waitFor(t, ctx, "the error in the terminal", func() (string, bool) {
		s := stderr.String()
		return s, strings.Contains(s, filepath.ToSlash(file)+`:3:1: unknown shape "blob"`)
	})
	write("[[nodes]]\nid = \"a\"\nlabel = \"After\"\n")
	waitFor(t, ctx, "the edited picture", func() (string, bool) { s := read(); return s, strings.Contains(s, "After") })
	if code := stop(); code != exitOK {
		t.Errorf("exit %d after Ctrl-C, want 0", code)
	}
	s := stdout.String()
	if strings.Count(s, "1 rebuilt, 0 up to date, 0 failed") < 2 || !strings.Contains(s, "0 rebuilt, 0 up to date, 1 failed") || !strings.HasSuffix(s, "sketchdeck: stopped watching\n") {
		t.Errorf("the terminal says:\n%s", s)
	}
}

// BenchmarkSaveToPicture measures build --watch from a save of a deck
// diagram to its picture written (ns/op): half the polling interval on
// average, the wait for the save to settle, and the incremental build in
// a Builder and a layout worker kept across rebuilds. A save made just
// after a look waits a whole interval: with the default one it is about
// 60 ms on a shared 2-core machine, with serve's former 300 ms about 300.
func BenchmarkSaveToPicture(b *testing.B) {
	for _, iv := range []time.Duration{watch.DefaultInterval, 300 * time.Millisecond} {
		b.Run("interval="+iv.String(), func(b *testing.B) { benchSaveToPicture(b, iv) })
	}
}

func benchSaveToPicture(b *testing.B, interval time.Duration) {
	src, err := os.ReadFile(filepath.Join("..", "..", "diagrams", "cdn.toml"))
	if err != nil {
		b.Fatal(err)
	}
	dir, out := b.TempDir(), b.TempDir()
	file, svg := filepath.Join(dir, "cdn.toml"), filepath.Join(out, "cdn.svg")
	if err := os.WriteFile(file, src, 0o644); err != nil {
		b.Fatal(err)
	}
	bld, err := build.New(build.Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer bld.Close()
	f := buildFlags{out: out, interval: interval}
	f.i18n.lang, f.i18n.locales = sourceLang, filepath.Join(dir, "locales")
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan int, 1)
	go func() { done <- watchBuild(ctx, bld, []string{dir}, f, &syncBuffer{}, &syncBuffer{}) }()
	defer func() { cancel(); <-done }()
	last := waitChange(b, svg, nil)
	b.ResetTimer()
	for i := range b.N {
		edited := append(bytes.Clone(src), []byte("\n[[nodes]]\nid = \"bench\"\npos = [400, 300]\nlabel = \""+strings.Repeat("x", i%7+1)+"\"\n")...)
		if err := os.WriteFile(file, edited, 0o644); err != nil {
			b.Fatal(err)
		}
		last = waitChange(b, svg, last)
	}
}

// waitChange waits until the file holds something other than last, and
// returns it.
func waitChange(b *testing.B, file string, last []byte) []byte {
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		if data, err := os.ReadFile(file); err == nil && len(data) > 0 && !bytes.Equal(data, last) {
			return data
		}
		time.Sleep(time.Millisecond)
	}
	b.Fatalf("%s was not rewritten within 30 s", file)
	return nil
}

// TestBuildWatchSeesOwnParts: an edit of a part in the folder a diagram
// names (parts = ["parts"]) rebuilds it, as an edit of the diagram does.
func TestBuildWatchSeesOwnParts(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	dir, out := t.TempDir(), t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "parts"), 0o755); err != nil {
		t.Fatal(err)
	}
	part := func(color string) {
		body := "width = 40\nheight = 40\n[[elements]]\nkind = \"rect\"\nwidth = 40\nheight = 40\nfill = \"" + color + "\"\nfill_style = \"solid\"\n"
		if err := os.WriteFile(filepath.Join(dir, "parts", "tile.toml"), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	part("#e03131")
	src := "parts = [\"parts\"]\n[[nodes]]\nid = \"a\"\nicon = \"tile\"\n"
	if err := os.WriteFile(filepath.Join(dir, "g.toml"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	read := func() string {
		data, _ := os.ReadFile(filepath.Join(out, "g.svg"))
		return string(data)
	}
	_, stderr, _ := startWatch(t, dir, out)
	waitFor(t, ctx, "the first picture, with a red tile", func() (string, bool) {
		s := read()
		return stderr.String(), strings.Contains(s, "#e03131")
	})
	part("#2f9e44")
	waitFor(t, ctx, "the picture with the tile turned green", func() (string, bool) {
		s := read()
		return stderr.String(), strings.Contains(s, "#2f9e44")
	})
}
