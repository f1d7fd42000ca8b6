package i18n

import (
	"errors"
	"fmt"
	"maps"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"github.com/BurntSushi/toml"

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
	// Diagrams are the per-diagram sections, sorted by name.
	Diagrams []*Section
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
	Pos  spec.Pos
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
	if e == nil || e.Text == "" || e.Source != source {
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
			fmt.Fprintf(&b, "%s %s %s\n", quoteTOML(e.Key), quoteTOML(e.Source), quoteTOML(e.Text))
		}
	}
	return b.String()
}

// LangOf is the language of a catalog file: its base name without ".toml".
func LangOf(file string) string {
	base := filepath.Base(file)
	return strings.TrimSuffix(base, filepath.Ext(base))
}

// Decode reads a catalog. file names it in errors and gives its language.
// The error, if any, is a spec.ErrorList with every problem's position.
func Decode(file string, data []byte) (*Catalog, error) {
	c := &Catalog{File: file, Lang: LangOf(file)}
	var errs spec.ErrorList
	lang, err := ParseLang(c.Lang)
	if err != nil {
		errs.Add(file, spec.Pos{}, "", "a catalog is named LANG.toml for its language: %v", err)
		return nil, errs.Err()
	}
	c.Lang = lang
	if len(data) > MaxCatalog {
		errs.Add(file, spec.Pos{}, "", "catalog is %d bytes; the limit is %d bytes", len(data), MaxCatalog)
		return nil, errs.Err()
	}
	var raw map[string]any
	src := string(data)
	if err := spec.CheckNesting(file, src); err != nil {
		return nil, err
	}
	if _, err := toml.Decode(src, &raw); err != nil {
		var pe toml.ParseError
		if errors.As(err, &pe) {
			errs.Add(file, spec.Pos{Line: pe.Position.Line, Col: pe.Position.Col}, "", "%s", pe.Message)
		} else {
			errs.Add(file, spec.Pos{}, "", "%s", err)
		}
		return nil, errs.Err()
	}
	pos := spec.Locate(src)
	for _, name := range slices.Sorted(maps.Keys(raw)) {
		at := pos.At(name)
		if name == rulesTable {
			c.decodeRules(raw[name], at, pos, &errs)
			continue
		}
		tbl, ok := raw[name].(map[string]any)
		if !ok {
			errs.Add(file, at, "", "%q must be a table of the diagram's entries, [%s]", name, name)
			continue
		}
		s := c.addSection(name)
		s.Pos = at
		for _, key := range slices.Sorted(maps.Keys(tbl)) {
			if e := decodeEntry(file, name, key, tbl[key], pos.At(name+"."+key), &errs); e != nil {
				s.Entries = append(s.Entries, e)
			}
		}
		// Keep the file's order: it is the diagram's, which reads best.
		sort.SliceStable(s.Entries, func(i, j int) bool { return s.Entries[i].Pos.Line < s.Entries[j].Pos.Line })
		s.index()
	}
	if err := errs.Err(); err != nil {
		return nil, err
	}
	return c, nil
}

// Typographies are the typography rules a catalog may name.
var typographies = []string{"none", "fr"}

func (c *Catalog) decodeRules(v any, at spec.Pos, pos spec.Positions, errs *spec.ErrorList) {
	tbl, ok := v.(map[string]any)
	if !ok {
		errs.Add(c.File, at, "", "%q must be a table: [rules] typography = \"fr\"", rulesTable)
		return
	}
	for _, k := range slices.Sorted(maps.Keys(tbl)) {
		kat := pos.At(rulesTable + "." + k)
		if k != "typography" {
			errs.Add(c.File, kat, "", "unknown key %q in [rules]; valid keys are typography", k)
			continue
		}
		s, ok := tbl[k].(string)
		if !ok || !slices.Contains(typographies, s) {
			errs.Add(c.File, kat, "", "typography must be %s, not %s", strings.Join(quoteAll(typographies), " or "), show(tbl[k]))
			continue
		}
		if s != "none" {
			c.Typography = s
		}
	}
}

// decodeEntry reads `key = { source = "...", text = "..." }`.
func decodeEntry(file, diagram, key string, v any, at spec.Pos, errs *spec.ErrorList) *Entry {
	tbl, ok := v.(map[string]any)
	if !ok {
		errs.Add(file, at, "", "%s: entry %q must be { source = \"…\", text = \"…\" }, not %s", diagram, key, show(v))
		return nil
	}
	e := &Entry{Key: key, Pos: at}
	bad := false
	for _, k := range slices.Sorted(maps.Keys(tbl)) {
		var dst *string
		switch k {
		case "source":
			dst = &e.Source
		case "text":
			dst = &e.Text
		default:
			errs.Add(file, at, "", "%s: entry %q: unknown key %q; valid keys are source, text", diagram, key, k)
			bad = true
			continue
		}
		s, ok := tbl[k].(string)
		if !ok {
			errs.Add(file, at, "", "%s: entry %q: %s must be a string, not %s", diagram, key, k, show(tbl[k]))
			bad = true
			continue
		}
		*dst = s
	}
	if _, ok := tbl["source"]; !ok && !bad {
		errs.Add(file, at, "", "%s: entry %q has no source (the English text it translates)", diagram, key)
		bad = true
	}
	if bad {
		return nil
	}
	return e
}

func quoteAll(vals []string) []string {
	q := make([]string, len(vals))
	for i, v := range vals {
		q[i] = fmt.Sprintf("%q", v)
	}
	return q
}

// show describes a decoded TOML value for an error message.
func show(v any) string {
	switch v := v.(type) {
	case string:
		return fmt.Sprintf("%q", v)
	case map[string]any:
		return "a table"
	case []any, []map[string]any:
		return "an array"
	}
	return fmt.Sprintf("%v", v)
}
