package spec

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Pos is a position in a diagram's source: 1-based line and column.
type Pos struct {
	Line int `json:"line,omitempty"`
	Col  int `json:"col,omitempty"`
}

// Error is one problem in a diagram's source.
type Error struct {
	File string
	Pos  Pos
	// Path is the key path of the offending value, e.g. "nodes[2].shape",
	// used when no line is known.
	Path string
	Msg  string
}

func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(e.File)
	switch {
	case e.Pos.Line > 0 && e.Pos.Col > 0:
		fmt.Fprintf(&b, ":%d:%d", e.Pos.Line, e.Pos.Col)
	case e.Pos.Line > 0:
		fmt.Fprintf(&b, ":%d", e.Pos.Line)
	}
	if e.Path != "" && e.Pos.Line == 0 {
		fmt.Fprintf(&b, ": %s", e.Path)
	}
	b.WriteString(": ")
	b.WriteString(e.Msg)
	return b.String()
}

// ErrorList collects every problem found in one or more diagrams, as
// go/scanner.ErrorList does, so they can all be reported at once.
type ErrorList []*Error

// Add appends an error.
func (l *ErrorList) Add(file string, pos Pos, path, format string, args ...any) {
	*l = append(*l, &Error{File: file, Pos: pos, Path: path, Msg: fmt.Sprintf(format, args...)})
}

// Sort orders the list by file, line and column, keeping insertion order
// for equal positions.
func (l ErrorList) Sort() {
	slices.SortStableFunc(l, func(a, b *Error) int {
		return cmp.Or(cmp.Compare(a.File, b.File), cmp.Compare(a.Pos.Line, b.Pos.Line), cmp.Compare(a.Pos.Col, b.Pos.Col))
	})
}

// Error joins every message, one per line.
func (l ErrorList) Error() string {
	msgs := make([]string, len(l))
	for i, e := range l {
		msgs[i] = e.Error()
	}
	return strings.Join(msgs, "\n")
}

// MaxErrors is how many errors one list reports; past it, a last entry
// says how many more there were, as compilers do, so that a hostile file
// cannot make the report itself huge.
const MaxErrors = 50

// Err returns nil for an empty list and the sorted list otherwise, cut to
// MaxErrors entries.
func (l ErrorList) Err() error {
	if len(l) == 0 {
		return nil
	}
	l.Sort()
	if len(l) > MaxErrors {
		rest := len(l) - MaxErrors
		l = append(l[:MaxErrors:MaxErrors], &Error{File: l[MaxErrors].File, Msg: fmt.Sprintf("too many errors: %d more not shown", rest)})
	}
	return l
}

// Choices words the valid values of a message: "a", "b" or "c" (a
// converter's messages too, so that all say them alike).
func Choices(vals []string) string {
	q := make([]string, len(vals))
	for i, v := range vals {
		q[i] = fmt.Sprintf("%q", v)
	}
	if len(q) == 1 {
		return q[0]
	}
	return strings.Join(q[:len(q)-1], ", ") + " or " + q[len(q)-1]
}

// Count words a number of things in a message: "1 row" or "3 rows" (the
// commands' summaries too, so that all say them alike).
func Count(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}

// clipAt is how many bytes of a long value a message quotes.
const clipAt = 40

// Clip is s for a message, cut after its first 40 bytes (at the start of
// the character they end in) with "…" when longer: a long value (path
// data, a list of points) is named by its start.
func Clip(s string) string {
	if len(s) <= clipAt {
		return s
	}
	cut := clipAt
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + "…"
}

// maxSuggestCells bounds the edit-distance work of one suggestion: 2000
// ids of 45 characters against a typo of as many. Past it, the candidates
// left are not tried, so that hostile names cost milliseconds, not minutes.
const maxSuggestCells = 1 << 22

// suggest returns the closest candidate to s when it is a plausible typo.
func suggest(s string, candidates []string) string {
	best, bestD := "", (len(s)+1)/2
	ls := strings.ToLower(s)
	n, budget := utf8.RuneCountInString(ls), maxSuggestCells
	for _, c := range candidates {
		lc := strings.ToLower(c)
		m := utf8.RuneCountInString(lc)
		if abs(n-m) >= bestD { // the distance is at least the length difference
			continue
		}
		if budget -= n * m; budget < 0 {
			break
		}
		if d := levenshtein(ls, lc); d < bestD {
			best, bestD = c, d
		}
	}
	return best
}

func abs(n int) int { return max(n, -n) }

// levenshtein is the edit distance of a and b, a swap of two neighbouring
// letters counting as one edit ("bleu" is one from "blue"), as a typist
// makes them.
func levenshtein(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev2 := make([]int, len(rb)+1)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(rb)]
}

// didYouMean is " (did you mean "x"?)" or "".
func didYouMean(s string, candidates []string) string {
	if g := suggest(s, candidates); g != "" {
		return fmt.Sprintf(" (did you mean %q?)", g)
	}
	return ""
}
