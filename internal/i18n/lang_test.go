package i18n

import (
	"fmt"
	"strings"
	"testing"
)

func TestParseLang(t *testing.T) {
	bad := func(tag string) string {
		return fmt.Sprintf("%q is not a language tag: write a BCP 47 tag or a locale name, as in fr, pt-BR or fr_FR.UTF-8 (letters, digits, - and _)", tag)
	}
	cases := []struct{ tag, want, err string }{
		{"fr", "fr", ""},
		{"pt-BR", "pt-BR", ""},
		{"en-XA", "en-XA", ""},
		{"zh-Hant-TW", "zh-Hant-TW", ""},
		{"fr_FR", "fr_FR", ""},
		{"fr_FR.UTF-8", "fr_FR", ""},
		{"fr_FR.utf8@euro", "fr_FR", ""},
		{"sr_RS@latin", "sr_RS", ""},
		{"es-419", "es-419", ""},
		{"settings-/../../../../victim/settings", "", bad("settings-/../../../../victim/settings")},
		{"../../x", "", bad("../../x")},
		{"fr/../../x", "", bad("fr/../../x")},
		{"..", "", bad("..")},
		{"", "", bad("")},
		{"f", "", bad("f")},
		{"1fr", "", bad("1fr")},
		{"fr-", "", bad("fr-")},
		{"-fr", "", bad("-fr")},
		{"fr--FR", "", bad("fr--FR")},
		{"fr FR", "", bad("fr FR")},
		{"fr\\x", "", bad("fr\\x")},
		{"fr.", "", bad("fr.")},
		{"fr@", "", bad("fr@")},
		{"fr@a/b", "", bad("fr@a/b")},
		{"fr.UTF/8", "", bad("fr.UTF/8")},
		{"fr_FRANCEXYZ", "", bad("fr_FRANCEXYZ")},
		{"fré", "", bad("fré")},
		{"fr\x00", "", bad("fr\x00")},
		{strings.Repeat("ab-", 30) + "c", "", bad(strings.Repeat("ab-", 30) + "c")},
	}
	for _, c := range cases {
		got, err := ParseLang(c.tag)
		gotErr := ""
		if err != nil {
			gotErr = err.Error()
		}
		if got != c.want || gotErr != c.err {
			t.Errorf("ParseLang(%q) = %q, %v; want %q, %s", c.tag, got, err, c.want, c.err)
		}
	}
}

func TestMatchLang(t *testing.T) {
	cases := []struct {
		tag  string
		have []string
		want string
	}{
		{"fr", []string{"de", "fr"}, "fr"},
		{"fr_FR", []string{"fr"}, "fr"},
		{"fr-FR", []string{"fr"}, "fr"},
		{"FR-fr", []string{"fr"}, "fr"},
		{"fr-CA", []string{"fr", "fr_CA"}, "fr_CA"},
		{"fr_FR", []string{"fr", "fr_CA"}, "fr"},
		{"pt-BR", []string{"pt_BR"}, "pt_BR"},
		{"fr", []string{"fr_FR"}, ""},
		{"zz", []string{"fr"}, ""},
	}
	for _, c := range cases {
		got, ok := MatchLang(c.tag, c.have)
		if got != c.want || ok != (c.want != "") {
			t.Errorf("MatchLang(%q, %q) = %q, %v; want %q", c.tag, c.have, got, ok, c.want)
		}
	}
}

// TestLangFromFiles: the language a PO header or a catalog's file name
// gives is checked like --lang: `Language: settings-/../../victim/settings`
// once made import rewrite ../victim/settings.toml.
func TestLangFromFiles(t *testing.T) {
	const why = " is not a language tag: write a BCP 47 tag or a locale name, as in fr, pt-BR or fr_FR.UTF-8 (letters, digits, - and _)"
	_, err := ReadPO("trav.po", []byte("msgid \"\"\nmsgstr \"\"\n\"Language: settings-/../../../../victim/settings\\n\"\n"))
	if want := `trav.po:1:1: Language: "settings-/../../../../victim/settings"` + why; err == nil || err.Error() != want {
		t.Errorf("ReadPO: got %v\nwant %s", err, want)
	}
	po, err := ReadPO("fr.po", []byte("msgid \"\"\nmsgstr \"Language: fr_FR.UTF-8\\n\"\n"))
	if err != nil || po.Lang != "fr_FR" {
		t.Errorf("ReadPO: %+v, %v", po, err)
	}
	_, err = Decode("locales/..toml", []byte(""))
	if want := `locales/..toml: a catalog is named LANG.toml for its language: "."` + why; err == nil || err.Error() != want {
		t.Errorf("Decode: got %v\nwant %s", err, want)
	}
}
