package deck

import (
	"cmp"
	"regexp"
	"slices"
	"strings"
)

// Ref is one image reference of a deck.
type Ref struct {
	// Path is the reference as written ("images/cdn.svg").
	Path string
	// Line and Col (1-based, in bytes) locate Path in the deck.
	Line, Col int
}

// refPatterns find image references; each has one group, the path.
var refPatterns = []*regexp.Regexp{
	regexp.MustCompile(`!\[[^\]]*\]\(\s*<?([^)\s>]+)`),                           // ![alt](path "title")
	regexp.MustCompile(`(?i)<object\b[^>]*?\bdata\s*=\s*["']?([^"'\s>]+)`),       // <object data=...>
	regexp.MustCompile(`(?i)<(?:img|embed)\b[^>]*?\bsrc\s*=\s*["']?([^"'\s>]+)`), // <img src=...>
	regexp.MustCompile(`(?i)\burl\(\s*["']?([^"')\s]+)`),                         // background-image: url(...)
}

// Refs returns every image reference of a deck's source in order, leaving
// out those inside HTML comments and fenced code blocks, which no slide
// shows. Data URLs and external URLs are left out too.
func Refs(src []byte) []Ref {
	refs, _ := refsOf(src)
	return refs
}

// refsOf is Refs; it also gives the line index used, whose probe count
// shows the work done.
func refsOf(src []byte) ([]Ref, *lineIndex) {
	text := blankHidden(string(src))
	lines := newLineIndex(text)
	var refs []Ref
	seen := map[int]bool{}
	for _, re := range refPatterns {
		for _, m := range re.FindAllStringSubmatchIndex(text, -1) {
			start, end := m[2], m[3]
			if seen[start] {
				continue
			}
			seen[start] = true
			p := text[start:end]
			if strings.HasPrefix(p, "data:") || strings.Contains(p, "://") || strings.HasPrefix(p, "#") {
				continue
			}
			line, col := lines.position(start)
			refs = append(refs, Ref{Path: p, Line: line, Col: col})
		}
	}
	slices.SortFunc(refs, func(a, b Ref) int { return cmp.Or(a.Line-b.Line, a.Col-b.Col) })
	return refs, lines
}

// blankHidden replaces HTML comments and fenced code blocks by spaces,
// keeping newlines, so that positions stay right.
func blankHidden(s string) string {
	b := []byte(s)
	blank := func(from, to int) {
		for i := from; i < to; i++ {
			if b[i] != '\n' {
				b[i] = ' '
			}
		}
	}
	for i := 0; i < len(s); {
		j := strings.Index(s[i:], "<!--")
		if j < 0 {
			break
		}
		start := i + j
		k := strings.Index(s[start:], "-->")
		end := len(s)
		if k >= 0 {
			end = start + k + 3
		}
		blank(start, end)
		i = end
	}
	inFence, fenceStart := false, 0
	off := 0
	for _, line := range strings.SplitAfter(string(b), "\n") {
		if strings.HasPrefix(strings.TrimSpace(line), "```") || strings.HasPrefix(strings.TrimSpace(line), "~~~") {
			if inFence {
				blank(fenceStart, off+len(line))
			} else {
				fenceStart = off
			}
			inFence = !inFence
		}
		off += len(line)
	}
	return string(b)
}

// lineIndex gives the line and column of byte offsets from the offsets of
// the line starts, found in one pass: each lookup is a binary search, so a
// deck with many references is read in O(n log lines), not rescanned from
// the start per reference.
type lineIndex struct {
	starts []int // byte offset of each line's first byte
	probes int   // comparisons made by the searches, for tests
}

func newLineIndex(s string) *lineIndex {
	starts := make([]int, 1, strings.Count(s, "\n")+1)
	for i := range len(s) {
		if s[i] == '\n' {
			starts = append(starts, i+1)
		}
	}
	return &lineIndex{starts: starts}
}

// position is the 1-based line and column (in bytes) of offset at.
func (x *lineIndex) position(at int) (line, col int) {
	i, _ := slices.BinarySearchFunc(x.starts, at+1, func(start, target int) int {
		x.probes++
		return cmp.Compare(start, target)
	})
	// starts[i-1] is the last line start at or before at.
	return i, at - x.starts[i-1] + 1
}
