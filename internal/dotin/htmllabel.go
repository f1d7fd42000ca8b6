package dotin

import (
	"encoding/xml"
	"errors"
	"io"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/sketchdeck/sketchdeck/internal/spec"
)

// HTMLError is the error of an HTML-like label in file's DOT text src that
// Graphviz cannot read, where it goes wrong; nil when every one reads.
// Graphviz reports such a label as an error and draws the graph without
// it, but the WebAssembly Graphviz tells nobody, and the installed dot's
// message names a line of the label, not of the file: so a graph file is
// checked before Graphviz lays it out. A file that is not UTF-8 (Latin-1,
// which Graphviz reads by its charset) is left to Graphviz.
func HTMLError(file string, src []byte) error {
	if !utf8.Valid(src) {
		return nil
	}
	at, why, ok := unreadableHTML(string(src))
	if !ok {
		return nil
	}
	var errs spec.ErrorList
	errs.Add(file, spec.OffsetPos(string(src), at), "", "Graphviz cannot read this HTML-like label: %s "+
		"(each tag is closed by its own, in order; attribute values are quoted; & starts an entity such as &amp;)", why)
	return errs.Err()
}

// undrawnLabel is the error of the first HTML-like label of file's DOT
// text src that has words but that Graphviz drew nothing for (its output
// has no _ldraw_ operations for it): one whose XML reads (HTMLError) but
// whose tags Graphviz's grammar of them does not take, such as a <TD>
// outside a <TR>, or a tag it does not have. Graphviz reports it as an
// error, which the WebAssembly Graphviz tells nobody, and draws the object
// without its label. nil when every such label is drawn.
func (c *conv) undrawnLabel(file string, src []byte) error {
	first := -1
	for _, o := range c.objects() {
		label := o.a["label"]
		st := styleOf(o.a)
		if o.a["_ldraw_"] != "" || st["invis"] || st["invisible"] || htmlText(label) == "" || !c.drawsLabel(o) {
			continue
		}
		if at, ok := labelAt(src, label); ok && (first < 0 || at < first) {
			first = at
		}
	}
	if first < 0 {
		return nil
	}
	var errs spec.ErrorList
	errs.Add(file, spec.OffsetPos(string(src), first), "", "Graphviz cannot read this HTML-like label and draws nothing for it "+labelTags)
	return errs.Err()
}

// drawsLabel reports whether Graphviz draws o's label at all, readable
// or not: not on a point-shaped node, nor on an edge or a cluster when the
// patchwork layout lays the graph out, which draws neither edges nor
// clusters' labels.
func (c *conv) drawsLabel(o object) bool {
	if strings.EqualFold(o.a["shape"], "point") {
		return false
	}
	if strings.EqualFold(c.g.graph["layout"], "patchwork") {
		return o.what == "graph" || strings.HasPrefix(o.what, "node ")
	}
	return true
}

// labelTags says how Graphviz's tags of HTML-like labels go together.
const labelTags = "(its tags: a TABLE holds TRs, a TR holds TDs, a TD holds text, an IMG or one TABLE; text has B, I, U, O, S, SUB, SUP, FONT and BR)"

// labelAt is the offset in src of the text of the HTML-like label label:
// between label=< and >; ok is false when src writes it otherwise (a
// quoted label is no HTML-like one).
func labelAt(src []byte, label string) (at int, ok bool) {
	m := regexp.MustCompile(`(?i)\blabel\s*=\s*<(` + regexp.QuoteMeta(label) + `)>`).FindSubmatchIndex(src)
	if m == nil {
		return 0, false
	}
	return m[2], true
}

// unreadableHTML finds the first HTML-like string of src (a value written
// <…>) that Graphviz's reader of them cannot read, because it is no
// well-formed XML: a tag closed by another (<b>x</i>), one never closed, an
// attribute value without quotes, an & that starts no entity. It gives the
// offset in src where the string goes wrong, and why; ok is false when
// every such string reads. Graphviz reports such a string as an error and
// draws the graph without it.
func unreadableHTML(src string) (at int, why string, ok bool) {
	for _, span := range htmlStrings(src) {
		body := src[span[0]:span[1]]
		if off, why, bad := checkHTML(body); bad {
			return span[0] + off, why, true
		}
	}
	return 0, "", false
}

// htmlStrings are the [start, end) offsets of the text inside each
// HTML-like string of src, outside comments and quoted strings.
func htmlStrings(src string) [][2]int {
	var out [][2]int
	lineStart := true
	for i := 0; i < len(src); i++ {
		c := src[i]
		if c == '\n' {
			lineStart = true
			continue
		}
		j := skipOver(src, i, lineStart)
		if j < 0 {
			return out // it does not end: the DOT reader says so
		}
		if j != i {
			if c == '<' {
				out = append(out, [2]int{i + 1, j - 1})
			}
			i, lineStart = j-1, false
			continue
		}
		if c != ' ' && c != '\t' && c != '\r' {
			lineStart = false
		}
	}
	return out
}

// checkHTML reads body, an HTML-like string without its outer <…>, as
// Graphviz's reader does (XML inside one element, with HTML 4's named
// entities, which Graphviz knows too), and gives the offset in body where
// it goes wrong and why.
func checkHTML(body string) (off int, why string, bad bool) {
	const open, close = "<HTML>", "</HTML>"
	text := open + body + close
	dec := xml.NewDecoder(strings.NewReader(text))
	dec.Strict = true
	dec.Entity = xml.HTMLEntity
	for {
		before := int(dec.InputOffset())
		_, err := dec.Token()
		if errors.Is(err, io.EOF) {
			return 0, "", false
		}
		if err == nil {
			continue
		}
		why = err.Error()
		var syn *xml.SyntaxError
		if errors.As(err, &syn) {
			why = syn.Msg
		}
		at := before // the token that goes wrong starts there
		if strings.Contains(why, "entity") {
			// In a text: the last & read, which starts the entity.
			if amp := strings.LastIndexByte(text[:min(int(dec.InputOffset()), len(text))], '&'); amp >= before {
				at = amp
			}
		}
		// The element around the label is this function's own.
		if tag, ok := strings.CutSuffix(why, " closed by "+close); ok {
			why = tag + " is not closed"
		} else if end, ok := strings.CutPrefix(why, "element <HTML> closed by "); ok {
			why = end + " closes no element"
		}
		return min(max(at-len(open), 0), len(body)), why, true
	}
}
