package icon

import (
	"cmp"
	"slices"
	"strings"
)

// Match is one icon a search found.
type Match struct {
	Set, Name string
	Category  string
	Tags      []string
	// Rank orders matches: 0 the name is a word, 1 a word starts the name,
	// 2 the name holds every word, 3 only tags (or the category) do.
	Rank int
}

// Search finds the icons whose name, tags or category hold every word
// (case-insensitively), best first: names before tags, then by set order
// and name. No words match every icon.
func (ss Sets) Search(words ...string) ([]Match, error) {
	for i := range words {
		words[i] = strings.ToLower(words[i])
	}
	var out []Match
	for si, s := range ss {
		t, err := s.table()
		if err != nil {
			return nil, err
		}
		for i, name := range t.names {
			e := t.entries[i]
			if r, ok := rank(name, e, words); ok {
				out = append(out, Match{Set: s.Name, Name: name, Category: e.category, Tags: e.tags, Rank: r*len(ss) + si})
			}
		}
	}
	slices.SortStableFunc(out, func(a, b Match) int { return cmp.Compare(a.Rank, b.Rank) })
	for i := range out {
		out[i].Rank /= len(ss)
	}
	return out, nil
}

// rank says how well an icon matches every word, if it does.
func rank(name string, e entry, words []string) (int, bool) {
	best := 0
	for _, w := range words {
		r := 3
		switch {
		case name == w:
			r = 0
		case strings.HasPrefix(name, w):
			r = 1
		case strings.Contains(name, w):
			r = 2
		case !tagged(e, w):
			return 0, false
		}
		best = max(best, r)
	}
	return best, true
}

// tagged tells whether a tag or the category holds w.
func tagged(e entry, w string) bool {
	if strings.Contains(strings.ToLower(e.category), w) {
		return true
	}
	for _, t := range e.tags {
		if strings.Contains(t, w) {
			return true
		}
	}
	return false
}
