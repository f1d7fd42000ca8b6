package cache

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// save writes l's layouts into dir as the command does.
func save(t *testing.T, l *Layouts, dir string) {
	t.Helper()
	data := l.Bytes()
	if err := os.WriteFile(LayoutsPath(dir), data, 0o644); err != nil {
		t.Fatal(err)
	}
	l.Saved(dir, data)
}

func TestLayoutsRoundTrip(t *testing.T) {
	dir := t.TempDir()
	l := NewLayouts()
	if err := l.Load(dir); err != nil || l.Len() != 0 {
		t.Fatalf("Load of an empty folder = %d layouts, %v", l.Len(), err)
	}
	if l.Stale(dir) {
		t.Error("an empty cache is stale: it would write a file of nothing")
	}
	l.Keep("k1", "digraph out 1")
	l.Keep("k2", "digraph out 2")
	if !l.Stale(dir) {
		t.Error("a cache with new layouts is not stale")
	}
	save(t, l, dir)
	if l.Stale(dir) {
		t.Error("a cache just saved is stale")
	}
	again := NewLayouts()
	if err := again.Load(dir); err != nil {
		t.Fatal(err)
	}
	for k, want := range map[string]string{"k1": "digraph out 1", "k2": "digraph out 2"} {
		if got, ok := again.Layout(k); !ok || got != want {
			t.Errorf("Layout(%s) = %q, %v; want %q", k, got, ok, want)
		}
	}
	if _, ok := again.Layout("k3"); ok {
		t.Error("a layout never kept was found")
	}
	if again.Stale(dir) {
		t.Error("a cache loaded and unchanged is stale: every build would rewrite it")
	}
	other := t.TempDir()
	if !again.Stale(other) {
		t.Error("a folder with no layout cache is not stale")
	}
}

// TestLayoutsEachFolder: the layouts of every language's folder are
// merged, and a folder lacking some is rewritten.
func TestLayoutsEachFolder(t *testing.T) {
	en, fr := t.TempDir(), t.TempDir()
	a := NewLayouts()
	a.Keep("shared", "s")
	save(t, a, en)
	a.Keep("french", "f")
	save(t, a, fr)
	b := NewLayouts()
	for _, dir := range []string{en, fr} {
		if err := b.Load(dir); err != nil {
			t.Fatal(err)
		}
	}
	if _, ok := b.Layout("french"); !ok {
		t.Error("the second folder's layouts were not loaded")
	}
	if !b.Stale(en) || b.Stale(fr) {
		t.Errorf("stale: en %v, fr %v; want en only (it lacks a layout)", b.Stale(en), b.Stale(fr))
	}
}

func TestLayoutsIgnoresBadFiles(t *testing.T) {
	for name, data := range map[string]string{
		"corrupt":       "{not json",
		"other version": `{"version": 999, "gen": 1, "layouts": {"k": {"out": "x", "gen": 1}}}`,
		"damaged entry": `{"version": 2, "gen": 1, "layouts": {"k": {"out": "x", "gen": 1, "sum": "` + entrySum("k", "y") + `"}}}`,
		"no checksum":   `{"version": 2, "gen": 1, "layouts": {"k": {"out": "x", "gen": 1}}}`,
	} {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			if err := os.WriteFile(filepath.Join(dir, LayoutsFileName), []byte(data), 0o644); err != nil {
				t.Fatal(err)
			}
			l := NewLayouts()
			if err := l.Load(dir); err != nil {
				t.Fatalf("Load: %v, want no error (a bad cache is ignored)", err)
			}
			if l.Len() != 0 {
				t.Errorf("%d layouts loaded from a bad file", l.Len())
			}
		})
	}
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, LayoutsFileName), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := NewLayouts().Load(dir); err == nil {
		t.Error("a folder in the cache's place gives no error to mention")
	}
}

// TestLayoutsBounded: past MaxLayouts the layouts laid out in the oldest
// builds are dropped.
func TestLayoutsBounded(t *testing.T) {
	dir := t.TempDir()
	l := NewLayouts()
	l.Keep("old", "laid out first")
	save(t, l, dir)
	next := NewLayouts()
	if err := next.Load(dir); err != nil {
		t.Fatal(err)
	}
	for i := range MaxLayouts {
		next.Keep(fmt.Sprintf("new%05d", i), "x")
	}
	data := string(next.Bytes())
	if strings.Contains(data, `"old"`) {
		t.Error("the oldest layout was kept past MaxLayouts")
	}
	if next.Len() != MaxLayouts {
		t.Errorf("%d layouts kept, want %d", next.Len(), MaxLayouts)
	}
}
