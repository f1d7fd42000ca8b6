package i18n

import (
	"fmt"
	"strings"
)

// maxLangLen bounds a language tag; BCP 47 tags in use are far shorter.
const maxLangLen = 64

// ParseLang checks a language tag and returns it as a catalog is named by
// it: a BCP 47 tag ("fr", "pt-BR", "en-XA") or a POSIX locale name
// ("fr_FR.UTF-8@euro") whose encoding and modifier are dropped ("fr_FR").
// What it returns holds only ASCII letters, digits, "-" and "_", starting
// with a letter, so that it is safe as a file or folder name: every path
// built from a language goes through it.
func ParseLang(tag string) (string, error) {
	bad := func() (string, error) {
		return "", fmt.Errorf("%q is not a language tag: write a BCP 47 tag or a locale name, as in fr, pt-BR or fr_FR.UTF-8 (letters, digits, - and _)", tag)
	}
	if len(tag) > maxLangLen {
		return bad()
	}
	base, modifier, hasMod := strings.Cut(tag, "@")
	base, codeset, hasSet := strings.Cut(base, ".")
	if hasMod && !isTagPart(modifier, false) || hasSet && !isTagPart(codeset, true) {
		return bad()
	}
	for i, sub := range strings.FieldsFunc(base, func(r rune) bool { return r == '-' || r == '_' }) {
		if len(sub) > 8 || i == 0 && (len(sub) < 2 || !isLetters(sub)) || !isTagPart(sub, false) {
			return bad()
		}
	}
	if base == "" || strings.Contains(base, "--") || strings.Contains(base, "__") || strings.ContainsAny(base[:1]+base[len(base)-1:], "-_") {
		return bad()
	}
	return base, nil
}

// isTagPart reports whether s is one or more ASCII letters and digits
// (and, with sep, "-" and "_").
func isTagPart(s string, sep bool) bool {
	if s == "" {
		return false
	}
	for _, c := range []byte(s) {
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || sep && (c == '-' || c == '_')) {
			return false
		}
	}
	return true
}

func isLetters(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return !('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z') }) < 0
}

// MatchLang finds which of have (the languages there are catalogs for)
// tag, a ParseLang result, means: the same tag, ignoring case and "-"
// versus "_" ("fr-FR" is "fr_FR"), else its primary language ("fr_FR",
// "fr-FR" are "fr" when there is no fr_FR). ok is false when none is.
func MatchLang(tag string, have []string) (lang string, ok bool) {
	norm := func(s string) string { return strings.ToLower(strings.ReplaceAll(s, "_", "-")) }
	t := norm(tag)
	for _, h := range have {
		if norm(h) == t {
			return h, true
		}
	}
	primary, _, _ := strings.Cut(t, "-")
	for _, h := range have {
		if norm(h) == primary {
			return h, true
		}
	}
	return "", false
}
