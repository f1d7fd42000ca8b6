package icon

import (
	"fmt"
	"slices"
	"strings"

	"github.com/sketchdeck/sketchdeck/internal/spec"
)

// Sets are icon sets in lookup order.
type Sets []*Set

// names lists the sets' prefixes.
func (ss Sets) names() []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = s.Name
	}
	return out
}

// Split cuts a qualified name "SET:NAME" in two; a plain name has no set.
func Split(name string) (set, icon string) {
	if s, n, ok := strings.Cut(name, ":"); ok {
		return s, n
	}
	return "", name
}

// Has tells whether name (qualified or plain) names an icon of a set.
func (ss Sets) Has(name string) bool {
	set, n := Split(name)
	for _, s := range ss {
		if s.picked(set) && s.Has(n) {
			return true
		}
	}
	return false
}

// picked tells whether a name qualified by set (or plain, set "") is
// looked up in s.
func (s *Set) picked(set string) bool {
	if set == "" {
		return s.Plain
	}
	return s.Name == set
}

// Find returns the icon a qualified or plain name stands for. A plain name
// must belong to exactly one set. A miss is explained: the unknown set, or
// the closest icon name and how to search.
func (ss Sets) Find(name string) (*Icon, error) {
	set, n := Split(name)
	var found []*Set
	for _, s := range ss {
		if !s.picked(set) {
			continue
		}
		if _, err := s.table(); err != nil {
			return nil, err
		}
		if s.Has(n) {
			found = append(found, s)
		}
	}
	switch {
	case set != "" && !slices.Contains(ss.names(), set):
		return nil, fmt.Errorf("unknown icon set %q in %q%s; the icon sets are %s",
			set, name, spec.DidYouMean(set, ss.names()), strings.Join(ss.names(), ", "))
	case len(found) == 0:
		return nil, fmt.Errorf("unknown icon %q%s; 'sketchdeck icons WORD' searches the icons' names and tags", name, ss.DidYouMean(name))
	case len(found) > 1:
		q := make([]string, len(found))
		for i, s := range found {
			q[i] = fmt.Sprintf("%q", s.Name+":"+n)
		}
		return nil, fmt.Errorf("icon %q is in several sets: write %s", name, strings.Join(q, " or "))
	}
	ic, _, err := found[0].Icon(n)
	return ic, err
}

// DidYouMean is " (did you mean "SET:NAME"?)" for the icon name closest
// to name (qualified or plain) in the sets it may belong to, or "".
func (ss Sets) DidYouMean(name string) string {
	set, n := Split(name)
	if set == "" { // the exact name in a set reached by prefix only
		for _, s := range ss {
			if !s.Plain && s.Has(n) {
				return fmt.Sprintf(" (did you mean %q?)", s.Name+":"+n)
			}
		}
	}
	var cands []string
	for _, s := range ss {
		if s.picked(set) {
			cands = append(cands, s.plainNames()...)
		}
	}
	g := spec.Suggest(n, cands)
	if g == "" {
		return ""
	}
	for _, s := range ss {
		if s.picked(set) && s.Has(g) {
			return fmt.Sprintf(" (did you mean %q?)", s.Name+":"+g)
		}
	}
	return ""
}

// PlainNames lists the icons that plain names reach, in set order.
func (ss Sets) PlainNames() []string {
	var out []string
	for _, s := range ss {
		if s.Plain {
			out = append(out, s.plainNames()...)
		}
	}
	return out
}

// plainNames is the set's names, shared (not to be changed); none when
// the table does not load (Find reports that).
func (s *Set) plainNames() []string {
	t, err := s.table()
	if err != nil {
		return nil
	}
	return t.names
}
