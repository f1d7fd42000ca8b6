package deck

import (
	"bytes"
	"cmp"
	"slices"
)

// lineIndex gives the line and column of byte offsets from the offsets of
// the line starts, found in one pass: each lookup is a binary search, so a
// deck with many references is read in O(n log lines), not rescanned from
// the start per reference.
type lineIndex struct {
	starts []int // byte offset of each line's first byte
	probes int   // comparisons made by the searches, for tests
}

func newLineIndex(s []byte) *lineIndex {
	starts := make([]int, 1, bytes.Count(s, []byte("\n"))+1)
	for i, c := range s {
		if c == '\n' {
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
