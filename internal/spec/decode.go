package spec

import (
	"errors"
	"fmt"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/BurntSushi/toml"
)

// MaxSource is the largest diagram source Decode accepts, in bytes: a
// diagram is a page of text, and a bound keeps hostile input cheap.
const MaxSource = 1 << 20

// Decode reads one diagram's TOML source. file names it in errors and gives
// the output name. The error, if any, is an ErrorList holding every problem.
func Decode(file string, data []byte) (*Diagram, error) {
	return DecodeFront(file, data, 1, "", nil)
}

// unknownKeys reports the keys the format does not have: the first
// MaxErrors in full, the rest only counted. A key inside an unknown table
// is not reported again: the table's own error says all there is to fix.
func unknownKeys(file string, md toml.MetaData, pos positions, errs *ErrorList) {
	keys := md.Undecoded()
	unknown := make(map[string]bool, len(keys))
	for _, k := range keys {
		if !selfChecked(k) {
			unknown[k.String()] = true
		}
	}
	for _, k := range keys {
		if unknown[k.String()] && !underUnknown(k, unknown) {
			addUnknownKey(file, k, pos, errs)
		}
	}
}

// underUnknown reports whether a table that holds k is itself unknown.
func underUnknown(k toml.Key, unknown map[string]bool) bool {
	for n := len(k) - 1; n > 0; n-- {
		if unknown[k[:n].String()] {
			return true
		}
	}
	return false
}

// addUnknownKey adds k to errs as a key the format does not have: in full
// (with the valid keys, which cost a walk of the format's types) while
// errs holds fewer than MaxErrors, only counted after.
func addUnknownKey(file string, k toml.Key, pos positions, errs *ErrorList) {
	if len(*errs) >= MaxErrors {
		*errs = append(*errs, &Error{File: file, Pos: pos.first(k), Msg: "unknown key"})
		return
	}
	*errs = append(*errs, unknownKey(file, k, pos))
}

// NameOf is the output name of a source file: its base name without ".toml"
// (or ".md", ".mindmap.md" for a Markdown mind map).
func NameOf(file string) string {
	base := filepath.Base(file)
	if n, ok := strings.CutSuffix(base, ".mindmap.md"); ok && n != "" {
		return n
	}
	return strings.TrimSuffix(base, filepath.Ext(base))
}

// tomlError turns an error of the TOML decoder into an Error with the
// file, line and column, worded for the author of the source src.
func tomlError(file, src string, err error) *Error {
	var pe toml.ParseError
	if errors.As(err, &pe) {
		pos := OffsetPos(src, pe.Position.Start)
		msg := syntaxWords(pe.Message)
		if k := pe.LastKey; k != "" && keyOnLine(src, pos.Line, k) && !strings.Contains(msg, k) {
			msg = fmt.Sprintf("%s: %s", lastKey(k), msg)
		}
		return &Error{File: file, Pos: pos, Msg: msg}
	}
	return typeError(file, src, err.Error())
}

// OffsetPos is the line and column (in characters) of byte offset off in src. The TOML
// decoder's own line is one late when it has read past a line's end, as in
// "[[nodes]" followed by a new line; its offset is right.
func OffsetPos(src string, off int) Pos {
	off = min(max(off, 0), len(src))
	before := src[:off]
	line := strings.Count(before, "\n") + 1
	col := utf8.RuneCountInString(before[strings.LastIndexByte(before, '\n')+1:]) + 1
	return Pos{Line: line, Col: col}
}

// keyOnLine reports whether line n of src assigns key's last part: only
// then does the decoder's last key name what the error is about (for a
// broken table header it is the previous table's).
func keyOnLine(src string, n int, key string) bool {
	lines := strings.SplitN(src, "\n", n+1)
	if n < 1 || n > len(lines) {
		return false
	}
	k, _, ok := splitKey(strings.TrimSpace(lines[n-1]))
	return ok && lastKey(k) == lastKey(key)
}

// syntaxWords rewords the decoder's syntax messages that name its own
// terms or an escaped new line.
func syntaxWords(msg string) string {
	if k, ok := strings.CutPrefix(msg, "Key '"); ok {
		if k, ok := strings.CutSuffix(k, "' has already been defined."); ok {
			return fmt.Sprintf("%q is already defined above: a key or table is written once", k)
		}
	}
	return strings.NewReplacer(
		"expected end of table array name delimiter ']'", `expected "]]" to close the table name`,
		`, but got '\n' instead`, ", but the line ends",
		` but found '\n' instead`, ", but the line ends",
		`'\n'`, "the end of the line",
		`'\x00'`, "the end of the file",
		`"\n"`, "the end of the line",
	).Replace(msg)
}

// typeError rewords the decoder's type mismatch, "toml: line 3 (last key
// "nodes.width"): incompatible types: TOML value has type string;
// destination has type float", as "file:3:1: width: want a number, not a
// string".
func typeError(file, src, msg string) *Error {
	var line int
	var key string
	rest, ok := strings.CutPrefix(msg, "toml: line ")
	if !ok {
		return headerTypeError(file, src, strings.TrimPrefix(msg, "toml: "))
	}
	if _, err := fmt.Sscanf(rest, "%d (last key %q):", &line, &key); err != nil {
		return &Error{File: file, Msg: strings.TrimPrefix(msg, "toml: ")}
	}
	e := &Error{File: file, Pos: Pos{Line: line, Col: lineIndent(src, line)}}
	_, detail, _ := strings.Cut(rest, "): ")
	e.Msg = lastKey(key) + ": " + typeDetail(detail)
	if h := headerOn(src, line); strings.HasPrefix(h, "[") && !strings.HasPrefix(h, "[[") && strings.HasPrefix(e.Msg, lastKey(key)+": want a list") {
		// [nodes] for [[nodes]]: the one-bracket header is a table.
		name := strings.Trim(h, "[] \t")
		e.Msg += fmt.Sprintf(": an entry of the list is written [[%s]], with two brackets", name)
	}
	return e
}

