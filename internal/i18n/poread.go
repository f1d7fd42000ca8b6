package i18n

import (
	"fmt"
	"strings"

	"github.com/sketchdeck/sketchdeck/internal/spec"
)

// PO is a parsed gettext PO file.
type PO struct {
	File string
	// Lang is the header's Language ("fr"), "" if it has none.
	Lang    string
	Entries []POEntry
}

// POEntry is one message of a PO file.
type POEntry struct {
	Context, ID, Str string
	// Previous is the "#| msgid" a fuzzy entry was translated from.
	Previous    string
	HasPrevious bool
	Fuzzy       bool
	Pos         spec.Pos
}

// poReader parses a PO file line by line.
type poReader struct {
	file string
	errs spec.ErrorList
	out  []POEntry
	cur  POEntry
	// field is where continuation strings go, once the field ends: parts
	// holds them meanwhile, as joining each to the field would copy a
	// string of many lines once per line. started says cur has content.
	field   *string
	parts   []string
	started bool
	hasID   bool
	hasStr  bool
}

// ReadPO parses a PO file. Obsolete (#~) entries are skipped; plural
// forms are refused since diagram texts have none. The error is a
// spec.ErrorList with positions.
func ReadPO(file string, data []byte) (*PO, error) {
	r := &poReader{file: file}
	if len(data) > MaxCatalog {
		r.errs.Add(file, spec.Pos{}, "", "PO file is %d bytes; the limit is %d bytes", len(data), MaxCatalog)
		return nil, r.errs.Err()
	}
	for i, line := range strings.Split(strings.ReplaceAll(string(data), "\r\n", "\n"), "\n") {
		r.line(i+1, line)
	}
	r.flush()
	if err := r.errs.Err(); err != nil {
		return nil, err
	}
	po := &PO{File: file}
	for _, e := range r.out {
		if e.Context == "" && e.ID == "" {
			lang, err := poLang(e.Str)
			if err != nil {
				r.errs.Add(file, e.Pos, "", "%v", err)
				return nil, r.errs.Err()
			}
			po.Lang = lang
			continue
		}
		po.Entries = append(po.Entries, e)
	}
	return po, nil
}

func (r *poReader) line(n int, line string) {
	s := strings.TrimSpace(line)
	col := strings.Index(line, s) + 1
	at := spec.Pos{Line: n, Col: col}
	switch {
	case s == "":
		r.flush()
	case s[0] == '#' && r.hasStr:
		// Comments after a msgstr start the next entry, blank line or not.
		r.flush()
		r.line(n, line)
	case strings.HasPrefix(s, "#~"):
		// An obsolete message: not ours to restore.
	case strings.HasPrefix(s, "#,"):
		r.begin(at)
		for _, f := range strings.Split(s[2:], ",") {
			if strings.TrimSpace(f) == "fuzzy" {
				r.cur.Fuzzy = true
			}
		}
	case strings.HasPrefix(s, "#|"):
		r.previous(at, strings.TrimSpace(s[2:]))
	case s[0] == '#':
		r.endField()
	case s[0] == '"':
		if r.field == nil {
			r.errs.Add(r.file, at, "", "a string continues no msgid, msgstr or msgctxt")
			return
		}
		r.parts = append(r.parts, r.unquote(at, s))
	default:
		r.keyword(at, s)
	}
}

// previous reads a "#| msgid" line or its continuation.
func (r *poReader) previous(at spec.Pos, s string) {
	r.begin(at)
	switch {
	case strings.HasPrefix(s, "msgid "):
		r.cur.HasPrevious = true
		r.startField(&r.cur.Previous, r.unquote(at, strings.TrimSpace(s[len("msgid "):])))
	case strings.HasPrefix(s, `"`) && r.field == &r.cur.Previous:
		r.parts = append(r.parts, r.unquote(at, s))
	default:
		r.endField() // "#| msgctxt" and the like: not needed
	}
}

func (r *poReader) keyword(at spec.Pos, s string) {
	kw, rest, _ := strings.Cut(s, " ")
	rest = strings.TrimSpace(rest)
	sat := spec.Pos{Line: at.Line, Col: at.Col + strings.LastIndex(s, rest)} // where the string starts
	switch kw {
	case "msgctxt":
		if r.hasID {
			r.flush()
		}
		r.begin(at)
		r.startField(&r.cur.Context, r.unquote(sat, rest))
	case "msgid":
		if r.hasID {
			r.flush()
		}
		r.begin(at)
		r.hasID = true
		r.startField(&r.cur.ID, r.unquote(sat, rest))
	case "msgstr":
		if !r.hasID {
			r.errs.Add(r.file, sat, "", "msgstr without msgid")
		}
		r.startField(&r.cur.Str, r.unquote(sat, rest))
		r.hasStr = true
	default:
		if strings.HasPrefix(kw, "msgid_plural") || strings.HasPrefix(kw, "msgstr[") {
			r.errs.Add(r.file, sat, "", "plural forms are not used by diagrams: %s", kw)
		} else {
			r.errs.Add(r.file, at, "", "unknown keyword %q; expected msgctxt, msgid or msgstr", kw)
		}
		r.endField()
	}
}

