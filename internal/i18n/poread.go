package i18n

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sketchdeck/sketchdeck/internal/spec"
)

// PO is a parsed gettext PO file.
type PO struct {
	File string
	// Lang is the header's Language ("fr"), "" if it has none.
	Lang string
	// Header holds the header's fields ("Last-Translator: …") in order,
	// HeaderComments its translator comments.
	Header, HeaderComments []string
	// Template says the header is fuzzy, as a template's (POT) is: its
	// fields are placeholders, not a translator's.
	Template bool
	// Obsolete are the obsolete entries (#~), each as written.
	Obsolete []string
	Entries  []POEntry
}

// POEntry is one message of a PO file.
type POEntry struct {
	Context, ID, Str string
	// Previous is the "#| msgid" a fuzzy entry was translated from,
	// PrevContext its "#| msgctxt".
	Previous, PrevContext       string
	HasPrevious, HasPrevContext bool
	Fuzzy                       bool
	// Flags are the "#," flags other than fuzzy; Comments the translator
	// comments ("# "), Extracted the "#." comments and Refs the "#:" ones,
	// each line without its mark.
	Flags, Comments, Extracted, Refs []string
	Pos                              spec.Pos
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
	// keyed says cur.Pos is its msgctxt or msgid line, where errors
	// about the message point.
	keyed bool
	// raw holds the lines of the entry being read; obsolete says they are
	// an obsolete entry's, kept as written in obsolete.
	raw      []string
	isOld    bool
	obsolete []string
}

// ReadPO parses a PO file, keeping everything a translator or a PO tool
// writes: comments, flags, previous msgids, the header's fields in order
// and obsolete (#~) entries as written. Plural forms are refused since
// diagram texts have none. The error is a spec.ErrorList with positions.
func ReadPO(file string, data []byte) (*PO, error) {
	r := &poReader{file: file}
	if len(data) > MaxCatalog {
		r.errs.Add(file, spec.Pos{}, "", "PO file is %d bytes; the limit is %d bytes", len(data), MaxCatalog)
		return nil, r.errs.Err()
	}
	for i, line := range strings.Split(strings.ReplaceAll(string(data), "\r\n", "\n"), "\n") {
		if !utf8.ValidString(line) {
			col := 1 + strings.IndexFunc(line, func(r rune) bool { return r == utf8.RuneError })
			r.errs.Add(file, spec.Pos{Line: i + 1, Col: col}, "", "not UTF-8 text: a PO file is read as UTF-8 (convert it: msgconv --to-code=UTF-8 %s)", file)
			return nil, r.errs.Err()
		}
		r.line(i+1, line)
	}
	r.flush()
	if err := r.errs.Err(); err != nil {
		return nil, err
	}
	po := &PO{File: file, Obsolete: r.obsolete}
	for _, e := range r.out {
		if e.Context == "" && e.ID == "" {
			lang, err := poLang(e.Str)
			if err != nil {
				r.errs.Add(file, e.Pos, "", "%v", err)
				return nil, r.errs.Err()
			}
			if cs := charset(e.Str); cs != "" && !strings.EqualFold(cs, "UTF-8") && cs != "CHARSET" {
				r.errs.Add(file, e.Pos, "", "the file's charset is %s; sketchdeck reads UTF-8 PO files (convert it: msgconv --to-code=UTF-8 %s)", cs, file)
				return nil, r.errs.Err()
			}
			po.Lang = lang
			po.Header = headerFields(e.Str)
			po.HeaderComments = e.Comments
			po.Template = e.Fuzzy
			continue
		}
		po.Entries = append(po.Entries, e)
	}
	return po, nil
}

// headerFields splits a header into its lines, without the empty last one.
func headerFields(header string) []string {
	fields := strings.Split(header, "\n")
	if fields[len(fields)-1] == "" {
		fields = fields[:len(fields)-1]
	}
	return fields
}

func (r *poReader) line(n int, line string) {
	s := strings.TrimSpace(line)
	col := strings.Index(line, s) + 1
	at := spec.Pos{Line: n, Col: col}
	switch {
	case s == "":
		r.flush()
		return
	case s[0] == '#' && r.hasStr, strings.HasPrefix(s, "#~") && r.hasID:
		// Comments after a msgstr start the next entry, blank line or not.
		r.flush()
	}
	r.raw = append(r.raw, strings.TrimLeftFunc(line, unicode.IsSpace))
	switch {
	case strings.HasPrefix(s, "#~"):
		r.endField()
		r.isOld = true
	case strings.HasPrefix(s, "#,"):
		r.begin(at)
		for _, f := range strings.Split(s[2:], ",") {
			switch f = strings.TrimSpace(f); f {
			case "":
			case "fuzzy":
				r.cur.Fuzzy = true
			default:
				r.cur.Flags = append(r.cur.Flags, f)
			}
		}
	case strings.HasPrefix(s, "#|"):
		r.previous(at, strings.TrimSpace(s[2:]))
	case strings.HasPrefix(s, "#."):
		r.begin(at)
		r.cur.Extracted = append(r.cur.Extracted, commentText(s[2:]))
	case strings.HasPrefix(s, "#:"):
		r.begin(at)
		r.cur.Refs = append(r.cur.Refs, commentText(s[2:]))
	case s[0] == '#':
		r.begin(at)
		r.cur.Comments = append(r.cur.Comments, commentText(s[1:]))
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

// commentText is a comment's text after its mark: one space dropped, as
// gettext tools write "# text".
func commentText(s string) string {
	return strings.TrimPrefix(s, " ")
}

// previous reads a "#| msgid" or "#| msgctxt" line or its continuation.
func (r *poReader) previous(at spec.Pos, s string) {
	r.begin(at)
	switch {
	case strings.HasPrefix(s, "msgid "):
		r.cur.HasPrevious = true
		r.startField(&r.cur.Previous, r.unquote(at, strings.TrimSpace(s[len("msgid "):])))
	case strings.HasPrefix(s, "msgctxt "):
		r.cur.HasPrevContext = true
		r.startField(&r.cur.PrevContext, r.unquote(at, strings.TrimSpace(s[len("msgctxt "):])))
	case strings.HasPrefix(s, `"`) && (r.field == &r.cur.Previous || r.field == &r.cur.PrevContext):
		r.parts = append(r.parts, r.unquote(at, s))
	default:
		r.endField() // "#| msgid_plural" and the like: not used by diagrams
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
		r.key(at)
		r.startField(&r.cur.Context, r.unquote(sat, rest))
	case "msgid":
		if r.hasID {
			r.flush()
		}
		r.begin(at)
		r.key(at)
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

// key places the message at its msgctxt or msgid line.
func (r *poReader) key(at spec.Pos) {
	if !r.keyed {
		r.cur.Pos, r.keyed = at, true
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
	switch {
	case r.started && r.hasID:
		r.out = append(r.out, r.cur)
	case r.isOld:
		r.obsolete = append(r.obsolete, strings.Join(r.raw, "\n"))
	}
	r.cur, r.started, r.hasID, r.hasStr, r.keyed = POEntry{}, false, false, false, false
	r.raw, r.isOld = r.raw[:0], false
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

// charset is the header's Content-Type charset, "" if it names none.
func charset(header string) string {
	_, cs, ok := strings.Cut(headerField(header, "Content-Type"), "charset=")
	if !ok {
		return ""
	}
	cs, _, _ = strings.Cut(cs, ";")
	return strings.TrimSpace(cs)
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
