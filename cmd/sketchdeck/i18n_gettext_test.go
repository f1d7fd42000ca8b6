package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sketchdeck/sketchdeck/internal/linediff"
)

// gettextTool finds a GNU gettext program, skipping the test without it
// (CI installs gettext).
func gettextTool(t *testing.T, name string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		t.Skipf("%s is not installed (gettext)", name)
	}
	return p
}

// runTool runs a program in dir and returns its combined output.
func runTool(t *testing.T, dir, prog string, args ...string) string {
	t.Helper()
	cmd := exec.Command(prog, args...)
	cmd.Dir = dir
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("%s %s: %v\n%s", filepath.Base(prog), strings.Join(args, " "), err, out)
	}
	return string(out)
}

// TestI18nGettextRoundTrip exports the deck's French catalog, edits it as
// a translator does with the real gettext tools (msgmerge against the
// template, translator comments, header fields, a flag, an obsolete
// entry, a changed translation, msgcat to rewrite it), imports it and
// exports again: the PO file is the edited one, byte for byte, and
// msgfmt -c accepts both without a warning.
func TestI18nGettextRoundTrip(t *testing.T) {
	msgfmt, msgmerge, msgcat := gettextTool(t, "msgfmt"), gettextTool(t, "msgmerge"), gettextTool(t, "msgcat")
	dir := t.TempDir()
	diagrams := filepath.Join(dir, "diagrams")
	if err := os.CopyFS(diagrams, os.DirFS(filepath.Join("..", "..", "diagrams"))); err != nil {
		t.Fatal(err)
	}
	locales := filepath.Join(diagrams, "locales")
	export := func(args ...string) string {
		t.Helper()
		code, out, errs := runCLI(t, "", append(append([]string{"i18n", "export", "--locales", locales}, args...), diagrams)...)
		if code != exitOK {
			t.Fatalf("export %v: %d %s", args, code, errs)
		}
		return out
	}
	msgfmtClean := func(file string) {
		t.Helper()
		if out := runTool(t, dir, msgfmt, "-c", "--statistics", "-o", os.DevNull, file); strings.Contains(out, "warning") {
			t.Errorf("msgfmt -c warns on %s:\n%s", file, out)
		}
	}
	po := export("--lang", "fr")
	write(t, filepath.Join(dir, "fr.po"), po)
	msgfmtClean("fr.po")
	write(t, filepath.Join(dir, "diagrams.pot"), export("--template"))

	// The translator's edits, as Poedit or a text editor makes them.
	edited := po
	for _, e := range []struct{ old, new string }{
		{"# sketchdeck diagram texts, fr. Export: sketchdeck i18n export --lang fr\n", "# French translation of the talk's diagrams.\n# Marie Curie <marie@example.org>, 2026.\n#\n"},
		{`"PO-Revision-Date: \n"`, `"PO-Revision-Date: 2026-12-01 15:30+0100\n"`},
		{`"Last-Translator: \n"`, `"Last-Translator: Marie Curie <marie@example.org>\n"`},
		{`"Language-Team: \n"`, `"Language-Team: French <traduc@example.org>\n"`},
		{`"Language: fr\n"`, `"Language: fr_FR\n"`},
		{"\"X-Generator: sketchdeck\\n\"\n", "\"X-Generator: Poedit 3.4.2\\n\"\n\"Plural-Forms: nplurals=2; plural=(n > 1);\\n\"\n"},
		{"#. Where: diagram backup, title\n", "# checked by Marie\n#. Where: diagram backup, title\n"},
		{"msgid \"Backup\"\nmsgstr \"Sauvegarde\"", "msgid \"Backup\"\nmsgstr \"Sauvegarde des données\""},
		{"#. Where: diagram cache, title\n", "# « mise en cache » is the usual term\n#. Where: diagram cache, title\n"},
	} {
		if !strings.Contains(edited, e.old) {
			t.Fatalf("the export lacks %q", e.old)
		}
		edited = strings.Replace(edited, e.old, e.new, 1)
	}
	edited += "\n#~ msgctxt \"retired/title\"\n#~ msgid \"Retired\"\n#~ msgstr \"Retiré\"\n"
	write(t, filepath.Join(dir, "edited.po"), edited)
	// msgmerge brings it up to date with the template, msgcat rewrites it.
	runTool(t, dir, msgmerge, "--quiet", "--previous", "-o", "merged.po", "edited.po", "diagrams.pot")
	runTool(t, dir, msgcat, "-o", "final.po", "merged.po")
	data, err := os.ReadFile(filepath.Join(dir, "final.po"))
	if err != nil {
		t.Fatal(err)
	}
	final := string(data)
	if d := linediff.Unified("edited.po", "final.po", edited, final); d != "" {
		t.Errorf("msgmerge and msgcat changed the edited export:\n%s", d)
	}
	msgfmtClean("final.po")

	code, out, errs := runCLI(t, "", "i18n", "import", "--locales", locales, filepath.Join(dir, "final.po"), diagrams)
	if code != exitOK {
		t.Fatalf("import: %d %s", code, errs)
	}
	for _, want := range []string{
		`backup/title: "Sauvegarde" → "Sauvegarde des données"; comments [] → ["checked by Marie"]`,
		`cache/title: comments [] → ["« mise en cache » is the usual term"]`,
		"2 entries changed",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("import says\n%s\nwithout %s", out, want)
		}
	}
	again := export("--lang", "fr")
	if d := linediff.Unified("final.po", "re-export", final, again); d != "" {
		t.Errorf("the re-export is not the edited file:\n%s", d)
	}
	write(t, filepath.Join(dir, "again.po"), again)
	msgfmtClean("again.po")

	// The English changes: msgmerge against the new template makes the
	// entry fuzzy with the previous English, exactly as export does.
	backup := filepath.Join(diagrams, "backup.toml")
	src := read(t, backup)
	if !strings.Contains(src, `title = "Backup"`) {
		t.Fatalf("diagrams/backup.toml has no title \"Backup\"")
	}
	write(t, backup, strings.Replace(src, `title = "Backup"`, `title = "Backups"`, 1))
	write(t, filepath.Join(dir, "diagrams.pot"), export("--template"))
	runTool(t, dir, msgmerge, "--quiet", "--previous", "-o", "merged2.po", "again.po", "diagrams.pot")
	data, err = os.ReadFile(filepath.Join(dir, "merged2.po"))
	if err != nil {
		t.Fatal(err)
	}
	merged := string(data)
	stale := "#, fuzzy\n#| msgctxt \"backup/title\"\n#| msgid \"Backup\"\nmsgctxt \"backup/title\"\nmsgid \"Backups\"\nmsgstr \"Sauvegarde des données\"\n"
	if !strings.Contains(merged, stale) {
		t.Errorf("msgmerge did not mark the changed English fuzzy:\n%s", merged)
	}
	if code, out, errs := runCLI(t, "", "i18n", "import", "--locales", locales, filepath.Join(dir, "merged2.po"), diagrams); code != exitOK || !strings.Contains(out, "0 entries changed") {
		t.Errorf("importing msgmerge's output: %d %s %s", code, out, errs)
	}
	if d := linediff.Unified("merged2.po", "re-export", merged, export("--lang", "fr")); d != "" {
		t.Errorf("the export of a stale entry is not msgmerge's:\n%s", d)
	}
	// The translator reviews it: a new text, fuzzy cleared.
	write(t, filepath.Join(dir, "reviewed.po"), strings.Replace(merged, stale, "msgctxt \"backup/title\"\nmsgid \"Backups\"\nmsgstr \"Sauvegardes\"\n", 1))
	code, out, errs = runCLI(t, "", "i18n", "import", "--locales", locales, filepath.Join(dir, "reviewed.po"), diagrams)
	if want := `backup/title: "Sauvegarde des données" → "Sauvegardes"; translates "Backup" → "Backups"`; code != exitOK || !strings.Contains(out, want) {
		t.Errorf("importing the review: %d %s %s\nwant %s", code, out, errs, want)
	}
}

