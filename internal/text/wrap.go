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
	for _, para := range strings.Split(s, "\n") {
		lines = append(lines, fs.wrapParagraph(para, size, maxWidth)...)
	}
	return lines
}

func (fs *Fonts) wrapParagraph(para string, size, maxWidth float64) []string {
	words := strings.FieldsFunc(para, func(r rune) bool { return r == ' ' || r == '\t' || r == '\r' })
	if len(words) == 0 {
		return []string{""}
	}
	space := fs.Width(" ", size)
	var lines []string
	line, lineW := "", 0.0
	for _, w := range words {
		ww := fs.Width(w, size)
		switch {
		case line != "" && lineW+space+ww <= maxWidth:
			line, lineW = line+" "+w, lineW+space+ww
			continue
		case line != "":
			lines = append(lines, line)
		}
		if ww <= maxWidth {
			line, lineW = w, ww
			continue
		}
		pieces := fs.splitWord(w, size, maxWidth)
		lines = append(lines, pieces[:len(pieces)-1]...)
		line = pieces[len(pieces)-1]
		lineW = fs.Width(line, size)
	}
	return append(lines, line)
}

// splitWord cuts a word wider than maxWidth between runes, each piece as long
// as fits; a piece holds at least one rune even if that rune alone is too
// wide, so wrapping always terminates.
func (fs *Fonts) splitWord(w string, size, maxWidth float64) []string {
	var pieces []string
	start, width := 0, 0.0
	for i, r := range w {
		a := fs.advance(r) * size
		if i > start && width+a > maxWidth {
			pieces = append(pieces, w[start:i])
			start, width = i, 0
		}
		width += a
	}
	return append(pieces, w[start:])
}
