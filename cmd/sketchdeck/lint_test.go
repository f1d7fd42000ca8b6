package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestLint: findings go to stderr as file:line:col: message, prefixed by
// the language for a translation; exit 1 if any, 0 for a clean folder.
func TestLint(t *testing.T) {
	dir := t.TempDir()
	write := func(name, s string) { t.Helper(); writeUnder(t, dir, name, s) }
	write("clean/ok.toml", "kind = \"drawing\"\n[[elements]]\nid = \"a\"\nkind = \"text\"\ntext = \"Hello\"\n")
	code, out, errs := runCLI(t, "", "lint", filepath.Join(dir, "clean"))
	if code != exitOK || errs != "" || out != "sketchdeck lint: 1 diagram × 1 language: 0 findings\n" {
		t.Errorf("clean: exit %d, stdout %q, stderr %q", code, out, errs)
	}

	// Hello and World collide as written (in a translation they move
	// apart); the translations of Hi are wider than its frame, and no
	// shift makes room for them.
	write("bad/x.toml", "kind = \"drawing\"\n[[elements]]\nid = \"a\"\nkind = \"text\"\ntext = \"Hello\"\n"+
		"[[elements]]\nid = \"b\"\nkind = \"text\"\ntext = \"World\"\nx = 10\ny = 6\n"+
		"[[elements]]\nid = \"frame\"\nkind = \"rect\"\nx = 0\ny = 100\nwidth = 90\nheight = 300\n"+
		"[[elements]]\nid = \"c\"\nkind = \"text\"\ntext = \"Hi\"\nx = 15\ny = 220\n")
	write("bad/locales/fr.toml", "[x]\n\"elements.b.text\" = { source = \"World\", text = \"Monde\" }\n"+
		"\"elements.c.text\" = { source = \"Hi\", text = \"Bonjour à tous\" }\n")
	bad := filepath.Join(dir, "bad")
	code, out, errs = runCLI(t, "", "lint", "--lang", "all", "--locales", filepath.Join(bad, "locales"), bad)
	file := filepath.ToSlash(filepath.Join(bad, "x.toml"))
	want := file + `:2:1: text "Hello" (el:a) overlaps text "World" (el:b)` + "\n" +
		file + `:19:1: fr: text "Bonjour à tous" (el:c) is crossed by rect el:frame` + "\n" +
		file + `:19:1: en-XA: text "[Hî one]" (el:c) is crossed by rect el:frame` + "\n"
	if code != exitBad || errs != want || !strings.Contains(out, "1 diagram × 3 languages: 3 findings") {
		t.Errorf("collisions: exit %d, stdout %q, stderr:\n%s\nwant:\n%s", code, out, errs, want)
	}
}