// TestI18nImportSafely: a PO file whose Language is Poedit's fr_FR goes
// to fr.toml; --dry-run shows the change as a diff and writes nothing; a
// message made from older English is reported and not applied; an empty
// msgstr keeps the translation; --lang takes locale names and refuses
// anything else.
func TestI18nImportSafely(t *testing.T) {
	dir := t.TempDir()
	diagrams := filepath.Join(dir, "diagrams")
	locales := filepath.Join(diagrams, "locales")
	write(t, filepath.Join(diagrams, "cache.toml"), i18nDiagram)
	cat := filepath.Join(locales, "fr.toml")
	write(t, cat, `[cache]
title = { source = "Caching", text = "Mise en cache" }
"nodes.origin.label" = { source = "Origin", text = "Origine" }
"nodes.edge.label" = { source = "Edge", text = "Bord" }
"edges.origin->edge.label" = { source = "Ok?", text = "" }
`)
	before := read(t, cat)
	po := filepath.Join(dir, "fr.po")
	write(t, po, `msgid ""
msgstr ""
"Language: fr_FR\n"
"Content-Type: text/plain; charset=UTF-8\n"

msgctxt "cache/title"
msgid "Caching"
msgstr ""

msgctxt "cache/nodes.origin.label"
msgid "Origins"
msgstr "Origines"

msgctxt "cache/nodes.edge.label"
msgid "Edge"
msgstr "Périphérie"
`)
	code, out, errs := runCLI(t, "", "i18n", "import", "--dry-run", "--locales", locales, po, diagrams)
	if code != exitOK {
		t.Fatalf("dry run: %d %s", code, errs)
	}
	for _, want := range []string{
		`cache/nodes.edge.label: "Bord" → "Périphérie"`,
		`-"nodes.edge.label" = { source = "Edge", text = "Bord" }`,
		`+"nodes.edge.label" = { source = "Edge", text = "Périphérie" }`,
		"1 entries would change, 1 stale messages not applied",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("dry run says\n%s\nwithout %s", out, want)
		}
	}
	if want := `fr.po:10: cache/nodes.origin.label: stale, not applied: it translates "Origins" but the English is now "Origin" (its translation was "Origines"`; !strings.Contains(errs, want) {
		t.Errorf("stale report\n%s\nwant %s", errs, want)
	}
	if read(t, cat) != before {
		t.Fatalf("--dry-run wrote the catalog")
	}
	if code, _, errs := runCLI(t, "", "i18n", "import", "--locales", locales, po, diagrams); code != exitOK {
		t.Fatalf("import: %s", errs)
	}
	after := read(t, cat)
	for _, want := range []string{`text = "Mise en cache"`, `text = "Origine"`, `text = "Périphérie"`} {
		if !strings.Contains(after, want) {
			t.Errorf("catalog after import lacks %s:\n%s", want, after)
		}
	}

	// The imported header is kept (with the fields msgfmt wants added).
	for _, lang := range []string{"fr", "fr_FR", "fr-FR", "fr_FR.UTF-8"} {
		if code, out, errs := runCLI(t, "", "i18n", "export", "--lang", lang, "--locales", locales, diagrams); code != exitOK || !strings.Contains(out, `"Language: fr_FR\n"`) || !strings.Contains(out, `msgstr "Périphérie"`) {
			t.Errorf("export --lang %s: %d %s", lang, code, errs)
		}
	}
	for _, lang := range []string{"../fr", "fr/../../x", "fr.toml/x", "-"} {
		code, _, errs := runCLI(t, "", "i18n", "export", "--lang", lang, "--locales", locales, diagrams)
		if code == exitOK || !strings.Contains(errs, "is not a language tag") {
			t.Errorf("export --lang %s: %d %s", lang, code, errs)
		}
	}
}

