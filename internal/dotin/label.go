package dotin

import (
	"html"
	"strings"

	"github.com/sketchdeck/sketchdeck/internal/lazyre"
)

// text is a label's words as sketchdeck draws them: Graphviz's escapes
// expanded (\N the node's name, \G the graph's, \E the edge's, \T and \H
// its ends; \n, \l and \r break lines) and an HTML-like label reduced to
// its text, a <br/> or a table row breaking lines.
func text(label string, names map[byte]string) string {
	if isHTML(label) {
		return htmlText(label)
	}
	var b strings.Builder
	for i := 0; i < len(label); i++ {
		c := label[i]
		if c != '\\' || i+1 == len(label) {
			b.WriteByte(c)
			continue
		}
		i++
		switch e := label[i]; e {
		case 'n', 'l', 'r':
			if i+1 < len(label) { // a trailing break is no line
				b.WriteByte('\n')
			}
		case 'N', 'G', 'E', 'T', 'H':
			b.WriteString(names[e])
		default:
			b.WriteByte(e)
		}
	}
	return strings.TrimRight(b.String(), "\n")
}

// isHTML tells an HTML-like label: Graphviz's json0 output writes it
// without its outer <…>, so a tag or an entity in it tells.
func isHTML(label string) bool {
	return htmlTag().MatchString(label) || htmlEntity().MatchString(label)
}

var (
	htmlTag    = lazyre.New(`(?i)<\s*/?\s*(b|i|u|s|o|br|hr|vr|table|tr|td|font|sub|sup|img)\b[^>]*>`)
	htmlEntity = lazyre.New(`&(#[0-9]+|#x[0-9a-fA-F]+|[a-zA-Z]+);`)
	breakTag   = lazyre.New(`(?i)<\s*(br|/tr|hr)\b[^>]*>`)
	cellTag    = lazyre.New(`(?i)<\s*/td\s*>`)
	anyTag     = lazyre.New(`<[^>]*>`)
)

func htmlText(label string) string {
	s := label
	if strings.HasPrefix(s, "<") && strings.HasSuffix(s, ">") && !htmlTag().MatchString(s[:strings.IndexByte(s, '>')+1]) {
		s = s[1 : len(s)-1]
	}
	s = breakTag().ReplaceAllString(s, "\n")
	s = cellTag().ReplaceAllString(s, " ")
	s = anyTag().ReplaceAllString(s, "")
	s = html.UnescapeString(s)
	var lines []string
	for _, l := range strings.Split(s, "\n") {
		if l = strings.Join(strings.Fields(l), " "); l != "" {
			lines = append(lines, l)
		}
	}
	return strings.Join(lines, "\n")
}

// recordFields are a record label's fields in Graphviz's order, nesting
// ({…}) flattened and ports (<p>) dropped, each with its escapes expanded.
func recordFields(label string, names map[byte]string) []string {
	var fields []string
	var cur strings.Builder
	inPort, pending := false, true
	emit := func() {
		fields = append(fields, strings.TrimSpace(text(cur.String(), names)))
		cur.Reset()
		pending = false
	}
	for i := 0; i < len(label); i++ {
		c := label[i]
		switch {
		case c == '\\' && i+1 < len(label):
			if !inPort {
				if strings.IndexByte("{}|<> ", label[i+1]) < 0 {
					cur.WriteByte(c)
				}
				cur.WriteByte(label[i+1])
			}
			i++
		case inPort:
			inPort = c != '>'
		case c == '<':
			inPort = true
		case c == '{':
			cur.Reset()
			pending = true
		case c == '}':
			if pending {
				emit()
			}
		case c == '|':
			if pending {
				emit()
			}
			pending = true
		default:
			cur.WriteByte(c)
		}
	}
	if pending {
		emit()
	}
	return fields
}
