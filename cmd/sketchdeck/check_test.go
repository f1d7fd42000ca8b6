package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestCheckRealDeck runs `sketchdeck check` on the talk's deck (a copy in
// testdata/deck) with two diagrams built: they pass, the deck's other SVGs
// are reported as having no diagram, and an edit makes one stale.
func TestCheckRealDeck(t *testing.T) {
	dir := t.TempDir()
	diagrams, images := filepath.Join(dir, "diagrams"), filepath.Join(dir, "out")
	for _, name := range []string{"cache", "cdn"} {
		data, err := os.ReadFile(filepath.Join("..", "..", "diagrams", name+".toml"))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.MkdirAll(diagrams, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(diagrams, name+".toml"), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if code, _, errs := runCLI(t, "", "build", "--out", images, diagrams); code != exitOK {
		t.Fatalf("build: %s", errs)
	}
	deckFile := filepath.Join("testdata", "deck", "slides.md")
	args := []string{"check", "--deck", deckFile, "--images", images, "--diagrams", diagrams}
	code, out, errs := runCLI(t, "", args...)
	if code != exitBad {
		t.Fatalf("exit %d; the deck shows SVGs that have no diagram here", code)
	}
	if !strings.Contains(out, "2 from diagrams") {
		t.Errorf("summary %q", out)
	}
	for _, want := range []string{
		deckFile + ":112:15: images/me.svg: no diagram",
		deckFile + ":161:15: images/mindmap.svg: no diagram",
	} {
		if !strings.Contains(errs, want) {
			t.Errorf("missing %q in:\n%s", want, errs)
		}
	}
	for _, fine := range []string{"images/cache.svg", "images/cdn.svg", ".jpg", ".png"} {
		if strings.Contains(errs, fine) {
			t.Errorf("%s reported:\n%s", fine, errs)
		}
	}
	// A touch changes no content: nothing becomes stale. An edit does.
	later := time.Now().Add(time.Hour)
	if err := os.Chtimes(filepath.Join(diagrams, "cdn.toml"), later, later); err != nil {
		t.Fatal(err)
	}
	if _, _, errs = runCLI(t, "", args...); strings.Contains(errs, "cdn.svg: ") {
		t.Errorf("a touched cdn.toml made cdn.svg stale:\n%s", errs)
	}
	f, err := os.OpenFile(filepath.Join(diagrams, "cdn.toml"), os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	f.WriteString("\n# edited\n")
	f.Close()
	_, _, errs = runCLI(t, "", args...)
	want := ":207:15: images/cdn.svg: " + filepath.Join(images, "cdn.svg") + " is out of date: " + filepath.Join(diagrams, "cdn.toml") +
		", the theme, a catalog or sketchdeck changed since it was built, or it was built with other flags: run sketchdeck build --out " + images + " " + diagrams
	if !strings.Contains(errs, want) {
		t.Errorf("stale cdn.svg not reported as\n%s\nin:\n%s", want, errs)
	}
}

// TestCheckCleanDeck: a deck whose every picture is built exits 0, also
// after every file is touched, and a diagram no slide shows makes it exit 1.
func TestCheckCleanDeck(t *testing.T) {
	dir := t.TempDir()
	write := func(rel, body string) {
		p := filepath.Join(dir, rel)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("diagrams/a.toml", "[[nodes]]\nid = \"a\"\n")
	write("slides.md", "class: center\n\n<object data=\"images/a.svg\"></object>\n")
	if code, _, errs := runCLI(t, "", "build", "--out", filepath.Join(dir, "images"), filepath.Join(dir, "diagrams")); code != exitOK {
		t.Fatal(errs)
	}
	args := []string{"check", "--deck", filepath.Join(dir, "slides.md"), "--diagrams", filepath.Join(dir, "diagrams")}
	if code, out, errs := runCLI(t, "", args...); code != exitOK || !strings.Contains(out, "0 problems") {
		t.Fatalf("exit %d: %s%s", code, out, errs)
	}
	// A checkout (or a touch) renews every file time; build says up to
	// date, and check agrees.
	later := time.Now().Add(time.Hour)
	for _, p := range []string{"diagrams/a.toml", "slides.md"} {
		if err := os.Chtimes(filepath.Join(dir, p), later, later); err != nil {
			t.Fatal(err)
		}
	}
	if code, out, errs := runCLI(t, "", "build", "--out", filepath.Join(dir, "images"), filepath.Join(dir, "diagrams")); code != exitOK || !strings.Contains(out, "0 rebuilt, 1 up to date") {
		t.Fatalf("build after touch: exit %d: %s%s", code, out, errs)
	}
	if code, out, errs := runCLI(t, "", args...); code != exitOK || !strings.Contains(out, "0 problems") {
		t.Fatalf("check after touch: exit %d: %s%s", code, out, errs)
	}
	if code, _, errs := runCLI(t, "", append(args, "--source", "theme.toml")...); code != exitUsage || !strings.Contains(errs, "--source is no longer needed") {
		t.Errorf("--source: exit %d, %s", code, errs)
	}
	write("diagrams/b.toml", "[[nodes]]\nid = \"b\"\n")
	if code, _, errs := runCLI(t, "", args...); code != exitBad || !strings.Contains(errs, "b.toml: no slide of") {
		t.Errorf("unused diagram: exit %d, %s", code, errs)
	}
}
