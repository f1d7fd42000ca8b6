package i18n

import (
	"fmt"

	"github.com/sketchdeck/sketchdeck/internal/spec"
)

// DiagramTexts are one decoded diagram's translatable texts.
type DiagramTexts struct {
	Name  string // output name, the catalog table
	File  string // diagram file, for messages
	Texts []Text
}

// Of lists a decoded diagram's texts.
func Of(d *spec.Diagram) DiagramTexts {
	return DiagramTexts{Name: d.Name, File: d.File, Texts: Texts(d)}
}

// Change is one thing Merge did that a person should hear about.
type Change struct {
	Diagram, Key string
	Kind         ChangeKind
	// Text is the translation concerned (dropped or carried over).
	Text string
	// From is the old key a translation was carried over from.
	From string
}

// ChangeKind says what Merge did.
type ChangeKind int

// What Merge does to a catalog.
const (
	Added   ChangeKind = iota // a new text got an empty entry
	Carried                   // a renamed element kept its translation
	Dropped                   // a text that no longer exists lost its entry
)

func (c Change) String() string {
	switch c.Kind {
	case Added:
		return fmt.Sprintf("%s: %s: added", c.Diagram, c.Key)
	case Carried:
		return fmt.Sprintf("%s: %s: kept the translation of %s (same source text)", c.Diagram, c.Key, c.From)
	}
	if c.Key == "" {
		return fmt.Sprintf("%s: dropped the diagram's table (no such diagram)", c.Diagram)
	}
	return fmt.Sprintf("%s: %s: dropped (no such text any more); its translation was %q", c.Diagram, c.Key, c.Text)
}

// Merge brings the catalog in line with the diagrams' texts: it adds an
// empty entry for each new text, keeps every existing translation and the
// source it was made from (so a changed source stays visibly stale),
// orders entries as the diagram does, and drops entries of texts that are
// gone. A new text whose source equals a dropped entry's (an element was
// renamed) inherits that translation. Sections of diagrams not in
// diagrams are kept, unless exists says the diagram is gone.
func (c *Catalog) Merge(diagrams []DiagramTexts, exists func(name string) bool) []Change {
	var changes []Change
	for _, d := range diagrams {
		if len(d.Texts) == 0 && c.Section(d.Name) == nil {
			continue
		}
		changes = append(changes, c.addSection(d.Name).merge(d)...)
	}
	kept := c.Diagrams[:0]
	for _, s := range c.Diagrams {
		if exists != nil && !exists(s.Name) {
			changes = append(changes, Change{Diagram: s.Name, Kind: Dropped})
			continue
		}
		kept = append(kept, s)
	}
	c.Diagrams = kept
	return changes
}

func (s *Section) merge(d DiagramTexts) []Change {
	var changes []Change
	old := map[string]*Entry{}
	for _, e := range s.Entries {
		old[e.Key] = e
	}
	entries := make([]*Entry, 0, len(d.Texts))
	current := map[*Entry]string{} // the diagram's source, for entries needing a translation
	added := map[*Entry]bool{}
	for _, t := range d.Texts {
		e, ok := old[t.Key]
		if ok {
			delete(old, t.Key)
		} else {
			e = &Entry{Key: t.Key, Source: t.Source}
			added[e] = true
		}
		if added[e] || e.Source != t.Source {
			current[e] = t.Source
		}
		entries = append(entries, e)
	}
	// Translations that may belong to another key: those of vanished
	// entries (an element was renamed) and of entries whose source changed
	// (elements keyed by index moved). Each goes to the first entry, in
	// order, that now shows the text it was made from.
	pool := carriers(s.Entries, old, current)
	for _, e := range entries {
		src, needs := current[e]
		if !needs {
			continue
		}
		if from := pool.take(src, e.Key); from != nil {
			// The translator's comments, flags and fuzzy state go with it.
			e.Source, e.Text, e.Fuzzy = src, from.Text, from.Fuzzy
			e.Comments, e.Flags, e.Notes = from.Comments, from.Flags, from.Notes
			delete(old, from.Key)
			changes = append(changes, Change{Diagram: s.Name, Key: e.Key, Kind: Carried, Text: e.Text, From: from.Key})
			continue
		}
		if added[e] {
			changes = append(changes, Change{Diagram: s.Name, Key: e.Key, Kind: Added})
		}
	}
	for _, e := range s.Entries {
		if _, gone := old[e.Key]; gone {
			changes = append(changes, Change{Diagram: s.Name, Key: e.Key, Kind: Dropped, Text: e.Text})
		}
	}
	s.Entries = entries
	s.index()
	return changes
}

// carrierPool holds translations, by the source they were made from, that
// merge may move to another key.
type carrierPool map[string][]Entry

// carriers copies, in file order, the translated entries that vanished or
// whose source changed.
func carriers(entries []*Entry, vanished map[string]*Entry, changed map[*Entry]string) carrierPool {
	pool := carrierPool{}
	for _, e := range entries {
		_, gone := vanished[e.Key]
		_, moved := changed[e]
		if (gone || moved) && e.Text != "" {
			pool[e.Source] = append(pool[e.Source], *e)
		}
	}
	return pool
}

// take removes and returns the first translation of source not made for
// key itself, or nil.
func (p carrierPool) take(source, key string) *Entry {
	for i, e := range p[source] {
		if e.Key != key {
			p[source] = append(p[source][:i:i], p[source][i+1:]...)
			return &e
		}
	}
	return nil
}
