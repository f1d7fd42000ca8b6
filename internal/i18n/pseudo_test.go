package i18n

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestPseudo(t *testing.T) {
	for _, src := range []string{"A", "Caching", "CDN / Cache", "Load balancing\n/ failover", "Knowledgebase (wiki)", "???"} {
		got := PseudoText(src)
		for i, line := range strings.Split(src, "\n") {
			pl := strings.Split(got, "\n")[i]
			n, m := utf8.RuneCountInString(line), utf8.RuneCountInString(pl)
			if float64(m) < 1.4*float64(n) {
				t.Errorf("%q → %q: %d runes, want at least %.1f", line, pl, m, 1.4*float64(n))
			}
			if !strings.HasPrefix(pl, "[") || !strings.HasSuffix(pl, "]") {
				t.Errorf("%q not bracketed", pl)
			}
		}
		if got == src || strings.ContainsAny(strings.Trim(got, "[]"), "aeiouAEIOU") && !strings.Contains(got, " one") {
			t.Errorf("%q → %q: not accented", src, got)
		}
	}
	if got := PseudoText("Caching"); got != "[Çáçhîñg one]" {
		t.Errorf("got %q", got)
	}
	if s, ok := (Pseudo{}).Translate("d", "k", "Edge"); !ok || s != PseudoText("Edge") {
		t.Errorf("Translate %q %v", s, ok)
	}
}

func TestFrenchTypography(t *testing.T) {
	const n = "\u202f"
	tests := []struct{ in, want string }{
		{"Ok?", "Ok" + n + "?"},
		{"Ok !", "Ok" + n + "!"},
		{"Attention : danger", "Attention" + n + ": danger"},
		{"a\u00a0;b", "a" + n + ";b"},
		{"Quoi?!", "Quoi" + n + "?!"},
		{"???", "???"},
		{"?", "?"},
		{"« Ask Me Anything »", "«" + n + "Ask Me Anything" + n + "»"},
		{"«bonjour»", "«" + n + "bonjour" + n + "»"},
		{"1:1", "1:1"},
		{"30%", "30" + n + "%"},
		{"30 %", "30" + n + "%"},
		{"%", "%"},
		{"https://bit.ly/x", "https://bit.ly/x"},
		{"Équipe :)", "Équipe" + n + ":)"},
		{"deux\n: lignes", "deux\n: lignes"},
		{"Ok" + n + "?", "Ok" + n + "?"},
	}
	for _, tt := range tests {
		if got := Typography("fr", tt.in); got != tt.want {
			t.Errorf("%q: got %q, want %q", tt.in, got, tt.want)
		}
		if got := Typography("", tt.in); got != tt.in {
			t.Errorf("no rule changed %q", tt.in)
		}
	}
}
