package outline

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sketchdeck/sketchdeck/internal/lazyre"
	"github.com/sketchdeck/sketchdeck/internal/spec"
)

// Is reports whether file is a Markdown outline (".md", so also
// ".mindmap.md") rather than a TOML diagram.
func Is(file string) bool { return strings.HasSuffix(strings.ToLower(file), ".md") }

// Decode reads a Markdown outline into a mind map diagram. file names it in
// errors and gives the output name. The error, if any, is a spec.ErrorList.
func Decode(file string, data []byte) (*spec.Diagram, error) {
	var errs spec.ErrorList
	if len(data) > spec.MaxSource {
		errs.Add(file, spec.Pos{}, "", "source is %d bytes; the limit is %d bytes (%d MiB)", len(data), spec.MaxSource, spec.MaxSource>>20)
		return nil, errs.Err()
	}
	if errs := checkBytes(file, data); len(errs) > 0 {
		return nil, errs.Err()
	}
	lines := strings.Split(strings.ReplaceAll(string(data), "\r\n", "\n"), "\n")
	front, body, start := frontMatter(lines)
	if start < 0 {
		errs.Add(file, spec.Pos{Line: 1, Col: 1}, "", "front matter opened with +++ is never closed: end it with a +++ line")
		return nil, errs.Err()
	}
	tops := parse(body, start+1)
	return spec.DecodeFront(file, []byte(strings.Join(front, "\n")), 2, spec.KindMindmap, func(d *spec.Diagram) spec.ErrorList {
		return fill(d, tops, start+1)
	})
}

// checkBytes reports invalid UTF-8 and control characters (tab and line
// ends aside) at their line and column, as the TOML decoder does for a
// diagram: silently drawn as U+FFFD or passed on to the SVG, they would
// hide a file saved in the wrong encoding or a stray escape sequence.
func checkBytes(file string, data []byte) spec.ErrorList {
	var errs spec.ErrorList
	line, start := 1, 0 // start: offset of the line's first byte
	for i := 0; i < len(data) && len(errs) <= spec.MaxErrors; {
		r, size := utf8.DecodeRune(data[i:])
		at := spec.Pos{Line: line, Col: i - start + 1}
		switch {
		case r == utf8.RuneError && size == 1:
			errs.Add(file, at, "", "invalid UTF-8 byte 0x%02x: save the file as UTF-8", data[i])
		case r == '\n':
			line, start = line+1, i+1
		case r == '\t', r == '\r' && i+1 < len(data) && data[i+1] == '\n':
		case unicode.IsControl(r):
			errs.Add(file, at, "", "control character %U is not allowed in a Markdown outline", r)
		}
		i += size
	}
	return errs
}

// frontMatter splits off the TOML between a first "+++" line and the next:
// it returns the front matter's lines, the body's lines and the 0-based
// index of the body's first line (-1 when the front matter is not closed).
func frontMatter(lines []string) (front, body []string, start int) {
	if len(lines) == 0 || strings.TrimSpace(lines[0]) != "+++" {
		return nil, lines, 0
	}
	for i := 1; i < len(lines); i++ {
		if strings.TrimSpace(lines[i]) == "+++" {
			return lines[1:i], lines[i+1:], i + 1
		}
	}
	return nil, nil, -1
}

// fill puts the outline into the diagram: a lone top-level topic is the
// centre unless the front matter names one; every other topic is a branch.
// first is the body's first line, where a missing centre is reported.
func fill(d *spec.Diagram, tops []spec.Topic, first int) spec.ErrorList {
	var errs spec.ErrorList
	if d.Kind != spec.KindMindmap {
		errs.Add(d.File, d.At("kind"), "", "a Markdown outline is a mind map: kind must be \"mindmap\", not %q", d.Kind)
	}
	m := &d.Mindmap
	if m.Topic == "" && len(tops) == 1 {
		m.Topic = tops[0].Topic
		tops = tops[0].Branches
	}
	m.Branches = append(m.Branches, tops...)
	switch {
	case m.Topic != "":
	case len(tops) == 0:
		errs.Add(d.File, spec.Pos{Line: first, Col: 1}, "", "the outline is empty: write a \"# central topic\" heading and bullets under it")
	default:
		errs.Add(d.File, spec.Pos{Line: first, Col: 1}, "", "the outline has several top-level topics: start it with one \"# central topic\" heading, or set topic under [mindmap] in the front matter")
	}
	return errs
}

