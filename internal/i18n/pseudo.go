package i18n

import (
	"strings"
)

// PseudoLang is the pseudo-locale's code: English, lengthened and accented.
const PseudoLang = "en-XA"

// Pseudo is the pseudo-locale translator: every text comes back about 40%
// longer, each letter accented and each line bracketed, so that a layout
// can be checked for longer languages, and for missing glyphs, before any
// translation exists. The brackets show where a text was cut.
type Pseudo struct{}

// Translate implements Translator.
func (Pseudo) Translate(_, _, source string) (string, bool) {
	return PseudoText(source), true
}

// Identity implements Translator; bump it when PseudoText changes.
func (Pseudo) Identity(string) string { return PseudoLang + " 1" }

// accents maps ASCII letters to accented look-alikes the shipped font has.
var accents = map[rune]rune{
	'a': 'á', 'c': 'ç', 'e': 'é', 'i': 'î', 'n': 'ñ', 'o': 'ö', 'u': 'û', 'y': 'ý',
	'A': 'Å', 'C': 'Ç', 'E': 'É', 'I': 'Î', 'N': 'Ñ', 'O': 'Ö', 'U': 'Ü', 'Y': 'Ý',
}

// padding lengthens a line; words rather than symbols keep it readable.
var padding = strings.Fields("one two three four five six seven eight nine ten")

// PseudoText is the pseudo-locale's version of s: per line, accented,
// bracketed and padded to at least 1.4 times its length.
func PseudoText(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		if l == "" {
			continue
		}
		var b strings.Builder
		b.WriteByte('[')
		n := 0
		for _, r := range l {
			if a, ok := accents[r]; ok {
				r = a
			}
			b.WriteRune(r)
			n++
		}
		want := (n*14 + 9) / 10 // ceil(1.4 n) characters inside the brackets
		got := n + 2
		for w := 0; got < want+2; w++ {
			word := padding[w%len(padding)]
			b.WriteByte(' ')
			b.WriteString(word)
			got += 1 + len(word)
		}
		b.WriteByte(']')
		lines[i] = b.String()
	}
	return strings.Join(lines, "\n")
}
