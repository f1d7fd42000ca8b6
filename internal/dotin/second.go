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
		if c == '\n' {
			lineStart = true
			continue
		}
		if c != '<' || depth > 0 {
			if j := skipOver(src, i, lineStart); j != i {
				if j < 0 {
					return -1
				}
				i, lineStart = j-1, false
				continue
			}
		}
		switch c {
		case '{':
			depth++
		case '}':
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

// skipOver is the offset just after the comment, quoted string or
// HTML-like string that starts at src[i] (a line comment ends before its
// newline), or i when none starts there; -1 when it does not end.
// lineStart says that only blanks come before i on its line, where # starts
// a comment.
func skipOver(src string, i int, lineStart bool) int {
	rest := src[i:]
	switch {
	case rest[0] == '#' && lineStart, strings.HasPrefix(rest, "//"):
		if j := strings.IndexByte(rest, '\n'); j >= 0 {
			return i + j
		}
		return len(src)
	case strings.HasPrefix(rest, "/*"):
		if j := strings.Index(rest[2:], "*/"); j >= 0 {
			return i + 2 + j + 2
		}
		return -1
	case rest[0] == '"':
		for j := i + 1; j < len(src); j++ {
			switch src[j] {
			case '\\':
				j++
			case '"':
				return j + 1
			}
		}
		return -1
	case rest[0] == '<':
		n := 0
		for j := i; j < len(src); j++ {
			switch src[j] {
			case '<':
				n++
			case '>':
				if n--; n == 0 {
					return j + 1
				}
			}
		}
		return -1
	}
	return i
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
