package dotin

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/sketchdeck/sketchdeck/internal/spec"
)

var syntaxAt = regexp.MustCompile(`in line (\d+)(?: near '([^']*)')?`)

// SourceError turns Graphviz's complaint about file's DOT text src into a
// positioned error: Graphviz names the line and the token it stopped
// near, from which the column is found.
func SourceError(file string, src []byte, err error) error {
	msg := err.Error()
	if i := strings.Index(msg, "Graphviz rejected the DOT: "); i >= 0 {
		msg = msg[i+len("Graphviz rejected the DOT: "):]
	}
	var errs spec.ErrorList
	m := syntaxAt.FindStringSubmatch(msg)
	if m == nil {
		errs.Add(file, spec.Pos{}, "", "Graphviz cannot lay out the graph: %s", strings.TrimSpace(msg))
		return errs.Err()
	}
	line, _ := strconv.Atoi(m[1])
	pos := spec.Pos{Line: line}
	lines := strings.Split(string(src), "\n")
	// Graphviz's reader may count one line too many when it has read a
	// graph before in the same process: the token it names decides.
	for _, l := range []int{line, line - 1} {
		if m[2] == "" || l < 1 || l > len(lines) {
			continue
		}
		if col := strings.Index(lines[l-1], m[2]); col >= 0 {
			pos = spec.Pos{Line: l, Col: len([]rune(lines[l-1][:col])) + 1}
			break
		}
	}
	what := "syntax error"
	if m[2] != "" {
		what += " near " + strconv.Quote(m[2])
	}
	errs.Add(file, pos, "", "%s (Graphviz's DOT reader)", what)
	return errs.Err()
}
