package dotin

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// The style keywords Graphviz draws, by what they are of; it leaves any
// other out ("unsupported style").
var (
	nodeStyles    = []string{"bold", "dashed", "diagonals", "dotted", "filled", "invis", "invisible", "radial", "rounded", "setlinewidth", "solid", "striped", "unfilled", "wedged"}
	edgeStyles    = []string{"bold", "dashed", "dotted", "invis", "invisible", "setlinewidth", "solid", "tapered"}
	clusterStyles = []string{"bold", "dashed", "dotted", "filled", "invis", "invisible", "radial", "rounded", "setlinewidth", "solid", "striped", "unfilled"}
)

// styleNotes warns about each style keyword of an object that Graphviz
// leaves out: one it does not know for what, or striped on a node that is
// no box, wedged on one that is no ellipse. what names the object; known
// are its kind's keywords; shape is a node's shape ("" for an edge or a
// cluster).
func (c *conv) styleNotes(what string, a attrs, known []string, shape string) {
	for _, f := range strings.Split(a["style"], ",") {
		word := strings.ToLower(strings.TrimSpace(f))
		if i := strings.IndexByte(word, '('); i >= 0 {
			word = strings.TrimSpace(word[:i])
		}
		if word == "" {
			continue
		}
		var msg string
		switch {
		case !slices.Contains(known, word):
			msg = fmt.Sprintf("%s: style %s is not one Graphviz draws: drawn without it (the styles: %s)", what, strconv.Quote(word), strings.Join(known, ", "))
		case word == "striped" && shape != "" && kinds[shape] != "rect":
			msg = fmt.Sprintf("%s: style \"striped\" is drawn on boxes only: the %s is drawn without it, as Graphviz draws it", what, shape)
		case word == "wedged" && shape != "" && kinds[shape] != "ellipse":
			msg = fmt.Sprintf("%s: style \"wedged\" is drawn on ellipses only: the %s is drawn without it, as Graphviz draws it", what, shape)
		default:
			continue
		}
		c.warnAt(styleWord(word), msg)
	}
}

// styleWord finds a keyword in a style attribute's value.
func styleWord(word string) *regexp.Regexp {
	start := `\b`
	if !isWordByte(word[0]) {
		start = ""
	}
	return regexp.MustCompile(`(?i)\bstyle\s*=\s*"?[^"\]\n;]*?` + start + `(` + regexp.QuoteMeta(word) + `)` + wordEnd(word))
}

// warnAt notes a warning placed at the first match of at's first group,
// once per message.
func (c *conv) warnAt(at *regexp.Regexp, msg string) {
	for _, p := range c.warnings {
		if p.msg == msg {
			return
		}
	}
	c.warnings = append(c.warnings, pending{msg: msg, at: at})
}

// Graphviz's arrow names, as it reads them: a shape is modifiers (o, l, r,
// e, half) and a name, or the synonym invempty; an arrow is up to four
// shapes, one after the other (lteeoldiamond). "pen" and "mpty" are the
// ends of "open" and "empty" read as o+pen and e+mpty.
var (
	arrowMods  = []string{"o", "r", "l", "e", "half"}
	arrowNames = []string{"normal", "crow", "tee", "box", "diamond", "dot", "none", "inv", "vee", "pen", "mpty", "curve", "icurve"}
)

// unknownArrow is the part of an arrow name that Graphviz does not read
// (it keeps the shapes before it), "" when it reads it all.
func unknownArrow(name string) string {
	rest := name
	for n := 0; rest != "" && n < 4; n++ {
		if r, ok := strings.CutPrefix(rest, "invempty"); ok {
			rest = r
			continue
		}
		start, matched := rest, false
		for again := true; again; {
			again = false
			for _, m := range arrowMods {
				if r, ok := strings.CutPrefix(rest, m); ok {
					rest, matched, again = r, true, true
					break
				}
			}
		}
		for _, nm := range arrowNames {
			if r, ok := strings.CutPrefix(rest, nm); ok {
				rest, matched = r, true
				break
			}
		}
		if !matched {
			return start
		}
	}
	return ""
}

// arrowNotes warns about an edge's arrowhead and arrowtail that Graphviz
// does not read whole.
func (c *conv) arrowNotes(what string, a attrs) {
	for _, key := range []string{"arrowhead", "arrowtail"} {
		v := a[key]
		bad := unknownArrow(v)
		if bad == "" {
			continue
		}
		drawn := strings.TrimSuffix(v, bad)
		if drawn == "" {
			drawn = "normal"
		}
		c.warn(key, v, "%s: %s %s: Graphviz reads no arrow in %s and leaves it out: drawn as %s (the arrows: %s, and these with o, l or r in front)",
			what, key, strconv.Quote(v), strconv.Quote(bad), strconv.Quote(drawn), strings.Join(arrowShown, ", "))
	}
}

// arrowShown are Graphviz's arrow shapes, for messages.
var arrowShown = []string{"box", "crow", "curve", "diamond", "dot", "icurve", "inv", "none", "normal", "tee", "vee"}
