package i18n

import (
	"strconv"
	"strings"

	"github.com/sketchdeck/sketchdeck/gen/spec"
)

// positions maps key paths (segments joined by NUL, since catalog keys
// hold dots) to where they are written. The TOML decoder keeps positions
// private, so this light scanner reads them off a source the decoder has
// already accepted.
type positions map[string]spec.Pos

// at is the position of the key path, or of its closest written ancestor.
func (p positions) at(segs ...string) spec.Pos {
	for n := len(segs); n > 0; n-- {
		if pos, ok := p[strings.Join(segs[:n], "\x00")]; ok {
			return pos
		}
	}
	return spec.Pos{}
}

func locate(src string) positions {
	p := positions{}
	lines := strings.Split(src, "\n")
	var table []string
	for i := 0; i < len(lines); i++ {
		raw := lines[i]
		s := strings.TrimLeft(raw, " \t")
		at := spec.Pos{Line: i + 1, Col: len(raw) - len(s) + 1}
		switch {
		case s == "" || s[0] == '#':
			continue
		case s[0] == '[':
			name := strings.TrimLeft(s, "[")
			if j := strings.Index(name, "]"); j >= 0 {
				name = name[:j]
			}
			table = splitDotted(name)
			p[strings.Join(table, "\x00")] = at
			continue
		}
		eq := keyEnd(s)
		if eq < 0 {
			continue
		}
		segs := append(append([]string(nil), table...), splitDotted(s[:eq])...)
		p[strings.Join(segs, "\x00")] = at
		i = skipMultiline(lines, i, strings.TrimSpace(s[eq+1:]))
	}
	return p
}

// keyEnd is the index of the '=' ending the key of line s, or -1.
func keyEnd(s string) int {
	for c := 0; c < len(s); c++ {
		switch s[c] {
		case '"', '\'':
			c = skipString(s, c)
		case '=':
			return c
		}
	}
	return -1
}

// skipMultiline returns the last line of a value starting at line i.
func skipMultiline(lines []string, i int, rest string) int {
	for _, q := range []string{`"""`, `'''`} {
		if !strings.HasPrefix(rest, q) {
			continue
		}
		if strings.Contains(rest[3:], q) {
			return i
		}
		for j := i + 1; j < len(lines); j++ {
			if strings.Contains(lines[j], q) {
				return j
			}
		}
		return len(lines) - 1
	}
	return i
}

// splitDotted splits a dotted key into its parts, unquoting quoted parts.
func splitDotted(s string) []string {
	var parts []string
	var cur strings.Builder
	for c := 0; c < len(s); c++ {
		switch ch := s[c]; ch {
		case '"', '\'':
			end := min(skipString(s, c), len(s))
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
