package i18n

import (
	"strings"
	"testing"
)

func TestDecodeErrors(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{"malformed", "[cdn]\ntitle = { source = \"a\", text = \"b\" \n", "fr.toml:2:"},
		{"unterminated string", "[cdn]\ntitle = { source = \"a, text = \"b\" }\n", "fr.toml:2:"},
		{"entry not a table", "[cdn]\ntitle = \"CDN\"\n",
			`fr.toml:2:1: cdn: entry "title" must be { source = "…", text = "…" }, not "CDN"`},
		{"unknown entry key", "[cdn]\n\"nodes.a.label\" = { source = \"A\", txt = \"A\" }\n",
			`fr.toml:2:1: cdn: entry "nodes.a.label": unknown key "txt"; valid keys are source, text, fuzzy, comments, flags, notes, previous_context`},
		{"no source", "[cdn]\ntitle = { text = \"A\" }\n",
			`fr.toml:2:1: cdn: entry "title" has no source (the English text it translates)`},
		{"text not a string", "[cdn]\ntitle = { source = \"A\", text = 3 }\n",
			`fr.toml:2:1: cdn: entry "title": text must be a string, not 3`},
		{"diagram not a table", "cdn = 3\n", `fr.toml:1:1: "cdn" must be a table of the diagram's entries, [cdn]`},
		{"bad typography", "[rules]\ntypography = \"french\"\n",
			`fr.toml:2:1: typography must be "none" or "fr", not "french"`},
		{"unknown rule", "[rules]\nquotes = \"fr\"\n",
			`fr.toml:2:1: unknown key "quotes" in [rules]; valid keys are typography, keep, po`},
		{"all at once", "[rules]\ntypography = 1\n\n[a]\nx = 1\n\n[b]\ny = { source = 2 }\n",
			"fr.toml:2:1: typography must be \"none\" or \"fr\", not 1\n" +
				"fr.toml:5:1: a: entry \"x\" must be { source = \"…\", text = \"…\" }, not 1\n" +
				"fr.toml:8:1: b: entry \"y\": source must be a string, not 2"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Decode("fr.toml", []byte(tt.src))
			if err == nil {
				t.Fatalf("no error")
			}
			if got := err.Error(); got != tt.want && !(strings.HasSuffix(tt.want, ":") && strings.HasPrefix(got, tt.want)) {
				t.Errorf("got\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
}

func TestDecodeEncodeRoundTrip(t *testing.T) {
	src := "[rules]\ntypography = \"fr\"\n\n[cdn]\ntitle = { source = \"CDN / Cache\", text = \"CDN / cache\" }\n" +
		"\"nodes.a.label\" = { source = \"two\\nlines \\\"q\\\" \\\\\", text = \"\" }\n\n[a]\n\"edges.x->y.label\" = { source = \"tab\\there\", text = \"onglet\" }\n"
	c, err := Decode("diagrams/locales/fr.toml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if c.Lang != "fr" || c.Typography != "fr" {
		t.Errorf("lang %q typography %q", c.Lang, c.Typography)
	}
	if e := c.Section("cdn").Entry("nodes.a.label"); e == nil || e.Source != "two\nlines \"q\" \\" || e.Pos.Line != 6 {
		t.Fatalf("entry %+v", e)
	}
	out := c.Encode()
	c2, err := Decode("fr.toml", out)
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if again := c2.Encode(); string(again) != string(out) {
		t.Errorf("encode is not stable:\n%s\n---\n%s", out, again)
	}
	if names := []string{c2.Diagrams[0].Name, c2.Diagrams[1].Name}; names[0] != "a" || names[1] != "cdn" {
		t.Errorf("sections %v", names)
	}
}

func TestTranslate(t *testing.T) {
	c, err := Decode("fr.toml", []byte("[rules]\ntypography = \"fr\"\n[d]\ntitle = { source = \"Ok?\", text = \"D'accord ?\" }\n"+
		"a = { source = \"old\", text = \"vieux\" }\nb = { source = \"B\", text = \"\" }\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		key, source, want string
		ok                bool
	}{
		{"title", "Ok?", "D'accord\u202f?", true},
		{"a", "new", "", false}, // stale: keep the English
		{"b", "B", "", false},   // missing
		{"zz", "Z", "", false},
	} {
		got, ok := c.Translate("d", tt.key, tt.source)
		if got != tt.want || ok != tt.ok {
			t.Errorf("%s: got %q %v, want %q %v", tt.key, got, ok, tt.want, tt.ok)
		}
	}
}

// TestIdentity: a diagram's build key changes with its own translations
// and the catalog's rules, not with another diagram's.
func TestIdentity(t *testing.T) {
	base := "[rules]\ntypography = \"fr\"\n[a]\ntitle = { source = \"A\", text = \"Un\" }\n[b]\ntitle = { source = \"B\", text = \"Deux\" }\n"
	id := func(src, diagram string) string {
		c, err := Decode("fr.toml", []byte(src))
		if err != nil {
			t.Fatal(err)
		}
		return c.Identity(diagram)
	}
	if id(base, "a") != id(strings.Replace(base, "Deux", "Trois", 1), "a") {
		t.Errorf("editing b changed a's identity")
	}
	if id(base, "b") == id(strings.Replace(base, "Deux", "Trois", 1), "b") {
		t.Errorf("editing b kept b's identity")
	}
	if id(base, "a") == id(strings.Replace(base, `"fr"`, `"none"`, 1), "a") {
		t.Errorf("the typography rule is not in the identity")
	}
	if (Pseudo{}).Identity("a") == id(base, "a") {
		t.Errorf("pseudo and fr share an identity")
	}
}
