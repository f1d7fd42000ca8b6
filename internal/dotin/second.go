package dotin

import (
	"strings"

	"github.com/sketchdeck/sketchdeck/internal/spec"
)

// afterFirst is the offset in src just after the first graph's closing
// brace, skipping quoted and HTML-like strings and comments; -1 when the
// braces do not balance (Graphviz then reports the syntax error itself).
func afterFirst(src string) int {
	depth, lineStart := 0, true
	for i := 0; i < len(src); i++ {
		c := src[i]
		switch {
		case c == '\n':
			lineStart = true
			continue
		case c == '#' && lineStart, strings.HasPrefix(src[i:], "//"):
			if j := strings.IndexByte(src[i:], '\n'); j >= 0 {
				i += j - 1
				continue
			}
			return -1
		case strings.HasPrefix(src[i:], "/*"):
			j := strings.Index(src[i+2:], "*/")
			if j < 0 {
				return -1
			}
			i += j + 3
		case c == '"':
			for i++; i < len(src) && src[i] != '"'; i++ {
				if src[i] == '\\' {
					i++
				}
			}
		case c == '<' && depth > 0:
			for n := 0; i < len(src); i++ {
				if src[i] == '<' {
					n++
				} else if src[i] == '>' {
					if n--; n == 0 {
						break
					}
				}
			}
		case c == '{':
			depth++
		case c == '}':
			if depth--; depth == 0 {
				return i + 1
			}
		}
		if c != ' ' && c != '\t' && c != '\r' {
			lineStart = false
		}
	}
	return -1
}

// SecondGraph reports a second graph after the first in src, which
// Graphviz's reader would silently leave out: its position, and whether
// there is one. White space and comments after the first graph are not one.
func SecondGraph(src []byte) (spec.Pos, bool) {
	s := string(src)
	end := afterFirst(s)
	if end < 0 || Empty([]byte(s[end:])) {
		return spec.Pos{}, false
	}
	rest := s[end:]
	at := end + len(rest) - len(strings.TrimLeft(rest, " \t\r\n\f\v"))
	return spec.OffsetPos(s, at), true
}

// SecondGraphError is the error of a file that holds more than one graph.
func SecondGraphError(file string, at spec.Pos) error {
	var errs spec.ErrorList
	errs.Add(file, at, "", "a second graph starts here: sketchdeck draws one graph per file (dot -Tsvg would draw each, one after the other); put each graph in a file of its own")
	return errs.Err()
}
