package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const i18nDiagram = `title = "Caching"

[[nodes]]
id = "origin"
label = "Origin"

[[nodes]]
id = "edge"
label = "Edge"

[[edges]]
from = "origin"
to = "edge"
label = "Ok?"

# Side by side, so that the title does not set the width: the French
# title is longer and would widen the picture (i18n check: grows).
[layout]
direction = "LR"
`

// TestI18nWorkflow walks a translator's day: extract, check, translate
// through a PO file, build the French SVG, then see a changed English
// label reported stale.
func TestI18nWorkflow(t *testing.T) {
	dir := t.TempDir()
	diagrams := filepath.Join(dir, "diagrams")
	locales := filepath.Join(diagrams, "locales")
	file := filepath.Join(diagrams, "cache.toml")
	write(t, file, i18nDiagram)
	cat := filepath.Join(locales, "fr.toml")

	if code, _, errs := runCLI(t, "", "i18n", "extract", "--lang", "fr", "--locales", locales, diagrams); code != exitOK {
		t.Fatalf("extract: %d %s", code, errs)
	}
	if code, out, _ := runCLI(t, "", "i18n", "check", "--locales", locales, diagrams); code != exitBad ||
		!strings.Contains(out, `fr.toml:10:1: cache: title: missing: "Caching" is not translated`) {
		t.Fatalf("check of an empty catalog: %d\n%s", code, out)
	}

	code, po, errs := runCLI(t, "", "i18n", "export", "--lang", "fr", "--locales", locales, diagrams)
	if code != exitOK {
		t.Fatalf("export: %s", errs)
	}
	// Importing the untouched export changes nothing.
	poFile := filepath.Join(dir, "fr.po")
	write(t, poFile, po)
	before := read(t, cat)
	if code, out, errs := runCLI(t, "", "i18n", "import", "--locales", locales, poFile, diagrams); code != exitOK || !strings.Contains(out, "0 entries changed") {
		t.Fatalf("import: %d %s %s", code, out, errs)
	}
	if read(t, cat) != before {
		t.Fatalf("a PO round trip changed the catalog")
	}

	// The translator fills the PO file in.
	for en, fr := range map[string]string{"Caching": "Mise en cache", "Origin": "Origine", "Edge": "Bord", "Ok?": "OK ?"} {
		po = strings.Replace(po, "msgid \""+en+"\"\nmsgstr \"\"", "msgid \""+en+"\"\nmsgstr \""+fr+"\"", 1)
	}
	write(t, poFile, po)
	if code, out, errs := runCLI(t, "", "i18n", "import", poFile, "--locales", locales, diagrams); code != exitOK || !strings.Contains(out, "4 entries changed") {
		t.Fatalf("import: %d %s %s", code, out, errs)
	}
	if code, out, errs := runCLI(t, "", "i18n", "check", "--locales", locales, diagrams); code != exitOK {
		t.Fatalf("check after translating: %d\n%s%s", code, out, errs)
	}

	out := filepath.Join(dir, "out", "{lang}")
	if code, _, errs := runCLI(t, "", "build", "--lang", "all", "--locales", locales, "--out", out, diagrams); code != exitOK {
		t.Fatalf("build: %s", errs)
	}
	en, fr := read(t, filepath.Join(dir, "out", "en", "cache.svg")), read(t, filepath.Join(dir, "out", "fr", "cache.svg"))
	if en == fr || !strings.Contains(fr, "Mise en cache") {
		t.Errorf("the French SVG is not French")
	}

	if code, _, errs := runCLI(t, "", "build", "--lang", "de", "--locales", locales, diagrams); code != exitBad ||
		!strings.Contains(errs, `no catalog for language "de"`) || !strings.Contains(errs, "languages: en, en-XA, all, fr") {
		t.Errorf("build --lang de: %d %s", code, errs)
	}

	// Someone changes an English label: its entry is stale.
	write(t, file, strings.Replace(i18nDiagram, `"Origin"`, `"Origin server"`, 1))
	code, report, _ := runCLI(t, "", "i18n", "check", "--locales", locales, diagrams)
	want := `fr.toml:11:1: cache: nodes.origin.label: stale: translates "Origin" but the text is now "Origin server"`
	if code != exitBad || !strings.Contains(report, want) || strings.Count(report, "\n") != 1 {
		t.Errorf("check after an English edit: %d\n%s\nwant %s", code, report, want)
	}
}

func TestI18nUsage(t *testing.T) {
	for _, tt := range []struct {
		args []string
		code int
		in   string
	}{
		{[]string{"i18n"}, exitUsage, "Usage: sketchdeck i18n"},
		{[]string{"i18n", "--help"}, exitOK, "export --lang L"},
		{[]string{"i18n", "frob"}, exitUsage, `unknown command "frob"`},
		{[]string{"i18n", "export"}, exitUsage, "--lang fr"},
		{[]string{"i18n", "import"}, exitUsage, "name the PO file"},
	} {
		code, out, errs := runCLI(t, "", tt.args...)
		if code != tt.code || !strings.Contains(out+errs, tt.in) {
			t.Errorf("sketchdeck %v: exit %d, %q; want %d with %q", tt.args, code, out+errs, tt.code, tt.in)
		}
	}
}

func write(t *testing.T, file, data string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(file, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

func read(t *testing.T, file string) string {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	return string(bytes.TrimSpace(data))
}

// TestI18nCheckGrows: a translation that draws the picture over a tenth
// wider is reported at the entry whose translation alone widens it (the
// edge's label here, though the title grew more).
func TestI18nCheckGrows(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "cache.toml"), i18nDiagram)
	write(t, filepath.Join(dir, "locales", "fr.toml"), "[cache]\n"+
		"title = { source = \"Caching\", text = \"Mise en cache\" }\n"+
		"\"nodes.origin.label\" = { source = \"Origin\", text = \"Origine\" }\n"+
		"\"nodes.edge.label\" = { source = \"Edge\", text = \"Bord\" }\n"+
		"\"edges.origin->edge.label\" = { source = \"Ok?\", text = \"D'accord, c'est bon ?\" }\n")
	code, out, _ := runCLI(t, "", "i18n", "check", dir)
	// The label wraps (it drew the picture 71.4% wider, 651×194, on one
	// line), and still grows it.
	want := []string{
		`fr.toml:5:1: cache: edges.origin->edge.label: the translation draws the picture 25.1% wider than the original (505×266 px, not 404×194; at most 10%): shorten this text, the one that grows it most`,
		`fr.toml:5:1: cache: edges.origin->edge.label: the translation draws the picture 37.2% taller than the original (505×266 px, not 404×194; at most 10%): shorten this text, the one that grows it most`,
	}
	if code != exitBad || strings.Count(out, "\n") != len(want) {
		t.Errorf("exit %d\n%s\nwant %d lines", code, out, len(want))
	}
	for _, w := range want {
		if !strings.Contains(out, w) {
			t.Errorf("%s\nwant %s", out, w)
		}
	}
}