// TestLintAllowAcrossLanguages: an exception needed in one language only
// is not stale; one needed in none is reported once, not per language.
func TestLintAllowAcrossLanguages(t *testing.T) {
	dir := t.TempDir()
	src := "kind = \"drawing\"\n[[elements]]\nid = \"a\"\nkind = \"text\"\ntext = \"Hi\"\n" +
		"[[elements]]\nid = \"b\"\nkind = \"text\"\ntext = \"Yo\"\nx = 60\n" +
		"[[lint.allow]]\nids = [\"a\", \"b\"]\nreason = \"the French greeting is long\"\n" +
		"[[lint.allow]]\nids = [\"b\", \"canvas\"]\nreason = \"never needed\"\n"
	if err := os.MkdirAll(filepath.Join(dir, "locales"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "x.toml"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	cat := "[x]\n\"elements.a.text\" = { source = \"Hi\", text = \"Bonjour à tous\" }\n"
	if err := os.WriteFile(filepath.Join(dir, "locales", "fr.toml"), []byte(cat), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, errs := runCLI(t, "", "lint", "--lang", "all", "--locales", filepath.Join(dir, "locales"), dir)
	want := filepath.ToSlash(filepath.Join(dir, "x.toml")) + `:14:1: lint.allow ids = ["b", "canvas"] accepts no finding: the exception is stale, remove it` + "\n"
	if code != exitBad || errs != want {
		t.Errorf("exit %d, stderr:\n%s\nwant:\n%s", code, errs, want)
	}
}

// TestLintSameNames: lint writes nothing, so two folders that both hold a
// mindmap.toml are checked in one run (build refuses them: one output).
func TestLintSameNames(t *testing.T) {
	dir := t.TempDir()
	src := "kind = \"drawing\"\n[[elements]]\nid = \"a\"\nkind = \"text\"\ntext = \"Hello\"\n"
	for _, sub := range []string{"one", "two"} {
		if err := os.MkdirAll(filepath.Join(dir, sub), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, sub, "mindmap.toml"), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	one, two := filepath.Join(dir, "one"), filepath.Join(dir, "two")
	code, out, errs := runCLI(t, "", "lint", one, two)
	if code != exitOK || errs != "" || out != "sketchdeck lint: 2 diagrams × 1 language: 0 findings\n" {
		t.Errorf("lint: exit %d, stdout %q, stderr %q", code, out, errs)
	}
	code, _, errs = runCLI(t, "", "build", "--out", t.TempDir(), one, two)
	want := "would both write mindmap.svg"
	if code == exitOK || !strings.Contains(errs, want) {
		t.Errorf("build: exit %d, stderr %q, want it to say %q", code, errs, want)
	}
}

// TestLintFolderCatalogs: each folder is linted with its own locales/:
// the French of one folder is not looked up in the other's catalog, a
// folder's languages are its own, and a language named must have a
// catalog in every folder.
func TestLintFolderCatalogs(t *testing.T) {
	dir := t.TempDir()
	write := func(name, s string) { t.Helper(); writeUnder(t, dir, name, s) }
	// In one/, the French of Hi is too wide for its frame; in two/, the
	// same diagram's French is short, and two/ also has German (the
	// pseudo-locale is too wide in both).
	src := "kind = \"drawing\"\n[[elements]]\nid = \"frame\"\nkind = \"rect\"\nx = 0\ny = 100\nwidth = 90\nheight = 300\n" +
		"[[elements]]\nid = \"c\"\nkind = \"text\"\ntext = \"Hi\"\nx = 15\ny = 220\n"
	write("one/x.toml", src)
	write("one/locales/fr.toml", "[x]\n\"elements.c.text\" = { source = \"Hi\", text = \"Bonjour à tous\" }\n")
	write("two/x.toml", src)
	write("two/locales/fr.toml", "[x]\n\"elements.c.text\" = { source = \"Hi\", text = \"Yo\" }\n")
	write("two/locales/de.toml", "[x]\n\"elements.c.text\" = { source = \"Hi\", text = \"Ja\" }\n")
	one, two := filepath.Join(dir, "one"), filepath.Join(dir, "two")
	code, out, errs := runCLI(t, "", "lint", "--lang", "all", "-v", two, one)
	file := filepath.ToSlash(filepath.Join(one, "x.toml"))
	want := filepath.ToSlash(filepath.Join(two, "x.toml")) + `:9:1: en-XA: text "[Hî one]" (el:c) is crossed by rect el:frame` + "\n" +
		file + `:9:1: fr: text "Bonjour à tous" (el:c) is crossed by rect el:frame` + "\n" +
		file + `:9:1: en-XA: text "[Hî one]" (el:c) is crossed by rect el:frame` + "\n"
	if code != exitBad || errs != want {
		t.Errorf("exit %d, stderr:\n%s\nwant:\n%s", code, errs, want)
	}
	for _, line := range []string{
		filepath.Join(two, "x.toml") + " (de): 0 findings",
		filepath.Join(two, "x.toml") + " (fr): 0 findings",
		filepath.Join(one, "x.toml") + " (fr): 1 finding",
		"2 diagrams × 4 languages: 3 findings",
	} {
		if !strings.Contains(out, line) {
			t.Errorf("stdout lacks %q:\n%s", line, out)
		}
	}
	if strings.Contains(out, filepath.Join(one, "x.toml")+" (de)") {
		t.Errorf("one/ has no German catalog, yet was linted in German:\n%s", out)
	}
	code, _, errs = runCLI(t, "", "lint", "--lang", "de", two, one)
	if code != exitBad || !strings.Contains(errs, `no catalog for language "de" in `+filepath.Join(one, "locales")) {
		t.Errorf("--lang de: exit %d, stderr %q", code, errs)
	}
}

// writeUnder writes s to the file name under dir, making its folders.
func writeUnder(t *testing.T, dir, name, s string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, name), []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
}