// begin starts an entry at at, if none is in progress.
func (r *poReader) begin(at spec.Pos) {
	if !r.started {
		r.endField()
		r.cur = POEntry{Pos: at}
		r.started = true
	}
}

// startField ends the field in progress and starts *f with its first string.
func (r *poReader) startField(f *string, first string) {
	r.endField()
	r.field, r.parts = f, append(r.parts, first)
}

// endField joins the strings of the field in progress into it.
func (r *poReader) endField() {
	if r.field != nil {
		*r.field = strings.Join(r.parts, "")
	}
	r.field, r.parts = nil, r.parts[:0]
}

func (r *poReader) flush() {
	r.endField()
	if r.started && r.hasID {
		r.out = append(r.out, r.cur)
	}
	r.cur, r.started, r.hasID, r.hasStr = POEntry{}, false, false, false
}

// unquote reads one C-quoted PO string, reporting bad escapes.
func (r *poReader) unquote(at spec.Pos, s string) string {
	if len(s) < 2 || s[0] != '"' || s[len(s)-1] != '"' {
		r.errs.Add(r.file, at, "", "expected a quoted string, found %q", s)
		return ""
	}
	var b strings.Builder
	body := s[1 : len(s)-1]
	for i := 0; i < len(body); i++ {
		c := body[i]
		if c == '"' {
			r.errs.Add(r.file, spec.Pos{Line: at.Line, Col: at.Col + 1 + i}, "", `unescaped " inside a string (write \")`)
			return b.String()
		}
		if c != '\\' {
			b.WriteByte(c)
			continue
		}
		n, ok := unescape(body[i+1:], &b)
		if !ok {
			r.errs.Add(r.file, spec.Pos{Line: at.Line, Col: at.Col + i + 1}, "", "unknown escape in %q; PO strings use \\n \\t \\\" \\\\ and octal", s)
			return b.String()
		}
		i += n
	}
	return b.String()
}

// unescape decodes the escape after a backslash at the start of s into b
// and returns how many bytes it used.
func unescape(s string, b *strings.Builder) (int, bool) {
	if s == "" {
		return 0, false
	}
	if simple, ok := map[byte]byte{'n': '\n', 't': '\t', 'r': '\r', '"': '"', '\\': '\\', 'a': '\a', 'b': '\b', 'f': '\f', 'v': '\v'}[s[0]]; ok {
		b.WriteByte(simple)
		return 1, true
	}
	base, start, maxLen := 8, 0, 3
	if s[0] == 'x' {
		base, start, maxLen = 16, 1, 2
	}
	v, n := 0, 0
	for n < maxLen && start+n < len(s) {
		d := digit(s[start+n], base)
		if d < 0 {
			break
		}
		v = v*base + d
		n++
	}
	if n == 0 || v > 0xff {
		return 0, false
	}
	b.WriteByte(byte(v))
	return start + n, true
}

func digit(c byte, base int) int {
	d := -1
	switch {
	case c >= '0' && c <= '9':
		d = int(c - '0')
	case c >= 'a' && c <= 'f':
		d = int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		d = int(c-'A') + 10
	}
	if d >= base {
		return -1
	}
	return d
}

// poLang is the header's Language, checked: it chooses the catalog file
// the translations go to. "" when the header has none.
func poLang(header string) (string, error) {
	lang := headerField(header, "Language")
	if lang == "" {
		return "", nil
	}
	tag, err := ParseLang(lang)
	if err != nil {
		return "", fmt.Errorf("Language: %w", err)
	}
	return tag, nil
}

// headerField reads "Name: value" from a PO header.
func headerField(header, name string) string {
	for _, l := range strings.Split(header, "\n") {
		if k, v, ok := strings.Cut(l, ":"); ok && strings.EqualFold(strings.TrimSpace(k), name) {
			return strings.TrimSpace(v)
		}
	}
	return ""
}

// ImportPO applies a PO file's translations to the catalog and returns
// how many entries changed. Every message must match an entry (run
// extract first); the file's Language, if set, must be the catalog's.
func (c *Catalog) ImportPO(po *PO) (int, error) {
	var errs spec.ErrorList
	if _, same := MatchLang(po.Lang, []string{c.Lang}); po.Lang != "" && !same {
		errs.Add(po.File, spec.Pos{Line: 1}, "", "the file's Language is %q but the catalog %s is %q", po.Lang, c.File, c.Lang)
		return 0, errs.Err()
	}
	changed := 0
	for _, m := range po.Entries {
		diagram, key, _ := strings.Cut(m.Context, "/")
		e := c.Section(diagram).Entry(key)
		if e == nil {
			errs.Add(po.File, m.Pos, "", "msgctxt %q: %s has no such entry (run: sketchdeck i18n extract)", m.Context, c.File)
			continue
		}
		src := m.ID
		if m.Fuzzy {
			// Still to review: keep it stale, against the text it was made from.
			src = e.Source
			if m.HasPrevious {
				src = m.Previous
			}
		}
		if e.Text != m.Str || e.Source != src {
			changed++
		}
		e.Text, e.Source = m.Str, src
	}
	return changed, errs.Err()
}
