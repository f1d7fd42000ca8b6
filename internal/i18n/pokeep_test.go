package i18n

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sketchdeck/sketchdeck/internal/linediff"
)

// exportPO exports c against ds, failing the test on error.
func exportPO(t *testing.T, c *Catalog, ds []DiagramTexts) string {
	t.Helper()
	var b bytes.Buffer
	if err := c.ExportPO(&b, ds); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// importPO reads and imports a PO file into c, failing the test on error.
func importPO(t *testing.T, c *Catalog, po string, ds []DiagramTexts) *ImportReport {
	t.Helper()
	p, err := ReadPO("fr.po", []byte(po))
	if err != nil {
		t.Fatal(err)
	}
	rep, err := c.ImportPO(p, ds)
	if err != nil {
		t.Fatal(err)
	}
	return rep
}

// TestPOKeepsWhatTranslatorsWrite: translator comments, flags, foreign
// extracted comments, header fields (in their order, with their
// comments) and obsolete entries written in a PO file survive an import
// and come back on the next export, which is the edited file itself.
func TestPOKeepsWhatTranslatorsWrite(t *testing.T) {
	c := mustDecode(t, poCatalog)
	po := exportPO(t, c, poDiagrams())
	edits := []struct{ old, new string }{
		{"# sketchdeck diagram texts, fr. Export: sketchdeck i18n export --lang fr\n",
			"# French translation of the diagrams.\n# Marie Curie <marie@example.org>, 2026.\n#\n"},
		{"\"PO-Revision-Date: \\n\"", "\"PO-Revision-Date: 2026-12-01 15:30+0100\\n\""},
		{"\"Last-Translator: \\n\"", "\"Last-Translator: Marie Curie <marie@example.org>\\n\""},
		{"\"Language-Team: \\n\"", "\"Language-Team: French <fr@example.org>\\n\""},
		{"\"Language: fr\\n\"", "\"Language: fr_FR\\n\""},
		{"\"X-Generator: sketchdeck\\n\"\n", "\"X-Generator: Poedit 3.4\\n\"\n\"Plural-Forms: nplurals=2; plural=(n > 1);\\n\"\n\"X-Poedit-Basepath: ..\\n\"\n"},
		{"#. Where: diagram cache, title\n", "# checked by Marie\n#\n# (twice)\n#. Where: diagram cache, title\n#. A note from another tool\n"},
		{"#: diagrams/cache.toml:1\n", "#: diagrams/cache.toml:1\n#, no-wrap\n"},
	}
	edited := po
	for _, e := range edits {
		if !strings.Contains(edited, e.old) {
			t.Fatalf("the export lacks %q:\n%s", e.old, po)
		}
		edited = strings.Replace(edited, e.old, e.new, 1)
	}
	edited += "\n# gone, but kept\n#~ msgctxt \"cache/old\"\n#~ msgid \"Old\"\n#~ msgstr \"Vieux\"\n\n#~ msgid \"Older\"\n#~ msgstr \"\"\n"
	rep := importPO(t, c, edited, poDiagrams())
	if len(rep.Changes) != 1 || len(rep.Stale) != 0 {
		t.Errorf("import: %v", rep)
	} else if got, want := rep.Changes[0].String(), `cache/title: comments [] → ["checked by Marie", "", "(twice)"]; flags [] → ["no-wrap"]; notes [] → ["A note from another tool"]`; got != want {
		t.Errorf("change\n%s\nwant\n%s", got, want)
	}
	if again := exportPO(t, c, poDiagrams()); again != edited {
		t.Errorf("re-export differs from the edited file:\n%s\n---\n%s", again, edited)
	}
	// The catalog holds it all, and reads back the same.
	c2 := mustDecode(t, string(c.Encode()))
	if again := exportPO(t, c2, poDiagrams()); again != edited {
		t.Errorf("re-export from the written catalog differs:\n%s", again)
	}
	msgfmtCheck(t, []byte(edited))
}

// TestImportNeverDestroys: an empty msgstr never clears a translation, a
// message made from older English is not applied but reported with both
// texts, fuzzy stays fuzzy, and each change is reported old → new.
func TestImportNeverDestroys(t *testing.T) {
	const cat = `[backup]
title = { source = "Backups", text = "Sauvegardes" }
"nodes.a.label" = { source = "Disk", text = "Disque" }
"nodes.b.label" = { source = "Tape", text = "Bande" }
"nodes.c.label" = { source = "Cloud", text = "" }
`
	ds := []DiagramTexts{texts("backup", "title", "Backups", "nodes.a.label", "Disk", "nodes.b.label", "Tape", "nodes.c.label", "Cloud")}
	c := mustDecode(t, cat)
	old := `msgctxt "backup/title"
msgid "Backup"
msgstr "Sauvegarde"

msgctxt "backup/nodes.a.label"
msgid "Disk"
msgstr ""

#, fuzzy
msgctxt "backup/nodes.b.label"
msgid "Tape"
msgstr "Ruban"

msgctxt "backup/nodes.c.label"
msgid "Cloud"
msgstr "Nuage"
`
	rep := importPO(t, c, old, ds)
	var got []string
	for _, ch := range rep.Changes {
		got = append(got, ch.String())
	}
	for _, s := range rep.Stale {
		got = append(got, s.String())
	}
	want := []string{
		`backup/nodes.b.label: "Bande" → "Ruban" (fuzzy)`,
		`backup/nodes.c.label: "" → "Nuage"`,
		`fr.po:1: backup/title: stale, not applied: it translates "Backup" but the English is now "Backups" (its translation was "Sauvegarde"; export again to get the current English)`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("report\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	for key, want := range map[string]string{"title": "Sauvegardes", "nodes.a.label": "Disque"} {
		if e := c.Section("backup").Entry(key); e.Text != want {
			t.Errorf("%s: %q, want %q kept", key, e.Text, want)
		}
	}
	if _, ok := c.Translate("backup", "nodes.b.label", "Tape"); ok {
		t.Errorf("a fuzzy translation is shown")
	}
	if p := c.Check(ds, nil); len(p) != 1 || p[0].Kind != Fuzzy {
		t.Errorf("check: %v", p)
	}
}

// TestMemoryOffersTranslations: an English text translated in one
// diagram is offered, fuzzy, where it is not translated yet; importing
// the offer untouched changes nothing, confirming it (clearing fuzzy)
// takes it.
func TestMemoryOffersTranslations(t *testing.T) {
	c := mustDecode(t, `[a]
title = { source = "Backup", text = "Sauvegarde" }

[b]
title = { source = "Backup", text = "" }
"nodes.x.label" = { source = "Other", text = "" }
`)
	ds := []DiagramTexts{texts("a", "title", "Backup"), texts("b", "title", "Backup", "nodes.x.label", "Other")}
	po := exportPO(t, c, ds)
	offer := "#. Where: diagram b, title\n#. Suggested: the translation of the same English in a/title; check it, then clear fuzzy\n#: diagrams/b.toml\n#, fuzzy\nmsgctxt \"b/title\"\nmsgid \"Backup\"\nmsgstr \"Sauvegarde\"\n"
	if !strings.Contains(po, offer) {
		t.Fatalf("no offer\n%s\nin\n%s", offer, po)
	}
	if distinct, offered := c.Untranslated(ds); distinct != 1 || offered != 1 {
		t.Errorf("untranslated: %d distinct, %d offered; want 1, 1", distinct, offered)
	}
	if rep := importPO(t, c, po, ds); len(rep.Changes) != 0 {
		t.Errorf("importing the offer untouched changed %v", rep.Changes)
	}
	rep := importPO(t, c, strings.Replace(po, "#, fuzzy\nmsgctxt \"b/title\"", "msgctxt \"b/title\"", 1), ds)
	if len(rep.Changes) != 1 || rep.Changes[0].String() != `b/title: "" → "Sauvegarde"` {
		t.Errorf("confirming: %v", rep.Changes)
	}
}

// TestCheckEnglish: a translation that is the English text is reported
// unless the catalog keeps it (whole, or word by word) or it has no word.
func TestCheckEnglish(t *testing.T) {
	c := mustDecode(t, `[rules]
keep = ["Microservices", "Map/Reduce"]

[a]
title = { source = "Microservices", text = "Microservices" }
"nodes.a.label" = { source = "Map / reduce", text = "Map / reduce" }
"nodes.b.label" = { source = "Backlog", text = "Backlog" }
"nodes.c.label" = { source = "A'", text = "A'" }
"nodes.d.label" = { source = "459", text = "459" }
`)
	ds := []DiagramTexts{texts("a", "title", "Microservices", "nodes.a.label", "Map / reduce", "nodes.b.label", "Backlog", "nodes.c.label", "A'", "nodes.d.label", "459")}
	got := c.Check(ds, nil)
	want := `diagrams/locales/fr.toml:7:1: a: nodes.b.label: untranslated: the translation is the English text "Backlog"; translate it, or add it to [rules] keep if it is the same in fr`
	if len(got) != 1 || got[0].Error() != want {
		t.Errorf("got %v\nwant %s", got, want)
	}
}

// TestPOWrapsAsGettext: long texts are broken as GNU msgcat breaks them,
// so that a file a gettext tool rewrote exports unchanged.
func TestPOWrapsAsGettext(t *testing.T) {
	texts := []string{
		"short",
		strings.Repeat("word ", 20),
		strings.Repeat("a", 70) + " abc-defghij klm, nop.qrs: tuv; wxy! z? a/b " + strings.Repeat("mot ", 12),
		strings.Repeat("é", 75) + " " + strings.Repeat("x", 90) + " fin",
		"two\nlines that are long enough to wrap somewhere past the seventy-ninth column, twice over\n",
		`quotes "inside" and \ backslashes, ` + strings.Repeat("long ", 14) + "(end)",
		"a -1 b " + strings.Repeat("c", 68) + " -1 x-2 y",
	}
	var b strings.Builder
	b.WriteString("msgid \"\"\nmsgstr \"\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n\"Language: fr\\n\"\n")
	for i, s := range texts {
		b.WriteString("\n")
		writePOString(&b, "msgctxt ", "a/"+strings.Repeat("k", i))
		writePOString(&b, "msgid ", s)
		writePOString(&b, "msgstr ", s)
	}
	po, err := ReadPO("w.po", []byte(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	for i, e := range po.Entries {
		if e.ID != texts[i] || e.Str != texts[i] {
			t.Errorf("text %d reads back as %q", i, e.ID)
		}
	}
	msgcat, err := exec.LookPath("msgcat")
	if err != nil {
		t.Skip("msgcat is not installed (gettext)")
	}
	file := filepath.Join(t.TempDir(), "w.po")
	if err := os.WriteFile(file, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(msgcat, file).CombinedOutput()
	if err != nil {
		t.Fatalf("msgcat: %v\n%s", err, out)
	}
	if d := linediff.Unified("ours", "msgcat", b.String(), string(out)); d != "" {
		t.Errorf("msgcat rewrapped it:\n%s", d)
	}
}

// TestReadPOHeader: a PO file in another charset is refused with the
// command that converts it; a template's header is not kept.
func TestReadPOHeader(t *testing.T) {
	_, err := ReadPO("fr.po", []byte("msgid \"\"\nmsgstr \"\"\n\"Content-Type: text/plain; charset=ISO-8859-1\\n\"\n"))
	if want := "fr.po:1:1: the file's charset is ISO-8859-1; sketchdeck reads UTF-8 PO files (convert it: msgconv --to-code=UTF-8 fr.po)"; err == nil || err.Error() != want {
		t.Errorf("got %v\nwant %s", err, want)
	}
	var pot bytes.Buffer
	if err := ExportPOT(&pot, poDiagrams()); err != nil {
		t.Fatal(err)
	}
	c := mustDecode(t, poCatalog)
	before := string(c.Encode())
	if rep := importPO(t, c, pot.String(), poDiagrams()); len(rep.Changes) != 0 || string(c.Encode()) != before {
		t.Errorf("importing the template changed the catalog: %v\n%s", rep.Changes, c.Encode())
	}
}

// TestPOKeepsAFuzzyMatch: msgmerge offers an entry the translation of a
// similar English elsewhere (#| msgctxt names that entry); it is kept
// stale against that English, and exported as msgmerge wrote it.
func TestPOKeepsAFuzzyMatch(t *testing.T) {
	c := mustDecode(t, `[d]
"nodes.a.label" = { source = "Load balancing", text = "Répartition de charge" }
"nodes.b.label" = { source = "Load balancer", text = "" }
`)
	ds := []DiagramTexts{texts("d", "nodes.a.label", "Load balancing", "nodes.b.label", "Load balancer")}
	po := exportPO(t, c, ds)
	offer := "#, fuzzy\n#| msgctxt \"d/nodes.a.label\"\n#| msgid \"Load balancing\"\nmsgctxt \"d/nodes.b.label\"\nmsgid \"Load balancer\"\nmsgstr \"Répartition de charge\"\n"
	plain := "msgctxt \"d/nodes.b.label\"\nmsgid \"Load balancer\"\nmsgstr \"\"\n"
	if !strings.Contains(po, plain) {
		t.Fatalf("export lacks\n%s\nin\n%s", plain, po)
	}
	edited := strings.Replace(po, plain, offer, 1)
	rep := importPO(t, c, edited, ds)
	if len(rep.Changes) != 1 {
		t.Fatalf("changes %v", rep.Changes)
	}
	if got, want := rep.Changes[0].String(), `d/nodes.b.label: "" → "Répartition de charge"; translates "Load balancer" → "Load balancing"; previous msgctxt "" → "d/nodes.a.label"`; got != want {
		t.Errorf("change\n%s\nwant\n%s", got, want)
	}
	if again := exportPO(t, c, ds); again != edited {
		t.Errorf("re-export:\n%s\nwant\n%s", again, edited)
	}
	if again := exportPO(t, mustDecode(t, string(c.Encode())), ds); again != edited {
		t.Errorf("re-export from the written catalog:\n%s", again)
	}
}
