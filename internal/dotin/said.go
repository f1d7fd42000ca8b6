package dotin

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/sketchdeck/sketchdeck/internal/spec"
)

// Said turns the messages Graphviz wrote while it laid file out (the
// installed dot's "Warning: …" and "Error: …" lines; a line that starts
// with neither goes with the one before) into warnings, each once, placed
// in src where the message tells where: a line it names, the port of
// "node b, port x unrecognized", the style of "unsupported style w", the
// arrow of "Arrow type "w" unknown".
func Said(file string, src []byte, lines []string) []spec.Warning {
	var msgs []string
	for _, l := range lines {
		l = strings.TrimSpace(l)
		switch {
		case l == "":
		case strings.HasPrefix(l, "Warning:"), strings.HasPrefix(l, "Error:"), len(msgs) == 0:
			msgs = append(msgs, l)
		default:
			msgs[len(msgs)-1] += " " + l
		}
	}
	var out []spec.Warning
	seen := map[string]bool{}
	for _, m := range msgs {
		if seen[m] {
			continue
		}
		seen[m] = true
		text := strings.ReplaceAll(strings.TrimSpace(strings.TrimPrefix(m, "Warning:")), "<stdin>", file)
		out = append(out, spec.Warning{File: file, Pos: saidAt(src, text), Msg: "Graphviz says: " + text})
	}
	return out
}

var (
	saidLine  = regexp.MustCompile(`\bin line (\d+)\b`)
	saidPort  = regexp.MustCompile(`^node (.+), port (.+) unrecognized`)
	saidStyle = regexp.MustCompile(`unsupported style (\S+)`)
	saidArrow = regexp.MustCompile(`^Arrow type "([^"]*)" unknown`)
)

// saidAt is where in src a message of Graphviz's is about, when it tells.
func saidAt(src []byte, msg string) spec.Pos {
	if m := saidLine.FindStringSubmatch(msg); m != nil {
		n, _ := strconv.Atoi(m[1])
		return spec.Pos{Line: n}
	}
	var re string
	if m := saidPort.FindStringSubmatch(msg); m != nil {
		re = regexp.QuoteMeta(m[1]) + `"?\s*:\s*"?(` + regexp.QuoteMeta(m[2]) + `)\b`
	} else if m := saidStyle.FindStringSubmatch(msg); m != nil {
		re = `(?i)\bstyle\s*=\s*"?[^"\]\n;]*?\b(` + regexp.QuoteMeta(m[1]) + `)\b`
	} else if m := saidArrow.FindStringSubmatch(msg); m != nil {
		re = `(?i)\barrow(?:head|tail)\s*=\s*"?(` + regexp.QuoteMeta(m[1]) + `)\b`
	} else {
		return spec.Pos{}
	}
	at := regexp.MustCompile(re).FindSubmatchIndex(src)
	if at == nil {
		return spec.Pos{}
	}
	return spec.OffsetPos(string(src), at[2])
}
