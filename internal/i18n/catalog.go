package i18n

import (
	"fmt"
	"slices"
	"strings"

	"github.com/sketchdeck/sketchdeck/internal/spec"
)

// MaxCatalog is the largest catalog Decode accepts, in bytes.
const MaxCatalog = 8 << 20

// rulesTable is the catalog's table of per-language rules; it cannot also
// be a diagram's name.
const rulesTable = "rules"

// Catalog is one language's translations of every diagram.
type Catalog struct {
	// File names the catalog in errors ("diagrams/locales/fr.toml").
	File string
	// Lang is the language code, the file's base name ("fr").
	Lang string
	// Typography is the typography rule applied to every translation:
	// "" for none, "fr" for French spacing.
	Typography string
	// Keep lists the texts (or words) a translation may leave as in
	// English, as accepted loanwords ("Microservices"): Check reports the
	// other translations that equal their English text.
	Keep []string
	// PO is what a translator's PO file holds outside the translations,
	// kept from one import to the next export.
	PO POFile
	// Diagrams are the per-diagram sections, sorted by name.
	Diagrams []*Section
}

// POFile is the part of a PO file the catalog keeps for the next export
// ([rules.po]): the header's comments and fields, in their order, and the
// obsolete (#~) entries a PO tool keeps, as written.
type POFile struct {
	Comments []string
	Header   []string
	Obsolete []string
}

// Section holds one diagram's entries, in the diagram's order.
type Section struct {
	Name    string
	Entries []*Entry
	Pos     spec.Pos
	// byKey indexes Entries when it has as many entries (Decode and Merge
	// build it), so that looking every text up is not quadratic.
	byKey map[string]*Entry
}

// Entry is one text's translation.
type Entry struct {
	Key string
	// Source is the English text this translation was made from.
	Source string
	// Text is the translation; "" means not translated yet.
	Text string
	// Fuzzy marks a translation still to review (a PO file's fuzzy flag on
	// a current entry): the build keeps the English, as gettext does.
	Fuzzy bool
	// Comments are a translator's comments ("# checked by Marie"), Flags
	// the PO flags other than fuzzy ("no-wrap") and Notes the extracted
	// comments ("#. ") a PO tool added, each kept for the next export.
	Comments, Flags, Notes []string
	// PrevContext is the "#| msgctxt" of a stale entry when a PO tool
	// matched it to another entry's English ("diagram/key"); "" when it
	// is the entry's own.
	PrevContext string
	Pos         spec.Pos
}

// Current reports whether e translates source and may be shown.
func (e *Entry) Current(source string) bool {
	return e != nil && e.Text != "" && e.Source == source && !e.Fuzzy
}

// Section returns the section of diagram name, or nil.
func (c *Catalog) Section(name string) *Section {
	i, ok := slices.BinarySearchFunc(c.Diagrams, name, func(s *Section, n string) int { return strings.Compare(s.Name, n) })
	if !ok {
		return nil
	}
	return c.Diagrams[i]
}

// addSection returns the section of name, creating it in sorted place.
func (c *Catalog) addSection(name string) *Section {
	i, ok := slices.BinarySearchFunc(c.Diagrams, name, func(s *Section, n string) int { return strings.Compare(s.Name, n) })
	if ok {
		return c.Diagrams[i]
	}
	s := &Section{Name: name}
	c.Diagrams = slices.Insert(c.Diagrams, i, s)
	return s
}

// Entry returns the entry of key, or nil.
func (s *Section) Entry(key string) *Entry {
	if s == nil {
		return nil
	}
	if len(s.byKey) == len(s.Entries) {
		return s.byKey[key]
	}
	for _, e := range s.Entries {
		if e.Key == key {
			return e
		}
	}
	return nil
}

// index builds byKey; keys repeated (which only a hand-built section may
// have) leave it short, so that Entry scans instead.
func (s *Section) index() {
	s.byKey = make(map[string]*Entry, len(s.Entries))
	for _, e := range slices.Backward(s.Entries) {
		s.byKey[e.Key] = e
	}
}

// Translate implements Translator: an entry that is translated and up to
// date gives its text with the catalog's typography; a stale or missing
// one keeps the source, as gettext ignores fuzzy entries.
func (c *Catalog) Translate(diagram, key, source string) (string, bool) {
	e := c.Section(diagram).Entry(key)
	if !e.Current(source) {
		return "", false
	}
	return Typography(c.Typography, e.Text), true
}

// Identity implements Translator: the language, the rules and the
// diagram's entries.
func (c *Catalog) Identity(diagram string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s %s\n", c.Lang, c.Typography)
	if s := c.Section(diagram); s != nil {
		for _, e := range s.Entries {
			fuzzy := ""
			if e.Fuzzy {
				fuzzy = " fuzzy"
			}
			fmt.Fprintf(&b, "%s %s %s%s\n", quoteTOML(e.Key), quoteTOML(e.Source), quoteTOML(e.Text), fuzzy)
		}
	}
	return b.String()
}
