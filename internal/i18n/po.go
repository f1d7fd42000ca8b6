package i18n

import (
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode"
)

// ExportPO writes the catalog as a gettext PO file for Poedit or Weblate:
// msgctxt "diagram/key", the diagram's current English text as msgid and
// the translation as msgstr, in the catalog's order, as GNU gettext tools
// write it (msgcat leaves it unchanged). Each entry carries extracted
// comments (#.) saying where the text is and how much room it has, and
// what the translator's last PO file held: comments, flags, the header,
// obsolete entries. A stale entry is flagged fuzzy, with the source it
// was translated from as the previous msgid (#| msgid), as msgmerge does;
// an untranslated one whose English is translated elsewhere is offered
// that translation, fuzzy (Memory). diagrams gives the current texts and
// their positions; a section without one is written from the catalog
// alone.
func (c *Catalog) ExportPO(w io.Writer, diagrams []DiagramTexts) error {
	var b strings.Builder
	writeHeader(&b, c.exportPO(), nil)
	current := byName(diagrams)
	memory := c.Memory(diagrams)
	for _, s := range c.Diagrams {
		d, known := current[s.Name]
		texts := map[string]Text{}
		for _, t := range d.Texts {
			texts[t.Key] = t
		}
		for _, e := range s.Entries {
			t, ok := texts[e.Key]
			if !known || !ok {
				t = Text{Key: e.Key, Source: e.Source}
			}
			m := poMessage{diagram: s.Name, file: d.File, known: known, text: t, str: e.Text, fuzzy: e.Fuzzy,
				comments: e.Comments, flags: e.Flags, notes: e.Notes}
			switch {
			case e.Text != "" && e.Source != t.Source:
				m.fuzzy, m.previous, m.prevContext = true, &e.Source, e.PrevContext
			case e.Text == "" && memory[t.Source].Text != "":
				r := memory[t.Source]
				m.str, m.fuzzy, m.suggested = r.Text, true, r.From
			}
			m.write(&b)
		}
	}
	for _, o := range c.PO.Obsolete {
		b.WriteString("\n")
		for _, l := range strings.Split(o, "\n") {
			b.WriteString(commentLine(l))
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// ExportPOT writes a PO template for a new language: every text of the
// diagrams, in name order, with empty msgstrs and the header msginit
// fills in ("sketchdeck i18n init" starts a catalog instead).
func ExportPOT(w io.Writer, diagrams []DiagramTexts) error {
	var b strings.Builder
	writeHeader(&b, templatePO, []string{"fuzzy"})
	ds := slices.Clone(diagrams)
	slices.SortStableFunc(ds, func(x, y DiagramTexts) int { return strings.Compare(x.Name, y.Name) })
	for _, d := range ds {
		for _, t := range d.Texts {
			m := poMessage{diagram: d.Name, file: d.File, known: true, text: t}
			m.write(&b)
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func byName(diagrams []DiagramTexts) map[string]DiagramTexts {
	m := map[string]DiagramTexts{}
	for _, d := range diagrams {
		m[d.Name] = d
	}
	return m
}

// writeHeader writes the header entry.
func writeHeader(b *strings.Builder, f POFile, flags []string) {
	for _, c := range f.Comments {
		b.WriteString(commentLine("# " + c))
	}
	if len(flags) > 0 {
		fmt.Fprintf(b, "#, %s\n", strings.Join(flags, ", "))
	}
	b.WriteString("msgid \"\"\n")
	header := ""
	for _, h := range f.Header {
		header += h + "\n"
	}
	writePOString(b, "msgstr ", header)
}

// poMessage is one message to write.
type poMessage struct {
	diagram, file string
	known         bool // the diagram was read: file and text are current
	text          Text
	str           string
	fuzzy         bool
	previous      *string
	prevContext   string // the previous msgctxt, when not the message's
	suggested     string // the entry the memory's suggestion comes from
	comments      []string
	flags, notes  []string
}

func (m poMessage) write(b *strings.Builder) {
	b.WriteString("\n")
	for _, c := range m.comments {
		b.WriteString(commentLine("# " + c))
	}
	for _, n := range append(m.ourNotes(), m.notes...) {
		b.WriteString(commentLine("#. " + n))
	}
	if m.text.Pos.Line > 0 {
		fmt.Fprintf(b, "#: %s:%d\n", poRef(m.file), m.text.Pos.Line)
	} else if m.known {
		fmt.Fprintf(b, "#: %s\n", poRef(m.file))
	}
	flags := m.flags
	if m.fuzzy {
		flags = append([]string{"fuzzy"}, flags...)
	}
	if len(flags) > 0 {
		b.WriteString(commentLine("#, " + strings.Join(flags, ", ")))
	}
	if m.previous != nil {
		// As msgmerge --previous writes it: the context, then the English.
		ctx := m.prevContext
		if ctx == "" {
			ctx = m.diagram + "/" + m.text.Key
		}
		writePOString(b, "#| msgctxt ", ctx)
		writePOString(b, "#| msgid ", *m.previous)
	}
	writePOString(b, "msgctxt ", m.diagram+"/"+m.text.Key)
	writePOString(b, "msgid ", m.text.Source)
	writePOString(b, "msgstr ", m.str)
}

// commentLine ends a comment line. A line break in it would start lines
// of its own (a forged msgid): each line it holds becomes a comment of
// the same kind.
func commentLine(s string) string {
	mark := s[:min(len(s), 2)]
	if mark != "#." && mark != "#," && mark != "#~" && mark != "#|" {
		mark = "#"
	}
	s = strings.ReplaceAll(s, "\r", "")
	s = strings.ReplaceAll(s, "\n", "\n"+mark+" ")
	if s == "# " {
		s = "#" // gettext writes an empty translator comment so
	}
	return s + "\n"
}

// poRef writes a file name for a "#:" reference comment. A comment ends at
// the line's end, so a name holding a line break would start lines of its
// own (a forged msgctxt, msgid): control characters and backslashes are
// C-escaped as in strings. A name with white space is wrapped in U+2068
// and U+2069, as GNU gettext does, so that tools still read it as one
// reference.
func poRef(file string) string {
	q := quotePO(file)
	q = q[1 : len(q)-1]
	q = strings.ReplaceAll(q, `\"`, `"`) // quotes need no escape in a comment
	if strings.ContainsFunc(file, unicode.IsSpace) {
		return "\u2068" + q + "\u2069"
	}
	return q
}

// quotePO writes s as a PO string: C escapes for quotes, backslashes and
// control characters, UTF-8 as is.
func quotePO(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		case '\t':
			b.WriteString(`\t`)
		case '\r':
			b.WriteString(`\r`)
		default:
			if r < 0x20 || r == 0x7f {
				fmt.Fprintf(&b, `\%03o`, r)
				continue
			}
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}
