package dotin

import (
	"strings"

	"github.com/sketchdeck/sketchdeck/internal/spec"
)

// Empty reports whether src holds no graph: nothing but white space and
// comments (// and /* */, and # lines, which Graphviz skips as a C
// preprocessor's). Graphviz reads such a file without complaint and lays
// out nothing, so it is caught before.
func Empty(src []byte) bool {
	s := string(src)
	for s != "" {
		s = strings.TrimLeft(s, " \t\r\n\f\v\ufeff")
		switch {
		case s == "":
		case strings.HasPrefix(s, "//") || strings.HasPrefix(s, "#"):
			_, s, _ = strings.Cut(s, "\n")
		case strings.HasPrefix(s, "/*"):
			_, s, _ = strings.Cut(s[2:], "*/")
		default:
			return false
		}
	}
	return true
}

// EmptyError is the error of a file that holds no graph (Empty).
func EmptyError(file string) error {
	var errs spec.ErrorList
	errs.Add(file, spec.Pos{}, "", "the file holds no graph: a Graphviz file holds one, as in digraph G { a -> b }")
	return errs.Err()
}
