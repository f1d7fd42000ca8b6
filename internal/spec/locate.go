package spec

import (
	"strconv"
	"strings"
)

// positions maps key paths ("nodes[2].shape") to where they are written.
// The TOML decoder keeps key positions private, so this light scanner reads
// them off the source. Its positions are right for a source the decoder
// accepts; it reads any other text without failing, as it may run while
// the decoder reads the same source (locateAside).
type positions map[string]Pos

// at returns the position of path, or of its closest written ancestor.
func (p positions) at(path string) Pos {
	for path != "" {
		if pos, ok := p[path]; ok {
			return pos
		}
		i := strings.LastIndexAny(path, ".[")
		if i < 0 {
			break
		}
		path = path[:i]
	}
	return Pos{}
}

// elem is at(section+"["+i+"]") for an element of an array of tables
// ("nodes[3]"), spelled in buf, which it returns for the next: a large
// graph's nodes and edges are looked up without making a string each.
func (p positions) elem(buf []byte, section string, i int) (Pos, []byte) {
	buf = append(append(buf[:0], section...), '[')
	buf = append(strconv.AppendInt(buf, int64(i), 10), ']')
	if pos, ok := p[string(buf)]; ok {
		return pos, buf
	}
	return p.at(string(buf)), buf
}

type locator struct {
	pos     positions
	lastIdx map[string]int
	table   string
	lines   []string
	// buf is where record spells a path's index-free form to look it up.
	buf []byte
}

func locate(src string) positions {
	lines := strings.Split(src, "\n")
	// Nearly every line of a diagram writes one key or table header: a map
	// sized for them is not grown and rehashed along the way.
	l := &locator{pos: make(positions, len(lines)+8), lastIdx: map[string]int{}, lines: lines}
	for i := 0; i < len(l.lines); i++ {
		i = l.line(i)
	}
	return l.pos
}

// line reads line i and returns the index of the last line it consumed.
func (l *locator) line(i int) int {
	raw := l.lines[i]
	s := strings.TrimLeft(raw, " \t")
	col := len(raw) - len(s) + 1
	switch {
	case s == "" || s[0] == '#':
		return i
	case strings.HasPrefix(s, "[["):
		name := headerName(s[2:], "]]")
		l.table = l.resolve(name, true)
		l.record(l.table, Pos{i + 1, col})
		return i
	case s[0] == '[':
		l.table = l.resolve(headerName(s[1:], "]"), false)
		l.record(l.table, Pos{i + 1, col})
		return i
	}
	key, rest, ok := splitKey(s)
	if !ok {
		return i
	}
	path := join(l.table, key)
	l.record(path, Pos{i + 1, col})
	return l.value(path, rest, i)
}

// value skips a value that may span lines and records inline tables
// written as elements of an array ("nodes = [{id = "a"}, ...]").
func (l *locator) value(path, rest string, i int) int {
	if strings.HasPrefix(rest, `"""`) || strings.HasPrefix(rest, `'''`) {
		q := rest[:3]
		if strings.Contains(rest[3:], q) {
			return i
		}
		for j := i + 1; j < len(l.lines); j++ {
			if strings.Contains(l.lines[j], q) {
				return j
			}
		}
		return len(l.lines) - 1
	}
	if !strings.HasPrefix(rest, "[") {
		return i
	}
	depth, elem := 0, 0
	for j := i; j < len(l.lines); j++ {
		text := l.lines[j]
		start := 0
		if j == i {
			start = len(text) - len(rest)
		}
		for c := start; c < len(text); c++ {
			switch text[c] {
			case '"', '\'':
				c = skipString(text, c)
			case '#':
				c = len(text)
			case '[', '{':
				if depth == 1 && text[c] == '{' {
					l.pos[path+"["+strconv.Itoa(elem)+"]"] = Pos{j + 1, c + 1}
					elem++
				}
				depth++
			case ']', '}':
				depth--
				if depth == 0 {
					return j
				}
			}
		}
	}
	return len(l.lines) - 1
}

// firstMark prefixes the index-free form of a path, under which record
// keeps its earliest position, so that first is a lookup, not a scan.
const firstMark = "\x00"

