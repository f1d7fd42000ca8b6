package spec

// MaxNesting is how deep a TOML source may nest: arrays and tables open at
// once, or the parts of one dotted key or table header. A mind map 20
// levels deep written as inline tables needs about 45. The TOML decoder's
// cost grows with the square of the depth (a 20 KB key of 10 000 dotted
// parts took 2.5 s, 1 MiB of nested inline tables hours), so the bound is
// checked before decoding.
const MaxNesting = 100

// CheckNesting reports where src first nests deeper than MaxNesting, as a
// one-entry ErrorList, or nil. It reads just enough TOML to skip strings
// and comments; a source it misreads is malformed, which the decoder then
// reports.
func CheckNesting(file, src string) error {
	line, start := 1, 0 // the current line and the offset it starts at
	depth, parts := 0, 1
	for i := 0; i < len(src); i++ {
		switch src[i] {
		case '\n':
			line, start, parts = line+1, i+1, 1
		case '#':
			for i+1 < len(src) && src[i+1] != '\n' {
				i++
			}
		case '"', '\'':
			end, lines, last := skipTOMLString(src, i)
			if lines > 0 {
				line, start = line+lines, last
			}
			i = end
		case '[', '{':
			depth, parts = depth+1, 1
			if depth > MaxNesting {
				return nestingError(file, line, i-start+1, "arrays and tables nest more than %d deep; the limit is %d")
			}
		case ']', '}':
			depth = max(depth-1, 0)
		case '=', ',':
			parts = 1
		case '.':
			parts++
			if parts > MaxNesting {
				return nestingError(file, line, i-start+1, "a dotted key has more than %d parts; the limit is %d")
			}
		}
	}
	return nil
}

func nestingError(file string, line, col int, format string) error {
	var errs ErrorList
	errs.Add(file, Pos{Line: line, Col: col}, "", format, MaxNesting, MaxNesting)
	return errs.Err()
}

// skipTOMLString skips the string (basic, literal, or either multi-line)
// opening at src[i]. It returns the index of its last byte, how many
// newlines it holds and the offset just after the last of them.
func skipTOMLString(src string, i int) (end, lines, last int) {
	q := src[i]
	multi := i+2 < len(src) && src[i+1] == q && src[i+2] == q
	j := i + 1
	if multi {
		j = i + 3
	}
	for ; j < len(src); j++ {
		switch c := src[j]; {
		case c == '\\' && q == '"':
			j++
			if j < len(src) && src[j] == '\n' {
				lines, last = lines+1, j+1
			}
		case c == '\n':
			if !multi {
				return j - 1, lines, last // unterminated: the decoder says so
			}
			lines, last = lines+1, j+1
		case c == q && !multi:
			return j, lines, last
		case c == q && j+2 < len(src) && src[j+1] == q && src[j+2] == q:
			return j + 2, lines, last
		}
	}
	return len(src) - 1, lines, last
}
