package spec

import "fmt"

// Warning is something in a diagram's source that is drawn otherwise than
// it is written (a Graphviz shape drawn as a box): reported beside the
// build's output, it never fails a build.
type Warning struct {
	File string
	Pos  Pos
	Msg  string
}

// String reads "graph.gv:5:12: warning: …", the position left out where
// it is not known.
func (w Warning) String() string {
	at := w.File
	switch {
	case w.Pos.Line > 0 && w.Pos.Col > 0:
		at += fmt.Sprintf(":%d:%d", w.Pos.Line, w.Pos.Col)
	case w.Pos.Line > 0:
		at += fmt.Sprintf(":%d", w.Pos.Line)
	}
	return at + ": warning: " + w.Msg
}
