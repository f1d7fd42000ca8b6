package main

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/sketchdeck/sketchdeck/internal/graphviz/workertest"
)

// TestServeOneWorker: rebuilds after edits lay out in the one layout
// worker the preview keeps, instead of starting one per rebuild.
func TestServeOneWorker(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "g.toml")
	p := newPreview(previewOptions{paths: []string{dir}, locales: filepath.Join(dir, "locales"), log: io.Discard})
	defer p.placer.Close()
	before := workertest.Starts()
	for _, label := range []string{"one", "two", "three"} {
		src := "[[nodes]]\nid = \"a\"\nlabel = \"" + label + "\"\n[[nodes]]\nid = \"b\"\n[[edges]]\nfrom = \"a\"\nto = \"b\"\n"
		if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		p.rebuild(context.Background())
		if s := p.snapshot(); s.Problem != "" || len(s.Diagrams["en"]) != 1 || s.Diagrams["en"][0].Error != "" {
			t.Fatalf("rebuild with label %q: %+v", label, s)
		}
	}
	if n := workertest.Starts() - before; n != 1 {
		t.Errorf("three rebuilds started %d layout workers, want 1", n)
	}
}

// TestFingerprintSeesSameLengthEdit: an edit that keeps a diagram's length
// and its modification time (a coarse file system clock) is still seen.
func TestFingerprintSeesSameLengthEdit(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "a.toml")
	stamp := time.Date(2025, 1, 2, 3, 4, 5, 0, time.UTC)
	write := func(body string) {
		if err := os.WriteFile(file, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.Chtimes(file, stamp, stamp); err != nil {
			t.Fatal(err)
		}
	}
	p := newPreview(previewOptions{paths: []string{dir}, locales: filepath.Join(dir, "locales"), log: io.Discard})
	defer p.placer.Close()
	write("label = \"Before edit\"\n")
	before := p.fingerprint()
	write("label = \"After edit!\"\n")
	if p.fingerprint() == before {
		t.Error("a same-length edit with the same time left the fingerprint unchanged")
	}
}
