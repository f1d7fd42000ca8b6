package main

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"
)

// TestAnimationPlaysInChromium: an animated diagram, embedded as a deck
// embeds it (<object>, and <img> beside it), runs CSS animations in
// Chromium that all end (on the still picture: no forward fill), and
// runs none for a reader who asks for reduced motion. No time is
// asserted: the test waits for each state. The drawing lasts as long as
// a drawing may (60 s: a full test run on two cores once took Chromium
// more than 20 s to show it, after a 20 s drawing had ended), and is then
// played to its end at once (finish), so a fast machine cannot miss it
// and a slow one does not wait for it.
func TestAnimationPlaysInChromium(t *testing.T) {
	t.Parallel()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	dir, out := t.TempDir(), t.TempDir()
	src := "title = \"Drawn\"\n[animate]\nduration = \"60s\"\n[[nodes]]\nid = \"a\"\nlabel = \"A\"\n[[nodes]]\nid = \"b\"\nlabel = \"B\"\n[[edges]]\nfrom = \"a\"\nto = \"b\"\n"
	if err := os.WriteFile(filepath.Join(dir, "drawn.toml"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, _, errs := runCLI(t, "", "build", "--out", out, dir); code != exitOK {
		t.Fatalf("build: exit %d: %s", code, errs)
	}
	page := `<!doctype html><body><object id="o" type="image/svg+xml" data="drawn.svg"></object><img src="drawn.svg"></body>`
	mux := http.NewServeMux()
	mux.Handle("GET /drawn.svg", http.FileServer(http.Dir(out)))
	mux.HandleFunc("GET /{$}", func(w http.ResponseWriter, _ *http.Request) { w.Write([]byte(page)) }) //nolint:errcheck // test page
	srv := httptest.NewServer(mux)
	defer srv.Close()
	b := startBrowser(t, ctx, srv.URL+"/")
	count := func() int {
		s, err := b.eval(`(() => { const d = document.getElementById("o").contentDocument; return d && d.querySelector("path") ? d.getAnimations().length : -1 })()`)
		if err != nil {
			t.Fatalf("evaluating in the page: %v", err)
		}
		n, _ := strconv.Atoi(s)
		return n
	}
	waitFor(t, ctx, "the drawing's animations", func() (int, bool) { n := count(); return n, n > 0 })
	if _, err := b.eval(`document.getElementById("o").contentDocument.getAnimations().forEach(a => a.finish())`); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, "every animation to end", func() (int, bool) { n := count(); return n, n == 0 })

	if _, err := b.call("Emulation.setEmulatedMedia", map[string]any{"features": []map[string]string{{"name": "prefers-reduced-motion", "value": "reduce"}}}); err != nil {
		t.Fatal(err)
	}
	if _, err := b.eval(`document.getElementById("o").data = "drawn.svg?reduced"`); err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, "the reloaded drawing", func() (string, bool) {
		s, _ := b.eval(`(() => { const d = document.getElementById("o").contentDocument; return d ? d.URL : "" })()`)
		return s, len(s) > 0 && s[len(s)-len("?reduced"):] == "?reduced" && count() >= 0
	})
	if n := count(); n != 0 {
		t.Errorf("%d animations run for a reader who asks for reduced motion, want none", n)
	}
}