var (
	heading = lazyre.New(`^(#{1,6})[ \t]+(.*?)[ \t#]*$`)
	bullet  = lazyre.New(`^([ \t]*)([-*+]|\d{1,9}[.)])[ \t]+(.*)$`)
	fence   = lazyre.New("^[ \t]*(```|~~~)")
)

// item is one heading or bullet: its nesting level and its topic.
type item struct {
	level int
	topic *spec.Topic
}

// parse reads the body's headings and bullets into a forest of topics.
// Headings nest by their level; bullets nest by indentation under the last
// heading; a line that continues a bullet is joined to it.
func parse(lines []string, first int) []spec.Topic {
	root := &spec.Topic{}
	stack := []item{{level: -1, topic: root}}
	inFence := false
	var last *spec.Topic
	var more []string // lines continuing last, joined to it once it ends
	for i, raw := range lines {
		line, pos := strings.TrimRight(raw, " \t"), spec.Pos{Line: first + i}
		if fence().MatchString(line) {
			inFence = !inFence
			continue
		}
		if inFence || strings.TrimSpace(line) == "" || strings.HasPrefix(strings.TrimSpace(line), "<!--") {
			more, last = finish(last, more), nil
			continue
		}
		var level int
		var text string
		if m := heading().FindStringSubmatchIndex(line); m != nil {
			level, text, pos.Col = m[3]-m[2], line[m[4]:m[5]], m[4]+1
		} else if m := bullet().FindStringSubmatchIndex(line); m != nil {
			level, text, pos.Col = 10+indent(line[m[2]:m[3]]), line[m[6]:m[7]], m[6]+1
		} else if last != nil {
			more = append(more, inline(strings.TrimSpace(line)))
			continue
		} else {
			level, text, pos.Col = 10, strings.TrimSpace(line), len(line)-len(strings.TrimLeft(line, " \t"))+1
		}
		more = finish(last, more) // now: appending a topic below may move last
		for len(stack) > 1 && stack[len(stack)-1].level >= level {
			stack = stack[:len(stack)-1]
		}
		parent := stack[len(stack)-1].topic
		parent.Branches = append(parent.Branches, spec.Topic{Topic: inline(text), P: pos})
		last = &parent.Branches[len(parent.Branches)-1]
		stack = append(stack, item{level: level, topic: last})
	}
	finish(last, more)
	return root.Branches
}

// finish joins the lines that continue t to it and returns more emptied.
// Joining them one by one would copy the topic once per line.
func finish(t *spec.Topic, more []string) []string {
	if t != nil && len(more) > 0 {
		t.Topic += " " + strings.Join(more, " ")
	}
	return more[:0]
}

// indent is a bullet's indentation in columns, a tab counting as four.
func indent(s string) int {
	n := 0
	for _, r := range s {
		if r == '\t' {
			n += 4 - n%4
			continue
		}
		n++
	}
	return n
}

var (
	link     = lazyre.New(`!?\[([^\]]*)\]\([^)]*\)`)
	emphasis = lazyre.New("(\\*\\*|__|\\*|_|`|~~)([^*_`~]+?)(\\*\\*|__|\\*|_|`|~~)")
)

// inline drops Markdown's inline markup, keeping the words: links become
// their text, emphasis and code their content.
func inline(s string) string {
	s = link().ReplaceAllString(s, "$1")
	for range 3 {
		s = emphasis().ReplaceAllStringFunc(s, func(m string) string {
			sub := emphasis().FindStringSubmatch(m)
			if sub[1] != sub[3] {
				return m
			}
			return sub[2]
		})
	}
	return strings.TrimSpace(s)
}
