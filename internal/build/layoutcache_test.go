package build

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/sketchdeck/sketchdeck/internal/cache"
	"github.com/sketchdeck/sketchdeck/internal/graphviz/worker"
)

// TestLayoutCacheSameBytes: the deck (every language) and the Graphviz
// test graphs built from a layout cache saved by an earlier build give the
// very bytes of a fresh build, and start no layout worker: the second
// Builder's worker program does not exist, so any layout it needed would
// fail.
func TestLayoutCacheSameBytes(t *testing.T) {
	srcs := deckSources(t)
	gv, _ := filepath.Glob("testdata/*.gv")
	for _, file := range gv {
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		srcs = append(srcs, Source{File: file, Data: data})
	}
	dir := t.TempDir()

	first := cache.NewLayouts()
	fresh := buildWithStore(t, srcs, first, worker.Options{})
	if first.Len() == 0 {
		t.Fatal("the deck kept no layout")
	}
	save(t, first, dir)

	loaded := cache.NewLayouts()
	if err := loaded.Load(dir); err != nil {
		t.Fatal(err)
	}
	again := buildWithStore(t, srcs, loaded, worker.Options{Command: []string{filepath.Join(dir, "no-such-worker")}})
	for i := range srcs {
		if !bytes.Equal(fresh[i], again[i]) {
			t.Errorf("%s: the cached layout gives other bytes", srcs[i].File)
		}
	}
}

// buildWithStore builds srcs with st as the layout cache and returns each
// SVG; a failed build fails the test.
func buildWithStore(t *testing.T, srcs []Source, st worker.Store, o worker.Options) [][]byte {
	t.Helper()
	o.Store = st
	b, err := New(Options{Graphviz: o})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	out := make([][]byte, len(srcs))
	for i, r := range b.BuildAll(context.Background(), srcs) {
		if r.Err != nil {
			t.Fatal(r.Err)
		}
		out[i] = r.SVG
	}
	return out
}

// save writes l into dir as the command does.
func save(t *testing.T, l *cache.Layouts, dir string) {
	t.Helper()
	data := l.Bytes()
	if err := os.WriteFile(cache.LayoutsPath(dir), data, 0o644); err != nil {
		t.Fatal(err)
	}
	l.Saved(dir, data)
}
