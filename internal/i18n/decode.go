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

// ruleKeys are the keys of [rules]; poKeys those of [rules.po].
var (
	ruleKeys = []string{"typography", "keep", "po"}
	poKeys   = []string{"comments", "header", "obsolete"}
)

func (c *Catalog) decodeRules(v any, at spec.Pos, pos spec.Positions, errs *spec.ErrorList) {
	tbl, ok := v.(map[string]any)
	if !ok {
		errs.Add(c.File, at, "", "%q must be a table: [rules] typography = \"fr\"", rulesTable)
		return
	}
	for _, k := range slices.Sorted(maps.Keys(tbl)) {
		kat := pos.At(rulesTable + "." + k)
		switch k {
		case "typography":
			s, ok := tbl[k].(string)
			if !ok || !slices.Contains(typographies, s) {
				errs.Add(c.File, kat, "", "typography must be %s, not %s", strings.Join(quoteAll(typographies), " or "), show(tbl[k]))
				continue
			}
			if s != "none" {
				c.Typography = s
			}
		case "keep":
			c.Keep = c.stringList(tbl[k], kat, "[rules] keep", errs)
		case "po":
			c.decodePO(tbl[k], kat, pos, errs)
		default:
			errs.Add(c.File, kat, "", "unknown key %q in [rules]; valid keys are %s", k, strings.Join(ruleKeys, ", "))
		}
	}
}

// decodePO reads [rules.po]: what the last imported PO file held besides
// its translations.
func (c *Catalog) decodePO(v any, at spec.Pos, pos spec.Positions, errs *spec.ErrorList) {
	tbl, ok := v.(map[string]any)
	if !ok {
		errs.Add(c.File, at, "", "[rules] po must be a table: [rules.po] header = [\"Language: fr\", …]")
		return
	}
	for _, k := range slices.Sorted(maps.Keys(tbl)) {
		kat := pos.At(rulesTable + ".po." + k)
		what := "[rules.po] " + k
		switch k {
		case "comments":
			c.PO.Comments = c.stringList(tbl[k], kat, what, errs)
		case "header":
			c.PO.Header = c.stringList(tbl[k], kat, what, errs)
			for _, f := range c.PO.Header {
				if strings.Contains(f, "\n") {
					errs.Add(c.File, kat, "", "%s: a header field is one line, not %q", what, f)
				}
			}
		case "obsolete":
			c.PO.Obsolete = c.stringList(tbl[k], kat, what, errs)
			for _, o := range c.PO.Obsolete {
				for _, l := range strings.Split(o, "\n") {
					if !strings.HasPrefix(l, "#") {
						errs.Add(c.File, kat, "", "%s: every line of an obsolete entry is a comment (#~ msgid …), not %q", what, l)
					}
				}
			}
		default:
			errs.Add(c.File, kat, "", "unknown key %q in [rules.po]; valid keys are %s", k, strings.Join(poKeys, ", "))
		}
	}
}

// stringList reads an array of strings.
func (c *Catalog) stringList(v any, at spec.Pos, what string, errs *spec.ErrorList) []string {
	list, err := toStrings(v)
	if err != nil {
		errs.Add(c.File, at, "", "%s must be an array of strings, not %s", what, err)
	}
	return list
}

// toStrings converts a decoded TOML array of strings; the error names
// what it is instead.
func toStrings(v any) ([]string, error) {
	arr, ok := v.([]any)
	if !ok {
		return nil, errors.New(show(v))
	}
	out := make([]string, len(arr))
	for i, x := range arr {
		s, ok := x.(string)
		if !ok {
			return nil, fmt.Errorf("an array holding %s", show(x))
		}
		out[i] = s
	}
	return out, nil
}

// entryKeys are the keys an entry may have.
var entryKeys = []string{"source", "text", "fuzzy", "comments", "flags", "notes", "previous_context"}

// decodeEntry reads `key = { source = "...", text = "..." }`, with
// optionally fuzzy = true and the lists of comments, flags and notes.
func decodeEntry(file, diagram, key string, v any, at spec.Pos, errs *spec.ErrorList) *Entry {
	tbl, ok := v.(map[string]any)
	if !ok {
		errs.Add(file, at, "", "%s: entry %q must be { source = \"…\", text = \"…\" }, not %s", diagram, key, show(v))
		return nil
	}
	e := &Entry{Key: key, Pos: at}
	bad := false
	for _, k := range slices.Sorted(maps.Keys(tbl)) {
		if err := e.set(k, tbl[k]); err != nil {
			errs.Add(file, at, "", "%s: entry %q: %v", diagram, key, err)
			bad = true
		}
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

// set decodes one key of an entry.
func (e *Entry) set(k string, v any) error {
	var dst *string
	var list *[]string
	switch k {
	case "source":
		dst = &e.Source
	case "text":
		dst = &e.Text
	case "previous_context":
		dst = &e.PrevContext
	case "fuzzy":
		b, ok := v.(bool)
		if !ok {
			return fmt.Errorf("fuzzy must be true or false, not %s", show(v))
		}
		e.Fuzzy = b
		return nil
	case "comments":
		list = &e.Comments
	case "flags":
		list = &e.Flags
	case "notes":
		list = &e.Notes
	default:
		return fmt.Errorf("unknown key %q; valid keys are %s", k, strings.Join(entryKeys, ", "))
	}
	if list != nil {
		l, err := toStrings(v)
		if err != nil {
			return fmt.Errorf("%s must be an array of strings, not %s", k, err)
		}
		*list = l
		return nil
	}
	s, ok := v.(string)
	if !ok {
		return fmt.Errorf("%s must be a string, not %s", k, show(v))
	}
	*dst = s
	return nil
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
