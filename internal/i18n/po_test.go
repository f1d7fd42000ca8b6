package i18n

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sketchdeck/sketchdeck/internal/spec"
)

const poCatalog = `[rules]
typography = "fr"

[cache]
title = { source = "Caching", text = "Mise en cache" }
"nodes.a.label" = { source = "two\nlines", text = "deux\nlignes" }
"nodes.b.label" = { source = "say \"hi\" \\ o/", text = "" }
"edges.a->b.label" = { source = "old", text = "vieux" }
`

func poDiagrams() []DiagramTexts {
	d := texts("cache", "title", "Caching", "nodes.a.label", "two\nlines", "nodes.b.label", "say \"hi\" \\ o/", "edges.a->b.label", "new")
	d.Texts[0].Pos.Line = 1
	return []DiagramTexts{d}
}

func TestPORoundTrip(t *testing.T) {
	c := mustDecode(t, poCatalog)
	before := string(c.Encode())
	var po bytes.Buffer
	if err := c.ExportPO(&po, poDiagrams()); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"#: diagrams/cache.toml:1\nmsgctxt \"cache/title\"\nmsgid \"Caching\"\nmsgstr \"Mise en cache\"\n",
		"msgid \"\"\n\"two\\n\"\n\"lines\"\nmsgstr \"\"\n\"deux\\n\"\n\"lignes\"\n",
		`msgid "say \"hi\" \\ o/"` + "\nmsgstr \"\"\n",
		"#, fuzzy\n#| msgctxt \"cache/edges.a->b.label\"\n#| msgid \"old\"\nmsgctxt \"cache/edges.a->b.label\"\nmsgid \"new\"\nmsgstr \"vieux\"\n",
		"\"Language: fr\\n\"\n",
	} {
		if !strings.Contains(po.String(), want) {
			t.Errorf("PO lacks\n%s\nin\n%s", want, po.String())
		}
	}
	parsed, err := ReadPO("fr.po", po.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	rep, err := c.ImportPO(parsed, poDiagrams())
	if err != nil {
		t.Fatal(err)
	}
	if after := string(c.Encode()); len(rep.Changes) != 0 || after != before {
		t.Errorf("round trip changed %v:\n%s\n---\n%s", rep.Changes, before, after)
	}
	// A translator fills in an entry and fixes the stale one.
	edited := strings.Replace(po.String(), "msgid \"say \\\"hi\\\" \\\\ o/\"\nmsgstr \"\"", "msgid \"say \\\"hi\\\" \\\\ o/\"\nmsgstr \"dis \\\"salut\\\" \\\\ o/\"", 1)
	edited = strings.Replace(edited, "#, fuzzy\n#| msgctxt \"cache/edges.a->b.label\"\n#| msgid \"old\"\n", "", 1)
	edited = strings.Replace(edited, "msgstr \"vieux\"", "msgstr \"nouveau\"", 1)
	parsed, err = ReadPO("fr.po", []byte(edited))
	if err != nil {
		t.Fatal(err)
	}
	if rep, err := c.ImportPO(parsed, poDiagrams()); err != nil || len(rep.Changes) != 2 {
		t.Fatalf("import: %v, %v", rep, err)
	}
	if e := c.Section("cache").Entry("nodes.b.label"); e.Text != `dis "salut" \ o/` {
		t.Errorf("imported %q", e.Text)
	}
	if p := c.Check(poDiagrams(), nil); len(p) != 0 {
		t.Errorf("still problems: %v", p)
	}
}

func TestReadPOErrors(t *testing.T) {
	tests := []struct{ name, src, want string }{
		{"bad escape", "msgid \"a\\q\"\nmsgstr \"\"\n", `fr.po:1:9: unknown escape in "\"a\\q\""`},
		{"unquoted", "msgid abc\nmsgstr \"\"\n", `fr.po:1:7: expected a quoted string, found "abc"`},
		{"plural", "msgid \"a\"\nmsgid_plural \"as\"\n", "fr.po:2:14: plural forms are not used by diagrams: msgid_plural"},
		{"stray string", "\"abc\"\n", "fr.po:1:1: a string continues no msgid, msgstr or msgctxt"},
		{"msgstr first", "msgstr \"x\"\n", "fr.po:1:8: msgstr without msgid"},
		{"not utf-8", "msgid \"a\"\nmsgstr \"\xe9t\xe9\"\n", "fr.po:2:9: not UTF-8 text: a PO file is read as UTF-8 (convert it: msgconv --to-code=UTF-8 fr.po)"},
		{"bare quote", "msgid \"a\"b\"\nmsgstr \"\"\n", `fr.po:1:9: unescaped " inside a string (write \")`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadPO("fr.po", []byte(tt.src))
			if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
				t.Errorf("got %v\nwant %s", err, tt.want)
			}
		})
	}
}

