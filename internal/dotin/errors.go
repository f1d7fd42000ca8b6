package dotin

import (
	"strconv"
	"strings"

	"github.com/sketchdeck/sketchdeck/internal/lazyre"
	"github.com/sketchdeck/sketchdeck/internal/spec"
)

// syntaxAt is a syntax error of Graphviz's DOT reader, as the WebAssembly
// Graphviz (whose reader rejected the DOT) or the installed dot (naming
// <stdin>) reports it; the reader of HTML-like labels says "in line" too,
// of the label.
var syntaxAt = lazyre.New(`(?:Graphviz rejected the DOT: |<stdin>: )syntax error in line (\d+)(?: near '([^']*)')?`)

// unknownLayout is Graphviz's complaint about a layout attribute that
// names no layout it has, with the ones it has.
var unknownLayout = lazyre.New(`Layout type: "([^"]*)" not recognized\. Use one of: ?([^\n]*)`)

// labelError is the installed dot's error about an HTML-like label: what
// went wrong, in a line of the label, and whose label it is. A picture it
// cannot open ("No or improper image") is no trouble reading.
var labelError = lazyre.New(`(?s)Error: (.*?)\s*\n.*\bin label of (.*?)\s*(?:\n|$)`)

// jobPrefix starts the error of a layout job (graphviz.Job.Wrap), which
// names the graph by its file: said again after the file.
var jobPrefix = lazyre.New(`^graphviz: graph "(?:[^"\\]|\\.)*": `)

// SourceError turns Graphviz's complaint about file's DOT text src into a
// positioned error: of a syntax error Graphviz names the line and the
// token it stopped near, from which the column is found; a layout it does
// not have is named at the layout attribute. Any other failure on a graph
// with a number past a float64 is that number's error: Graphviz fails to
// write its output, or writes it with infinity (see Drawing).
func SourceError(file string, src []byte, err error) error {
	var errs spec.ErrorList
	msg := jobPrefix().ReplaceAllString(err.Error(), "")
	if l := unknownLayout().FindStringSubmatch(msg); l != nil {
		errs.Add(file, locate(src, "layout", l[1]), "", "layout %q is not one Graphviz has: the layouts are %s",
			l[1], strings.Join(strings.Fields(l[2]), ", "))
		return errs.Err()
	}
	if l := labelError().FindStringSubmatch(msg); l != nil && !strings.HasPrefix(l[1], "No or improper image") {
		errs.Add(file, spec.Pos{}, "", "%s: Graphviz cannot read its HTML-like label: %s %s", l[2], l[1], labelTags)
		return errs.Err()
	}
	m := syntaxAt().FindStringSubmatch(msg)
	if i := strings.Index(msg, "Graphviz rejected the DOT: "); i >= 0 {
		msg = msg[i+len("Graphviz rejected the DOT: "):]
	}
	if m == nil {
		if big := outOfRange(file, src); big != nil {
			return big // whatever Graphviz said failing on it
		}
		errs.Add(file, spec.Pos{}, "", "Graphviz cannot lay out the graph: %s", strings.TrimSpace(msg))
		return errs.Err()
	}
	line, _ := strconv.Atoi(m[1])
	pos := spec.Pos{Line: line}
	if lines := strings.Split(string(src), "\n"); m[2] != "" && line >= 1 && line <= len(lines) {
		if col := strings.Index(lines[line-1], m[2]); col >= 0 {
			pos.Col = len([]rune(lines[line-1][:col])) + 1
		}
	}
	what := "syntax error"
	if m[2] != "" {
		what += " near " + strconv.Quote(m[2])
	}
	errs.Add(file, pos, "", "%s (Graphviz's DOT reader)", what)
	return errs.Err()
}
