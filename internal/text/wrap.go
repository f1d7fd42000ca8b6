package text

import "strings"

// Wrap breaks s into lines no wider than maxWidth px at size, greedily:
// each line takes as many words as fit. Words are separated by ASCII spaces
// and tabs only, so no-break spaces (U+00A0, U+202F, as in « œuvre » or
// 10 €) keep their neighbours together; runs of spaces collapse to one, as
// SVG collapses them when drawing. A newline in s always starts a new line.
// A word is split between runes only when it alone is wider than maxWidth.
// An empty paragraph gives an empty line, so "a\n\nb" keeps its blank line.
func (fs *Fonts) Wrap(s string, size, maxWidth float64) []string {
	var lines []string
	fs.wrap(s, size, maxWidth, func(words []string) {
		lines = append(lines, strings.Join(words, " "))
	})
	return lines
}

// WrapCount is len(Wrap(s, size, maxWidth)), the number of lines, found
// without making them: for a layout that tries many widths.
func (fs *Fonts) WrapCount(s string, size, maxWidth float64) int {
	n := 0
	fs.wrap(s, size, maxWidth, func([]string) { n++ })
	return n
}

// wrap calls line with the words of each line of s wrapped as Wrap says,
// in order; the slice is reused from one call to the next.
func (fs *Fonts) wrap(s string, size, maxWidth float64, line func(words []string)) {
	words := make([]string, 0, 8) // a line's words; most lines have fewer
	space := fs.Width(" ", size)
	for para := range strings.SplitSeq(s, "\n") {
		words = fs.wrapParagraph(para, size, maxWidth, space, words[:0], line)
	}
}

// wrapParagraph wraps one paragraph (no newline) at maxWidth; space is a
// space's width at size, words a buffer for the line's words, returned
// for the next paragraph.
func (fs *Fonts) wrapParagraph(para string, size, maxWidth, space float64, words []string, line func(words []string)) []string {
	lineW := 0.0
	for w := range strings.FieldsFuncSeq(para, func(r rune) bool { return r == ' ' || r == '\t' || r == '\r' }) {
		ww := fs.Width(w, size)
		switch {
		case len(words) > 0 && lineW+space+ww <= maxWidth:
			words, lineW = append(words, w), lineW+space+ww
			continue
		case len(words) > 0:
			line(words)
		}
		if ww <= maxWidth {
			words, lineW = append(words[:0], w), ww
			continue
		}
		last := fs.splitWord(w, size, maxWidth, func(piece string) { line(append(words[:0], piece)) })
		words, lineW = append(words[:0], last), fs.Width(last, size)
	}
	line(words) // an empty paragraph is an empty line
	return words
}

// splitWord cuts a word wider than maxWidth between runes, each piece as long
// as fits; a piece holds at least one rune even if that rune alone is too
// wide, so wrapping always terminates. Every piece but the last is given
// to piece; the last is returned.
func (fs *Fonts) splitWord(w string, size, maxWidth float64, piece func(string)) string {
	start, width := 0, 0.0
	for i, r := range w {
		a := fs.advance(r) * size
		if i > start && width+a > maxWidth {
			piece(w[start:i])
			start, width = i, 0
		}
		width += a
	}
	return w[start:]
}
