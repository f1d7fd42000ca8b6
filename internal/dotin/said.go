package dotin

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/sketchdeck/sketchdeck/internal/lazyre"
	"github.com/sketchdeck/sketchdeck/internal/spec"
)

// Said turns the messages Graphviz wrote while it laid file out (the
// installed dot's "Warning: …" and "Error: …" lines; a line that starts
// with neither goes with the one before) into warnings, each once, placed
// in src where the message tells where: a line it names, the port of
// "node b, port x unrecognized". A style or an arrow Graphviz leaves out
// ("unsupported style w", "Arrow type "w" unknown") and a picture it cannot
// open are left to Drawing, which says so whichever Graphviz laid the
// graph out.
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
		bare := strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(m, "Warning:"), "Error:"))
		if seen[m] || saidStyle().MatchString(m) || saidArrow().MatchString(bare) || saidImage().MatchString(bare) {
			continue // Drawing says so itself, with what is drawn
		}
		seen[m] = true
		text := strings.ReplaceAll(strings.TrimSpace(strings.TrimPrefix(m, "Warning:")), "<stdin>", file)
		out = append(out, spec.Warning{File: file, Pos: saidAt(src, text), Msg: "Graphviz says: " + text})
	}
	return out
}

var (
	saidLine  = lazyre.New(`\bin line (\d+)\b`)
	saidPort  = lazyre.New(`^node (.+), port (.+) unrecognized`)
	saidStyle = lazyre.New(`unsupported style (\S+)`)
	saidArrow = lazyre.New(`^Arrow type "([^"]*)" unknown`)
	// A picture Graphviz cannot open: Drawing warns of every picture
	// (image, shapefile, <IMG>), which it does not draw.
	saidImage = lazyre.New(`^(No such file or directory while opening |No or improper (image|image file|shapefile)=)`)
	// An HTML-like label Graphviz's grammar does not take: the line it
	// names is the label's, the text between the dots is where in it.
	saidLabel = lazyre.New(`^(?:Error: )?syntax error in line \d+ \.\.\. (.+?) \.\.\. in label of `)
)

// saidAt is where in src a message of Graphviz's is about, when it tells:
// the part of an HTML-like label it could not read, the line it names, or
// the port it does not know.
func saidAt(src []byte, msg string) spec.Pos {
	if m := saidLabel().FindStringSubmatch(msg); m != nil {
		// Where the part quoted is written once; written in several
		// labels, it could be another object's.
		if at := strings.Index(string(src), m[1]); at >= 0 && strings.Count(string(src), m[1]) == 1 {
			return spec.OffsetPos(string(src), at)
		}
		return spec.Pos{}
	}
	if m := saidLine().FindStringSubmatch(msg); m != nil {
		n, _ := strconv.Atoi(m[1])
		return spec.Pos{Line: n}
	}
	m := saidPort().FindStringSubmatch(msg)
	if m == nil {
		return spec.Pos{}
	}
	at := regexp.MustCompile(regexp.QuoteMeta(m[1]) + `"?\s*:\s*"?(` + regexp.QuoteMeta(m[2]) + `)\b`).FindSubmatchIndex(src)
	if at == nil {
		return spec.Pos{}
	}
	return spec.OffsetPos(string(src), at[2])
}