func TestReadPOEscapesAndComments(t *testing.T) {
	src := "# comment\nmsgid \"\"\nmsgstr \"Language: fr_FR\\n\"\n\n#~ msgid \"old\"\n#~ msgstr \"vieux\"\n" +
		"#. note\nmsgctxt \"d/k\"\nmsgid \"a\\tb\\101\\x42\"\nmsgstr \"\"\n\"x\"\n\"y\"\n#: next\nmsgctxt \"d/j\"\nmsgid \"j\"\nmsgstr \"J\"\n"
	po, err := ReadPO("fr.po", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if po.Lang != "fr_FR" || len(po.Entries) != 2 || po.Entries[0].ID != "a\tbAB" || po.Entries[0].Str != "xy" || po.Entries[1].Str != "J" {
		t.Errorf("parsed %+v", po)
	}
	c := mustDecode(t, "[d]\nk = { source = \"a\\tbAB\", text = \"\" }\n")
	if _, err := c.ImportPO(po, nil); err == nil || !strings.Contains(err.Error(), `fr.po:14:1: msgctxt "d/j": diagrams/locales/fr.toml has no such entry`) {
		t.Errorf("import error %v", err)
	}
	po.Lang = "de"
	if _, err := c.ImportPO(po, nil); err == nil || !strings.Contains(err.Error(), `Language is "de"`) {
		t.Errorf("language mismatch: %v", err)
	}
}

// TestPOHostileFileName: a diagram file name holding a line break and
// quotes once wrote them raw on the "#:" line, starting a forged msgctxt
// and msgid that both import and msgfmt refused. Now the reference is
// escaped: the PO file reads back to the same catalog, and msgfmt -c (when
// installed) accepts it.
func TestPOHostileFileName(t *testing.T) {
	name := "n\nmsgctxt \"q-title\"\nmsgid \"inj\""
	for _, c := range []struct{ file, ref string }{
		{"diagrams/" + name + ".toml", "#: \u2068" + `diagrams/n\nmsgctxt "q-title"\nmsgid "inj".toml` + "\u2069:1"},
		{`diagrams/back\slash.toml`, `#: diagrams/back\\slash.toml:1`},
		{"diagrams/two words.toml", "#: \u2068diagrams/two words.toml\u2069:1"},
	} {
		t.Run(c.ref, func(t *testing.T) {
			d := DiagramTexts{Name: spec.NameOf(c.file), File: c.file, Texts: []Text{{Key: "title", Source: "T", Pos: spec.Pos{Line: 1}}}}
			cat := &Catalog{File: "diagrams/locales/fr.toml", Lang: "fr"}
			cat.Merge([]DiagramTexts{d}, nil)
			cat.Section(d.Name).Entry("title").Text = "Tt"
			before := string(cat.Encode())
			var po bytes.Buffer
			if err := cat.ExportPO(&po, []DiagramTexts{d}); err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(po.String(), "\n"+c.ref+"\nmsgctxt ") {
				t.Errorf("PO lacks the reference line\n%s\nin\n%s", c.ref, po.String())
			}
			parsed, err := ReadPO("fr.po", po.Bytes())
			if err != nil {
				t.Fatal(err)
			}
			if len(parsed.Entries) != 1 {
				t.Fatalf("read %d entries, want 1:\n%s", len(parsed.Entries), po.String())
			}
			if rep, err := cat.ImportPO(parsed, []DiagramTexts{d}); err != nil || len(rep.Changes) != 0 || string(cat.Encode()) != before {
				t.Errorf("round trip: %v, %v", rep, err)
			}
			msgfmtCheck(t, po.Bytes())
		})
	}
}

// msgfmtCheck runs GNU msgfmt -c on a PO file, if it is installed.
func msgfmtCheck(t *testing.T, po []byte) {
	t.Helper()
	msgfmt, err := exec.LookPath("msgfmt")
	if err != nil {
		t.Log("msgfmt is not installed (gettext): skipping its check")
		return
	}
	file := filepath.Join(t.TempDir(), "fr.po")
	if err := os.WriteFile(file, po, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(msgfmt, "-c", "-o", os.DevNull, file).CombinedOutput()
	if err != nil {
		t.Errorf("msgfmt -c: %v\n%s\n%s", err, out, po)
	}
}
