package i18n

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/width"
)

// poWidth is the width GNU gettext tools wrap PO strings to, in columns,
// quotes included: writing as they do means that a file that went
// through msgcat, msgmerge or Poedit reads back and exports unchanged.
const poWidth = 79

// writePOString writes `prefix "s"` as GNU gettext tools do: on one line
// when it fits in poWidth columns; else an empty string on the keyword's
// line and then one line after each \n, each broken where gettext breaks
// lines (after a space, or after - / , . : ; ! ? before a letter) so that
// it fits. Continuation lines of a "#|" field start with "#| ".
func writePOString(b *strings.Builder, prefix, s string) {
	cont := ""
	if strings.HasPrefix(prefix, "#|") {
		cont = "#| "
	}
	parts := strings.SplitAfter(s, "\n")
	if len(parts) > 1 && parts[len(parts)-1] == "" {
		parts = parts[:len(parts)-1]
	}
	if len(parts) == 1 {
		if q := escapePO(s); columns(prefix)+columns(q)+2 <= poWidth {
			fmt.Fprintf(b, "%s\"%s\"\n", prefix, q)
			return
		}
	}
	fmt.Fprintf(b, "%s\"\"\n", prefix)
	for _, p := range parts {
		for _, l := range breakPO(escapePO(p), poWidth-2-columns(cont)) {
			fmt.Fprintf(b, "%s\"%s\"\n", cont, l)
		}
	}
}

// breakPO breaks an escaped string into lines of at most max columns,
// at the places gettext breaks; a piece longer than max stays whole.
func breakPO(q string, max int) []string {
	var lines []string
	line, lineW := "", 0
	for _, piece := range pieces(q) {
		w := columns(piece)
		if lineW > 0 && lineW+w > max {
			lines = append(lines, line)
			line, lineW = "", 0
		}
		line += piece
		lineW += w
	}
	return append(lines, line)
}

// pieces splits an escaped string after each place a line may break.
func pieces(q string) []string {
	var out []string
	start := 0
	for i, r := range q {
		next, _ := utf8.DecodeRuneInString(q[i+utf8.RuneLen(r):])
		if i+utf8.RuneLen(r) < len(q) && breakAfter(r, next) {
			out = append(out, q[start:i+utf8.RuneLen(r)])
			start = i + utf8.RuneLen(r)
		}
	}
	return append(out, q[start:])
}

// breakAfter says whether a line may break between a and b: after the
// last of a run of spaces, or after a hyphen, slash or punctuation mark
// before a letter, never before a mark that stays with what precedes it.
func breakAfter(a, b rune) bool {
	if b == ' ' || strings.ContainsRune("!?,.:;/)]}", b) {
		return false
	}
	if a == ' ' {
		return true
	}
	return strings.ContainsRune("-/,.:;!?", a) && unicode.IsLetter(b)
}

// columns is how wide s is in a terminal: two columns for East Asian
// wide characters.
func columns(s string) int {
	n := 0
	for _, r := range s {
		switch width.LookupRune(r).Kind() {
		case width.EastAsianWide, width.EastAsianFullwidth:
			n += 2
		default:
			n++
		}
	}
	return n
}

// escapePO is s C-escaped for a PO string, without the quotes.
func escapePO(s string) string {
	q := quotePO(s)
	return q[1 : len(q)-1]
}
