package i18n

import (
	"strings"
	"unicode"
)

// nnbsp is U+202F NARROW NO-BREAK SPACE, which French sets before ; : ! ?
// and inside « ».
const nnbsp = '\u202f'

// Typography applies a catalog's typography rule to a translation: "fr"
// sets the narrow no-break spaces of French; any other rule leaves the
// text as it is. Translators type plain text, and the rule keeps every
// diagram consistent.
func Typography(rule, s string) string {
	if rule != "fr" {
		return s
	}
	return french(s)
}

// french puts a narrow no-break space before ; : ! ? and a percent sign
// after a number (replacing a plain or no-break space written there),
// after « and before ». It leaves alone a
// mark at the start of a line, the second mark of "?!" or "???", a colon
// between digits (1:1, 10:30) and a colon that starts "//" (a URL).
func french(s string) string {
	rs := []rune(s)
	out := make([]rune, 0, len(rs)+8)
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		switch {
		case strings.ContainsRune(";:!?", r) && wantsSpaceBefore(rs, i), r == '»' && !lineStart(rs, i),
			r == '%' && afterNumber(rs, i):
			out = append(trimSpaces(out), nnbsp, r)
		case r == '«':
			out = append(out, r)
			for i+1 < len(rs) && isSpace(rs[i+1]) {
				i++
			}
			if i+1 < len(rs) && rs[i+1] != '\n' {
				out = append(out, nnbsp)
			}
		default:
			out = append(out, r)
		}
	}
	return string(out)
}

// wantsSpaceBefore reports whether the mark at rs[i] takes a space before.
func wantsSpaceBefore(rs []rune, i int) bool {
	if lineStart(rs, i) || strings.ContainsRune(";:!?", rs[i-1]) {
		return false
	}
	if rs[i] == ':' {
		next := rune(0)
		if i+1 < len(rs) {
			next = rs[i+1]
		}
		if unicode.IsDigit(rs[i-1]) && unicode.IsDigit(next) || next == '/' {
			return false
		}
	}
	return true
}

// afterNumber reports whether rs[i] follows a digit, spaces aside.
func afterNumber(rs []rune, i int) bool {
	j := i - 1
	for j >= 0 && isSpace(rs[j]) {
		j--
	}
	return j >= 0 && unicode.IsDigit(rs[j])
}

// lineStart reports whether only spaces precede rs[i] on its line.
func lineStart(rs []rune, i int) bool {
	for j := i - 1; j >= 0; j-- {
		if rs[j] == '\n' {
			return true
		}
		if !isSpace(rs[j]) {
			return false
		}
	}
	return true
}

func isSpace(r rune) bool { return r == ' ' || r == '\u00a0' || r == nnbsp }

// trimSpaces drops the plain, no-break or narrow spaces out ends with.
func trimSpaces(out []rune) []rune {
	for len(out) > 0 && isSpace(out[len(out)-1]) {
		out = out[:len(out)-1]
	}
	return out
}
