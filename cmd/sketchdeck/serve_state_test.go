package main

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sketchdeck/sketchdeck/internal/graphviz/workertest"
	"github.com/sketchdeck/sketchdeck/internal/proctest"
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

// TestServeStateWaitsForFirstBuild: the page's first ask for the state,
// made as it loads, is answered with the first build as soon as it is
// done, so that the gallery paints without waiting for an event.
func TestServeStateWaitsForFirstBuild(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "g.toml"), []byte("[[nodes]]\nid = \"a\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	p := newPreview(previewOptions{paths: []string{dir}, locales: filepath.Join(dir, "locales"), log: io.Discard})
	defer p.placer.Close()
	srv := httptest.NewServer(p.handler())
	defer srv.Close()
	got := make(chan snapshot, 1)
	go func() {
		var s snapshot
		r, err := http.Get(srv.URL + "/state")
		if err == nil {
			err = json.NewDecoder(r.Body).Decode(&s)
			r.Body.Close()
		}
		if err != nil {
			t.Error(err)
		}
		got <- s
	}()
	p.rebuild(context.Background())
	if s := <-got; s.Version < 1 || len(s.Diagrams["en"]) != 1 {
		t.Errorf("the first state has version %d and %d diagrams; want the first build", s.Version, len(s.Diagrams["en"]))
	}
}

// TestServePrintsErrors: a rebuild says in the terminal what failed, with
// file:line:col, once however many languages it failed in, and counts
// it as failed, not rebuilt.
func TestServePrintsErrors(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) {
		if err := os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("good.toml", "[[nodes]]\nid = \"a\"\n")
	write("bad.toml", "[[nodes]]\nid = \"b\"\nshape = \"blob\"\n")
	write("locales/fr.toml", "")
	var log strings.Builder
	p := newPreview(previewOptions{paths: []string{dir}, locales: filepath.Join(dir, "locales"), log: &log})
	defer p.placer.Close()
	p.rebuild(context.Background())
	out := log.String()
	want := filepath.ToSlash(filepath.Join(dir, "bad.toml")) + `:3:1: unknown shape "blob"`
	if strings.Count(out, want) != 1 || !strings.Contains(out, "sketchdeck serve: 2 rebuilt, 2 failed in ") {
		t.Errorf("the terminal says:\n%s\nwant the error %q once and 2 rebuilt, 2 failed (two languages)", out, want)
	}
}

// TestFingerprintSeesBeside: once built, an edit of a picture a diagram
// shows, or of a part in its own parts folder, is seen.
func TestFingerprintSeesBeside(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"a.toml":          "parts = [\"parts\"]\n[[nodes]]\nid = \"a\"\nimage = \"pic.svg\"\n[[nodes]]\nid = \"b\"\nicon = \"mine\"\n",
		"pic.svg":         `<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>`,
		"parts/mine.toml": "width = 10\nheight = 10\n[[elements]]\nkind = \"rect\"\nwidth = 10\nheight = 10\n",
	}
	proctest.WriteFiles(t, dir, files)
	p := newPreview(previewOptions{paths: []string{dir}, locales: filepath.Join(dir, "locales"), log: io.Discard})
	defer p.placer.Close()
	p.rebuild(context.Background())
	if s := p.snapshot(); s.Problem != "" || len(s.Diagrams["en"]) != 1 || s.Diagrams["en"][0].Error != "" {
		t.Fatalf("first build: %+v", s)
	}
	for _, edit := range []struct{ file, body string }{
		{"pic.svg", `<svg xmlns="http://www.w3.org/2000/svg" width="20" height="10"/>`},
		{"parts/mine.toml", "width = 20\nheight = 10\n[[elements]]\nkind = \"rect\"\nwidth = 20\nheight = 10\n"},
	} {
		before := p.watcher().Fingerprint()
		if err := os.WriteFile(filepath.Join(dir, filepath.FromSlash(edit.file)), []byte(edit.body), 0o644); err != nil {
			t.Fatal(err)
		}
		if p.watcher().Fingerprint() == before {
			t.Errorf("editing %s left the fingerprint unchanged", edit.file)
		}
	}
}

// servedDiagram serves a preview of one diagram, g.toml, of source src,
// built once; it returns the server and the diagram's folder.
func servedDiagram(t *testing.T, src string) (*httptest.Server, string) {
	t.Helper()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "g.toml"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	p := newPreview(previewOptions{paths: []string{dir}, locales: filepath.Join(dir, "locales"), log: io.Discard})
	t.Cleanup(func() { p.placer.Close() })
	p.rebuild(context.Background())
	srv := httptest.NewServer(p.handler())
	t.Cleanup(srv.Close)
	return srv, dir
}

// TestServePNG: a diagram's PNG is drawn on request at /png/LANG/NAME.png;
// an unknown one is not found.
func TestServePNG(t *testing.T) {
	srv, _ := servedDiagram(t, "[[nodes]]\nid = \"a\"\n")
	for path, want := range map[string]int{"/png/en/g.png": http.StatusOK, "/png/en/nope.png": http.StatusNotFound, "/png/xx/g.png": http.StatusNotFound} {
		r, err := http.Get(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(r.Body)
		r.Body.Close()
		if r.StatusCode != want {
			t.Errorf("%s: %s; want %d", path, r.Status, want)
		}
		if want == http.StatusOK && (r.Header.Get("Content-Type") != "image/png" || !strings.HasPrefix(string(body), "\x89PNG")) {
			t.Errorf("%s: %s, %.8q; want a PNG", path, r.Header.Get("Content-Type"), body)
		}
	}
}

// TestServeSteps: the state tells how many step files a diagram has, and
// each is served at /svg/LANG/NAME.step-K.svg, as build writes it; a step
// past the last is not found.
func TestServeSteps(t *testing.T) {
	srv, dir := servedDiagram(t, "[[nodes]]\nid = \"a\"\n[[nodes]]\nid = \"b\"\nstep = 1\n[[nodes]]\nid = \"c\"\nstep = 2\n")
	get := func(path string) (int, string) {
		t.Helper()
		r, err := http.Get(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		defer r.Body.Close()
		body, _ := io.ReadAll(r.Body)
		return r.StatusCode, string(body)
	}
	if _, state := get("/state"); !strings.Contains(state, `"name":"g","file":`) || !strings.Contains(state, `"steps":2`) {
		t.Errorf("state %s: want g with 2 steps", state)
	}
	out := filepath.Join(dir, "out")
	if code, _, errs := runCLI(t, "", "build", "--quiet", "--out", out, filepath.Join(dir, "g.toml")); code != exitOK {
		t.Fatalf("build: exit %d, %s", code, errs)
	}
	for path, want := range map[string]string{"/svg/en/g.svg": "g.svg", "/svg/en/g.step-1.svg": "g.step-1.svg", "/svg/en/g.step-2.svg": "g.step-2.svg", "/svg/en/g.step-3.svg": ""} {
		code, body := get(path)
		if want == "" {
			if code != http.StatusNotFound {
				t.Errorf("%s: %d; want 404", path, code)
			}
			continue
		}
		if file, _ := os.ReadFile(filepath.Join(out, want)); code != http.StatusOK || body != string(file) {
			t.Errorf("%s: %d, not the %s build writes", path, code, want)
		}
	}
}
