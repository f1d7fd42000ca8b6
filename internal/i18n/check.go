package i18n

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sketchdeck/sketchdeck/internal/spec"
)

// ProblemKind classifies what Check finds.
type ProblemKind string

// The problems a catalog can have.
const (
	Missing    ProblemKind = "missing"  // a text has no translation
	Stale      ProblemKind = "stale"    // the source changed since translating
	UnknownKey ProblemKind = "unknown"  // an entry for a text or diagram that does not exist
	Overflow   ProblemKind = "overflow" // a translation spills out of its box
	Fuzzy      ProblemKind = "fuzzy"    // a translation is marked for review
	English    ProblemKind = "english"  // a translation is the English text, not a kept loanword
	Invalid    ProblemKind = "invalid"  // the catalog or a diagram does not decode
	Grows      ProblemKind = "grows"    // a translation draws the picture over a tenth larger
	Collides   ProblemKind = "collides" // a translation's text collides (sketchdeck lint)
)

// Problem is one thing a translator must fix, at a file position.
type Problem struct {
	File    string
	Pos     spec.Pos
	Diagram string
	Key     string
	Kind    ProblemKind
	Msg     string
}

// Error formats the problem as file:line:col: diagram: key: message.
func (p Problem) Error() string {
	var b strings.Builder
	b.WriteString(p.File)
	if p.Pos.Line > 0 {
		fmt.Fprintf(&b, ":%d", p.Pos.Line)
		if p.Pos.Col > 0 {
			fmt.Fprintf(&b, ":%d", p.Pos.Col)
		}
	}
	for _, s := range []string{p.Diagram, p.Key} {
		if s != "" {
			b.WriteString(": ")
			b.WriteString(s)
		}
	}
	b.WriteString(": ")
	b.WriteString(p.Msg)
	return b.String()
}

// Check compares the catalog with the diagrams' current texts and lists
// missing, stale and unknown entries, in file order. exists says whether a
// diagram exists at all (it may exist and fail to decode: then its entries
// are not judged); nil means only the given diagrams exist.
func (c *Catalog) Check(diagrams []DiagramTexts, exists func(name string) bool) []Problem {
	byName := map[string]DiagramTexts{}
	var names []string
	for _, d := range diagrams {
		byName[d.Name] = d
		names = append(names, d.Name)
	}
	if exists == nil {
		exists = func(n string) bool { _, ok := byName[n]; return ok }
	}
	var out []Problem
	for _, s := range c.Diagrams {
		d, ok := byName[s.Name]
		switch {
		case !exists(s.Name):
			out = append(out, c.problem(s.Pos, s.Name, "", UnknownKey, "no diagram %q%s", s.Name, spec.DidYouMean(s.Name, names)))
			continue
		case !ok:
			continue
		}
		out = append(out, c.checkSection(s, d)...)
	}
	for _, d := range diagrams {
		s := c.Section(d.Name)
		for _, t := range d.Texts {
			if s.Entry(t.Key) == nil {
				out = append(out, Problem{File: d.File, Pos: t.Pos, Diagram: d.Name, Key: t.Key, Kind: Missing,
					Msg: fmt.Sprintf("%q has no entry in %s (run: sketchdeck i18n extract)", t.Source, c.File)})
			}
		}
	}
	return out
}

func (c *Catalog) checkSection(s *Section, d DiagramTexts) []Problem {
	var out []Problem
	current := map[string]Text{}
	var keys []string
	for _, t := range d.Texts {
		current[t.Key] = t
		keys = append(keys, t.Key)
	}
	for _, e := range s.Entries {
		t, ok := current[e.Key]
		switch {
		case !ok:
			out = append(out, c.problem(e.Pos, s.Name, e.Key, UnknownKey, "%s has no such text%s (run: sketchdeck i18n extract)", d.File, spec.DidYouMean(e.Key, keys)))
		case e.Source != t.Source:
			out = append(out, c.problem(e.Pos, s.Name, e.Key, Stale, "stale: translates %q but the text is now %q (%s)", e.Source, t.Source, where(d.File, t.Pos)))
		case e.Text == "":
			out = append(out, c.problem(e.Pos, s.Name, e.Key, Missing, "missing: %q is not translated", t.Source))
		case e.Fuzzy:
			out = append(out, c.problem(e.Pos, s.Name, e.Key, Fuzzy, "fuzzy: %q, the translation of %q, is to review (then clear fuzzy)", e.Text, t.Source))
		case e.Text == t.Source && !c.kept(e.Text):
			out = append(out, c.problem(e.Pos, s.Name, e.Key, English,
				"untranslated: the translation is the English text %q; translate it, or add it to [rules] keep if it is the same in %s", e.Text, c.Lang))
		}
	}
	return out
}

func (c *Catalog) problem(pos spec.Pos, diagram, key string, kind ProblemKind, format string, args ...any) Problem {
	return Problem{File: c.File, Pos: pos, Diagram: diagram, Key: key, Kind: kind, Msg: fmt.Sprintf(format, args...)}
}

// where is "file:line" or "file".
func where(file string, pos spec.Pos) string {
	if pos.Line > 0 {
		return fmt.Sprintf("%s:%d", file, pos.Line)
	}
	return file
}

// kept reports whether a translation may be the English text itself: it
// has no word (two letters or more in a row: "A", "???" and "459" have
// none), or it is in the catalog's keep list, or each of its words is in
// one of the list's texts (ignoring case: "Map / reduce" is kept by
// "Map/Reduce").
func (c *Catalog) kept(text string) bool {
	words := wordsOf(text)
	if len(words) == 0 || slices.Contains(c.Keep, text) {
		return true
	}
	known := map[string]bool{}
	for _, k := range c.Keep {
		for _, w := range wordsOf(k) {
			known[strings.ToLower(w)] = true
		}
	}
	for _, w := range words {
		if !known[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

// wordsOf lists the runs of two letters or more of s.
func wordsOf(s string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if utf8.RuneCountInString(w) >= 2 {
			out = append(out, w)
		}
	}
	return out
}

// Untranslated counts the distinct English texts of the diagrams that no
// entry translates yet (missing, stale or fuzzy everywhere they appear),
// and the texts not translated where they are but offered a translation
// by the memory (the same English is translated in another place).
func (c *Catalog) Untranslated(diagrams []DiagramTexts) (distinct, offered int) {
	memory := c.Memory(diagrams)
	seen := map[string]bool{}
	for _, d := range diagrams {
		s := c.Section(d.Name)
		for _, t := range d.Texts {
			switch {
			case s.Entry(t.Key).Current(t.Source):
			case memory[t.Source].Text != "":
				offered++
			case !seen[t.Source]:
				seen[t.Source] = true
				distinct++
			}
		}
	}
	return distinct, offered
}
