package i18n

import (
	"strings"
	"testing"
)

func texts(name string, kv ...string) DiagramTexts {
	d := DiagramTexts{Name: name, File: "diagrams/" + name + ".toml"}
	for i := 0; i < len(kv); i += 2 {
		d.Texts = append(d.Texts, Text{Key: kv[i], Source: kv[i+1]})
	}
	return d
}

func mustDecode(t *testing.T, src string) *Catalog {
	t.Helper()
	c, err := Decode("diagrams/locales/fr.toml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestMergeKeepsTranslations(t *testing.T) {
	c := mustDecode(t, `[cache]
title = { source = "Caching", text = "Mise en cache" }
"nodes.old.label" = { source = "Origin", text = "Origine" }
"nodes.gone.label" = { source = "Gone", text = "Parti" }

[deleted]
title = { source = "X", text = "X" }
`)
	ds := []DiagramTexts{
		texts("cache", "title", "Caching v2", "nodes.origin.label", "Origin", "nodes.new.label", "New"),
		texts("cdn", "title", "CDN"),
	}
	changes := c.Merge(ds, func(n string) bool { return n != "deleted" })
	var got []string
	for _, ch := range changes {
		got = append(got, ch.String())
	}
	want := []string{
		"cache: nodes.origin.label: kept the translation of nodes.old.label (same source text)",
		"cache: nodes.new.label: added",
		`cache: nodes.gone.label: dropped (no such text any more); its translation was "Parti"`,
		"cdn: title: added",
		"deleted: dropped the diagram's table (no such diagram)",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("changes\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	wantFile := `
[cache]
title = { source = "Caching", text = "Mise en cache" }
"nodes.origin.label" = { source = "Origin", text = "Origine" }
"nodes.new.label" = { source = "New", text = "" }

[cdn]
title = { source = "CDN", text = "" }
`
	if out := string(c.Encode()); !strings.HasSuffix(out, wantFile) {
		t.Errorf("catalog\n%s\nwant it to end with%s", out, wantFile)
	}
	// Merging again changes nothing.
	before := string(c.Encode())
	if ch := c.Merge(ds, nil); len(ch) != 0 || string(c.Encode()) != before {
		t.Errorf("second merge changed %v", ch)
	}
}

func TestCheck(t *testing.T) {
	c := mustDecode(t, `[cache]
title = { source = "Caching", text = "Mise en cache" }
"nodes.origin.label" = { source = "Origin", text = "" }
"nodes.orign.label" = { source = "Old", text = "Vieux" }

[cahce]
title = { source = "X", text = "X" }
`)
	ds := []DiagramTexts{texts("cache", "title", "Caching", "nodes.origin.label", "Origin", "nodes.edge.label", "Edge")}
	var got []string
	for _, p := range c.Check(ds, nil) {
		got = append(got, p.Error())
	}
	want := []string{
		`diagrams/locales/fr.toml:3:1: cache: nodes.origin.label: missing: "Origin" is not translated`,
		`diagrams/locales/fr.toml:4:1: cache: nodes.orign.label: diagrams/cache.toml has no such text (did you mean "nodes.origin.label"?) (run: sketchdeck i18n extract)`,
		`diagrams/locales/fr.toml:6:1: cahce: no diagram "cahce" (did you mean "cache"?)`,
		`diagrams/cache.toml: cache: nodes.edge.label: "Edge" has no entry in diagrams/locales/fr.toml (run: sketchdeck i18n extract)`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("problems\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestStaleAfterEdit changes an English label in a diagram source and
// expects its French entry to be reported stale, and the build to fall
// back to the English text.
func TestStaleAfterEdit(t *testing.T) {
	src := "title = \"Caching\"\n\n[[nodes]]\nid = \"origin\"\nlabel = \"Origin\"\n"
	c := mustDecode(t, "")
	c.Merge([]DiagramTexts{Of(decode(t, "diagrams/cache.toml", src))}, nil)
	c.Section("cache").Entry("title").Text = "Mise en cache"
	c.Section("cache").Entry("nodes.origin.label").Text = "Origine"
	if p := c.Check([]DiagramTexts{Of(decode(t, "diagrams/cache.toml", src))}, nil); len(p) != 0 {
		t.Fatalf("fresh catalog has problems: %v", p)
	}
	edited := strings.Replace(src, `"Origin"`, `"Origin server"`, 1)
	d := decode(t, "diagrams/cache.toml", edited)
	p := c.Check([]DiagramTexts{Of(d)}, nil)
	want := `diagrams/locales/fr.toml: cache: nodes.origin.label: stale: translates "Origin" but the text is now "Origin server" (diagrams/cache.toml:5)`
	if len(p) != 1 || p[0].Kind != Stale || p[0].Error() != want {
		t.Fatalf("got %v\nwant %s", p, want)
	}
	Apply(d, c)
	if d.Title != "Mise en cache" || d.Nodes[0].Label != "Origin server" {
		t.Errorf("applied %q / %q", d.Title, d.Nodes[0].Label)
	}
}

// TestMergeFollowsMovedTexts inserts a mark before others in a list keyed
// by index: each translation follows its text instead of going stale.
func TestMergeFollowsMovedTexts(t *testing.T) {
	c := mustDecode(t, `[transaction]
"marks.0.text" = { source = "Wait!", text = "Attends !" }
"marks.1.text" = { source = "?", text = "?" }
`)
	changes := c.Merge([]DiagramTexts{texts("transaction", "marks.0.text", "New", "marks.1.text", "Wait!", "marks.2.text", "?")}, nil)
	got := string(c.Encode())
	want := `"marks.0.text" = { source = "Wait!", text = "Attends !" }
"marks.1.text" = { source = "Wait!", text = "Attends !" }
"marks.2.text" = { source = "?", text = "?" }
`
	if !strings.HasSuffix(got, want) {
		t.Errorf("catalog\n%s\nwant it to end with\n%s\nchanges %v", got, want, changes)
	}
	p := c.Check([]DiagramTexts{texts("transaction", "marks.0.text", "New", "marks.1.text", "Wait!", "marks.2.text", "?")}, nil)
	if len(p) != 1 || p[0].Kind != Stale || p[0].Key != "marks.0.text" {
		t.Errorf("check: %v", p)
	}
}

// TestMergeCarriesTranslatorData: a renamed element's translation keeps
// its translator comments, flags and fuzzy state.
func TestMergeCarriesTranslatorData(t *testing.T) {
	c := mustDecode(t, `[cache]
"nodes.old.label" = { source = "Origin", text = "Origine", fuzzy = true, comments = ["checked"], flags = ["no-wrap"] }
`)
	c.Merge([]DiagramTexts{texts("cache", "nodes.new.label", "Origin")}, nil)
	e := c.Section("cache").Entry("nodes.new.label")
	if e == nil || e.Text != "Origine" || !e.Fuzzy || len(e.Comments) != 1 || len(e.Flags) != 1 {
		t.Errorf("carried %+v", e)
	}
}