// record notes where path is written, and where its index-free form
// ("nodes.shape" for "nodes[3].shape") is first written. The index-free
// form is spelled in a buffer to be looked up, and made a string only the
// first time it is written.
func (l *locator) record(path string, at Pos) {
	l.pos[path] = at
	l.buf = appendStripped(append(l.buf[:0], firstMark...), path)
	if _, seen := l.pos[string(l.buf)]; !seen {
		l.pos[string(l.buf)] = at
	}
}

func (l *locator) resolve(name string, isArray bool) string {
	var segs []string
	if plainKey(name) {
		segs = []string{name}
	} else {
		segs = splitDotted(name)
	}
	path := ""
	for k, seg := range segs {
		path = join(path, seg)
		last := k == len(segs)-1
		if last && isArray {
			idx, seen := l.lastIdx[path]
			if seen {
				idx++
			}
			l.lastIdx[path] = idx
			return path + "[" + strconv.Itoa(idx) + "]"
		}
		if idx, ok := l.lastIdx[path]; ok {
			path += "[" + strconv.Itoa(idx) + "]"
		}
	}
	return path
}

func join(table, key string) string {
	if table == "" {
		return key
	}
	return table + "." + key
}

func headerName(s, closer string) string {
	if i := strings.Index(s, closer); i >= 0 {
		s = s[:i]
	}
	return strings.TrimSpace(s)
}

// splitKey splits "key = value" and returns the dotted key, unquoted.
func splitKey(s string) (key, rest string, ok bool) {
	for c := 0; c < len(s); c++ {
		switch s[c] {
		case '"', '\'':
			c = skipString(s, c)
		case '=':
			k := strings.TrimSpace(s[:c])
			if !plainKey(k) {
				k = strings.Join(splitDotted(k), ".")
			}
			return k, strings.TrimSpace(s[c+1:]), k != ""
		}
	}
	return "", "", false
}

// plainKey reports whether k, with no space around it, is one bare key
// (letters, digits, "_" and "-"), which splitDotted would return as it is.
func plainKey(k string) bool {
	for i := 0; i < len(k); i++ {
		switch c := k[i]; {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9', c == '_', c == '-':
		default:
			return false
		}
	}
	return true
}

// splitDotted splits a dotted key into its parts, unquoting quoted parts.
func splitDotted(s string) []string {
	var parts []string
	var cur strings.Builder
	for c := 0; c < len(s); c++ {
		switch ch := s[c]; ch {
		case '"', '\'':
			end := skipString(s, c)
			if end >= len(s) {
				end = len(s) - 1
			}
			inner := s[c+1 : max(end, c+1)]
			if ch == '"' {
				if u, err := strconv.Unquote(`"` + inner + `"`); err == nil {
					inner = u
				}
			}
			cur.WriteString(inner)
			c = end
		case '.':
			parts = append(parts, strings.TrimSpace(cur.String()))
			cur.Reset()
		default:
			cur.WriteByte(ch)
		}
	}
	return append(parts, strings.TrimSpace(cur.String()))
}

// skipString returns the index of the quote closing the string at s[c].
func skipString(s string, c int) int {
	q := s[c]
	for j := c + 1; j < len(s); j++ {
		if q == '"' && s[j] == '\\' {
			j++
			continue
		}
		if s[j] == q {
			return j
		}
	}
	return len(s)
}

// Positions maps the key paths of a TOML source to where they are
// written, for front ends beside spec (catalogs) that report positions too.
type Positions struct{ p positions }

// Locate reads key positions off a TOML source the decoder has accepted.
// Paths join keys with "." (quoted keys unquoted) and array elements with
// "[i]", as in "nodes[2].shape".
func Locate(src string) Positions { return Positions{locate(src)} }

// At is the position of path, or of its closest written ancestor.
func (p Positions) At(path string) Pos { return p.p.at(path) }

// First is where path is first written, whatever array indices it was
// written under ("x" for "[[x]]" finds "x[0]").
func (p Positions) First(path string) Pos { return p.p[firstMark+stripIndices(path)] }