// headerOn is line n of src, trimmed, when it is a table header; "" else.
func headerOn(src string, n int) string {
	lines := strings.SplitN(src, "\n", n+1)
	if n < 1 || n > len(lines) {
		return ""
	}
	if l := strings.TrimSpace(lines[n-1]); strings.HasPrefix(l, "[") {
		return l
	}
	return ""
}

// typeDetail rewords the decoder's account of a type mismatch as "want a
// number, not a string"; another account is returned as it is.
func typeDetail(detail string) string {
	var have, want, typ string
	if _, err := fmt.Sscanf(strings.ReplaceAll(detail, ";", " ;"), "incompatible types: TOML value has type %s ; destination has type %s", &have, &want); err == nil {
		return fmt.Sprintf("want %s, not %s", typeWord(want), typeWord(have))
	}
	if _, err := fmt.Sscanf(detail, "type mismatch for %s expected %s but found %s", &typ, &want, &have); err == nil {
		return fmt.Sprintf("want %s, not %s", typeWord(want), typeWord(have))
	}
	return detail
}

// headerTypeError rewords a mismatch the decoder reports with no line,
// "(last key "panels"): incompatible types: …", as a table header under a
// list that no entry of the list precedes makes: [[panels.edges]] before
// any [[panels]] writes panels as a table. It is placed at the first
// header under the key, and says which header to write first.
func headerTypeError(file, src, msg string) *Error {
	var key string
	if _, err := fmt.Sscanf(msg, "(last key %q):", &key); err != nil {
		return &Error{File: file, Msg: msg}
	}
	_, detail, _ := strings.Cut(msg, "): ")
	e := &Error{File: file, Msg: lastKey(key) + ": " + typeDetail(detail)}
	for i, l := range strings.Split(src, "\n") {
		l = strings.TrimSpace(l)
		name := strings.Trim(l, "[] \t")
		if !strings.HasPrefix(l, "[") || !strings.HasPrefix(name, key+".") {
			continue
		}
		e.Pos = Pos{Line: i + 1, Col: lineIndent(src, i+1)}
		if strings.HasPrefix(l, "[[") {
			e.Msg += fmt.Sprintf(": %s belongs to an entry of [[%s]], and none is written above it (write [[%s]] first)", l, key, key)
		}
		break
	}
	return e
}

// typeWord names a TOML or Go type the way a diagram's author thinks of it.
func typeWord(t string) string {
	if strings.HasPrefix(t, "[]") {
		return "a list [...]"
	}
	switch strings.ToLower(t) {
	case "float", "float64", "integer", "int", "int64", "uint64":
		return "a number"
	case "string":
		return "a string"
	case "bool", "boolean":
		return "true or false"
	case "array", "slice":
		return "a list [...]"
	case "table", "map", "struct", "inline table", "map[string]interface{}", "map[string]any":
		return "a table"
	case "primitive": // a value read as text: a choice, a colour, a duration
		return "a single value"
	}
	return t
}

// lineIndent is the column of the first non-blank character of line n.
func lineIndent(src string, n int) int {
	lines := strings.SplitN(src, "\n", n+1)
	if n < 1 || n > len(lines) {
		return 0
	}
	l := lines[n-1]
	return len(l) - len(strings.TrimLeft(l, " \t")) + 1
}

// unknownKey reports a key the format does not have, with the keys that
// are valid in its table.
func unknownKey(file string, k toml.Key, pos positions) *Error {
	parent := k[:len(k)-1]
	name := k[len(k)-1]
	valid := validKeys(reflect.TypeFor[Diagram](), parent)
	where := "at the top level"
	if len(parent) > 0 {
		where = "in [" + strings.Join(parent, ".") + "]"
	}
	msg := fmt.Sprintf("unknown key %q %s%s", name, where, didYouMean(name, valid))
	if len(parent) > 0 && slices.Contains(validKeys(reflect.TypeFor[Diagram](), nil), name) {
		msg += fmt.Sprintf(": %q is a top-level key, and TOML puts every key written after a table's header (here %s) into that table; move it above the file's first header", name, header(parent))
	} else if len(valid) > 0 {
		msg += "; valid keys are " + strings.Join(valid, ", ")
	}
	return &Error{File: file, Pos: pos.first(k), Msg: msg}
}

// header is the table header that opens the table at path: [[path]] for
// an entry of a list of tables, [path] else.
func header(path []string) string {
	h := strings.Join(path, ".")
	if f := fieldAt(reflect.TypeFor[Diagram](), path); f != nil && f.Kind() == reflect.Slice {
		return "[[" + h + "]]"
	}
	return "[" + h + "]"
}

// first finds the earliest written occurrence of k, whatever array indices
// it was written under.
func (p positions) first(k toml.Key) Pos {
	return p[firstMark+strings.Join(k, ".")]
}

func stripIndices(path string) string { return string(appendStripped(nil, path)) }

// appendStripped appends path to b without its array indices (a byte
// that is not UTF-8 as U+FFFD, as ranging over the string reads it).
func appendStripped(b []byte, path string) []byte {
	depth := 0
	for i := 0; i < len(path); i++ {
		switch c := path[i]; {
		case c == '[':
			depth++
		case c == ']':
			depth--
		case depth == 0 && c < utf8.RuneSelf:
			b = append(b, c)
		case depth == 0:
			r, n := utf8.DecodeRuneInString(path[i:])
			b = utf8.AppendRune(b, r)
			i += n - 1
		}
	}
	return b
}
