package dotin

import (
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"

	"github.com/sketchdeck/sketchdeck/internal/spec"
)

// pending is a warning before it is placed in the source: it is about
// the first place where key is set to value, or, with at set, the first
// match of at's first group.
type pending struct {
	key, value, msg string
	at              *regexp.Regexp
}

// warn notes a warning about key = value once per message.
func (c *conv) warn(key, value, format string, args ...any) {
	msg := fmt.Sprintf(format, args...)
	for _, p := range c.warnings {
		if p.msg == msg {
			return
		}
	}
	c.warnings = append(c.warnings, pending{key: key, value: value, msg: msg})
}

// placed are the warnings with the file, line and column of the place the
// DOT text sets key = value (quoted or not), where it can be found.
func placed(file string, src []byte, ws []pending) []spec.Warning {
	var out []spec.Warning
	for _, w := range ws {
		pos := locate(src, w.key, w.value)
		if w.at != nil {
			pos = spec.Pos{}
			if m := w.at.FindSubmatchIndex(src); m != nil {
				pos = spec.OffsetPos(string(src), m[2])
			}
		}
		out = append(out, spec.Warning{File: file, Pos: pos, Msg: w.msg})
	}
	return out
}

// locate finds the value of the first key = value in src, case aside.
func locate(src []byte, key, value string) spec.Pos {
	re, err := regexp.Compile(`(?i)\b` + regexp.QuoteMeta(key) + `\s*=\s*"?(` + regexp.QuoteMeta(value) + `)` + wordEnd(value))
	if err != nil {
		return spec.Pos{}
	}
	m := re.FindSubmatchIndex(src)
	if m == nil {
		return spec.Pos{}
	}
	return spec.OffsetPos(string(src), m[2])
}

// wordEnd is the word boundary that ends a match of value: none when
// value ends in a character that is not a word character (an arrow "(",
// a style ")"), which \b after it would find only before a letter.
func wordEnd(value string) string {
	if value != "" && !isWordByte(value[len(value)-1]) {
		return ""
	}
	return `\b`
}

// isWordByte tells an ASCII word character, as regexp's \b reads them.
func isWordByte(b byte) bool {
	return b == '_' || b >= '0' && b <= '9' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z'
}

// sized reads a number attribute that becomes the style number key
// (fontsize as font_size, penwidth as stroke_width): one outside what a
// diagram may say is drawn at the nearest bound, with a warning placed at
// the attribute, rather than failing later at a line of the generated
// TOML that the user never wrote.
func (c *conv) sized(a attrs, attr, key string, def float64) float64 {
	v := a.num(attr, def)
	if math.IsNaN(v) || math.IsInf(v, 0) {
		c.warn(attr, strings.TrimSpace(a[attr]), "%s %s is not a number: drawn as %s", attr, strings.TrimSpace(a[attr]), formatNum(def))
		return def
	}
	r, ok := spec.StyleRange(key)
	if !ok {
		return v
	}
	if err := r.Check(key, v); err != nil {
		bound := min(max(v, r.Min), r.Max)
		if bound == 0 { // 0 is "the theme's" in a diagram: Graphviz's default instead
			bound = def
		}
		c.warn(attr, strings.TrimSpace(a[attr]), "%s %s is out of range (%v): drawn as %s", attr, strings.TrimSpace(a[attr]), err, formatNum(bound))
		return bound
	}
	return v
}

func formatNum(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }
