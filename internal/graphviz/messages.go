package graphviz

import "strings"

// messagesMark separates a user's graph's output from the messages the
// Graphviz that laid it out wrote (the installed dot's standard error),
// which WithMessages puts after it: so they travel with the output
// wherever it goes (a layout remembered from a build before too), and
// SplitMessages takes them off. Graphviz's JSON output never holds it: it
// ends with its closing brace.
const messagesMark = "\n// Graphviz said:\n"

// WithMessages is out with Graphviz's messages msgs after it, or out as
// it is when there are none.
func WithMessages(out, msgs string) string {
	msgs = strings.TrimSpace(msgs)
	if msgs == "" {
		return out
	}
	return out + messagesMark + msgs + "\n"
}

// SplitMessages takes Graphviz's messages (WithMessages) off out: the
// output as Graphviz wrote it, and the messages' lines (none when there
// are none; the WebAssembly Graphviz gives none).
func SplitMessages(out string) (string, []string) {
	i := strings.LastIndex(out, messagesMark)
	if i < 0 {
		return out, nil
	}
	return out[:i], strings.Split(strings.TrimSpace(out[i+len(messagesMark):]), "\n")
}
