package i18n

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// Encode writes the catalog as TOML: the rules, then one table per diagram
// in name order, one entry per line in the diagram's order. Comments in
// the file read are not kept; the header says so.
func (c *Catalog) Encode() []byte {
	var b strings.Builder
	fmt.Fprintf(&b, "# sketchdeck translations (%s): one table per diagram, one entry per text.\n", c.Lang)
	b.WriteString("# source is the English text an entry translates; when the diagram's text\n")
	b.WriteString("# changes, the entry is stale until text is updated. \"sketchdeck i18n extract\"\n")
	b.WriteString("# rewrites this file (comments are not kept): see docs/i18n.md.\n")
	b.WriteString("\n[rules]\n")
	typo := c.Typography
	if typo == "" {
		typo = "none"
	}
	fmt.Fprintf(&b, "typography = %s\n", quoteTOML(typo))
	if len(c.Keep) > 0 {
		fmt.Fprintf(&b, "keep = %s\n", arrayTOML(c.Keep))
	}
	if len(c.PO.Comments)+len(c.PO.Header)+len(c.PO.Obsolete) > 0 {
		b.WriteString("\n# The PO file's header and obsolete entries, kept for the next export.\n[rules.po]\n")
		for _, f := range []struct {
			name string
			list []string
		}{{"comments", c.PO.Comments}, {"header", c.PO.Header}, {"obsolete", c.PO.Obsolete}} {
			if len(f.list) > 0 {
				fmt.Fprintf(&b, "%s = [\n", f.name)
				for _, s := range f.list {
					fmt.Fprintf(&b, "  %s,\n", quoteTOML(s))
				}
				b.WriteString("]\n")
			}
		}
	}
	for _, s := range c.Diagrams {
		if len(s.Entries) == 0 {
			continue
		}
		fmt.Fprintf(&b, "\n[%s]\n", keyTOML(s.Name))
		for _, e := range s.Entries {
			fmt.Fprintf(&b, "%s = { source = %s, text = %s", keyTOML(e.Key), quoteTOML(e.Source), quoteTOML(e.Text))
			if e.Fuzzy {
				b.WriteString(", fuzzy = true")
			}
			if e.PrevContext != "" {
				fmt.Fprintf(&b, ", previous_context = %s", quoteTOML(e.PrevContext))
			}
			for _, f := range []struct {
				name string
				list []string
			}{{"comments", e.Comments}, {"flags", e.Flags}, {"notes", e.Notes}} {
				if len(f.list) > 0 {
					fmt.Fprintf(&b, ", %s = %s", f.name, arrayTOML(f.list))
				}
			}
			b.WriteString(" }\n")
		}
	}
	return []byte(b.String())
}

// arrayTOML writes a list of strings on one line.
func arrayTOML(list []string) string {
	q := make([]string, len(list))
	for i, s := range list {
		q[i] = quoteTOML(s)
	}
	return "[" + strings.Join(q, ", ") + "]"
}

// keyTOML writes a key bare when TOML allows it, quoted otherwise.
func keyTOML(k string) string {
	if k == "" {
		return `""`
	}
	for _, r := range k {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_' || r == '-') {
			return quoteTOML(k)
		}
	}
	return k
}

// quoteTOML writes s as a TOML basic string.
func quoteTOML(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for i, r := range s {
		switch {
		case r == '"':
			b.WriteString(`\"`)
		case r == '\\':
			b.WriteString(`\\`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == utf8.RuneError && isInvalid(s, i):
			b.WriteString(`\uFFFD`)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, `\u%04X`, r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// isInvalid reports whether the RuneError at s[i] stands for a bad byte.
func isInvalid(s string, i int) bool {
	_, n := utf8.DecodeRuneInString(s[i:])
	return n == 1
}
