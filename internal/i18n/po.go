package i18n

import (
	"fmt"
	"io"
	"strings"
	"unicode"
)

// ExportPO writes the catalog as a gettext PO file for Poedit or Weblate:
// msgctxt "diagram/key", the diagram's current English text as msgid and
// the translation as msgstr. A stale entry is flagged fuzzy, with the
// source it was translated from as the previous msgid (#| msgid), as
// msgmerge does. diagrams gives the current texts and their positions; a
// section without one is written from the catalog alone.
func (c *Catalog) ExportPO(w io.Writer, diagrams []DiagramTexts) error {
	var b strings.Builder
	fmt.Fprintf(&b, "# sketchdeck diagram texts, %s. Export: sketchdeck i18n export --lang %s\n", c.Lang, c.Lang)
	b.WriteString("msgid \"\"\nmsgstr \"\"\n")
	for _, h := range []string{"Project-Id-Version: sketchdeck diagrams", "Language: " + c.Lang, "MIME-Version: 1.0",
		"Content-Type: text/plain; charset=UTF-8", "Content-Transfer-Encoding: 8bit", "X-Generator: sketchdeck"} {
		fmt.Fprintf(&b, "%s\n", quotePO(h+"\n"))
	}
	current := map[string]DiagramTexts{}
	for _, d := range diagrams {
		current[d.Name] = d
	}
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
			b.WriteString("\n")
			if t.Pos.Line > 0 {
				fmt.Fprintf(&b, "#: %s:%d\n", poRef(d.File), t.Pos.Line)
			} else if known {
				fmt.Fprintf(&b, "#: %s\n", poRef(d.File))
			}
			if e.Source != t.Source {
				b.WriteString("#, fuzzy\n")
				writePOString(&b, "#| msgid ", e.Source)
			}
			writePOString(&b, "msgctxt ", s.Name+"/"+e.Key)
			writePOString(&b, "msgid ", t.Source)
			writePOString(&b, "msgstr ", e.Text)
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// writePOString writes `prefix "s"`, splitting a text of several lines
// after each \n as gettext tools do (the first line is then "").
func writePOString(b *strings.Builder, prefix, s string) {
	comment := ""
	if strings.HasPrefix(prefix, "#|") {
		comment = "#| "
	}
	parts := strings.SplitAfter(s, "\n")
	if parts[len(parts)-1] == "" {
		parts = parts[:len(parts)-1]
	}
	if len(parts) <= 1 {
		fmt.Fprintf(b, "%s%s\n", prefix, quotePO(s))
		return
	}
	fmt.Fprintf(b, "%s\"\"\n", prefix)
	for _, p := range parts {
		fmt.Fprintf(b, "%s%s\n", comment, quotePO(p))
	}
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