// TestI18nInitAndTemplate: init starts a catalog and refuses one that
// exists; export --template writes every text with empty msgstrs.
func TestI18nInitAndTemplate(t *testing.T) {
	dir := t.TempDir()
	diagrams := filepath.Join(dir, "diagrams")
	locales := filepath.Join(diagrams, "locales")
	write(t, filepath.Join(diagrams, "cache.toml"), i18nDiagram)
	if code, _, errs := runCLI(t, "", "i18n", "init", "de", "--locales", locales, diagrams); code != exitOK {
		t.Fatalf("init de: %s", errs)
	}
	if got := read(t, filepath.Join(locales, "de.toml")); !strings.Contains(got, `title = { source = "Caching", text = "" }`) {
		t.Errorf("de.toml:\n%s", got)
	}
	if code, _, errs := runCLI(t, "", "i18n", "init", "de-DE", "--locales", locales, diagrams); code != exitBad || !strings.Contains(errs, "already has the catalog of de-DE") {
		t.Errorf("init de-DE again: %d %s", code, errs)
	}
	code, pot, errs := runCLI(t, "", "i18n", "export", "--template", diagrams)
	if code != exitOK {
		t.Fatalf("template: %s", errs)
	}
	for _, want := range []string{"#, fuzzy\nmsgid \"\"\n", `"Language: \n"`, "#. Where: diagram cache, node origin › label\n",
		"#. Room: the box grows with the text\n", "msgctxt \"cache/nodes.origin.label\"\nmsgid \"Origin\"\nmsgstr \"\"\n"} {
		if !strings.Contains(pot, want) {
			t.Errorf("template lacks %q:\n%s", want, pot)
		}
	}
	if strings.Count(pot, "msgstr \"\"\n") != 5 {
		t.Errorf("template has a translation:\n%s", pot)
	}
}
