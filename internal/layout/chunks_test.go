package layout

import (
	"sync/atomic"
	"testing"
)

// TestInChunksEachOnce: every index is done once, in chunks, whatever the
// goroutines and however the chunks fall.
func TestInChunksEachOnce(t *testing.T) {
	for _, procs := range []int{1, 2, 4} {
		for _, n := range []int{0, 1, 15, 16, 17, 100} {
			done := make([]atomic.Int32, n)
			inChunks(procs, n, 16, func(lo, hi int) {
				if hi-lo > 16 && procs > 1 {
					t.Errorf("procs %d, n %d: chunk [%d, %d) longer than 16", procs, n, lo, hi)
				}
				for i := lo; i < hi; i++ {
					done[i].Add(1)
				}
			})
			for i := range done {
				if k := done[i].Load(); k != 1 {
					t.Errorf("procs %d, n %d: index %d done %d times", procs, n, i, k)
				}
			}
		}
	}
}

// TestInChunksPanics: a panic on another goroutine is raised again on the
// calling one, where the build recovers it.
func TestInChunksPanics(t *testing.T) {
	defer func() {
		if r := recover(); r != "chunk 3" {
			t.Errorf("recovered %v, want the panic of chunk 3", r)
		}
	}()
	inChunks(2, 100, 10, func(lo, hi int) {
		if lo == 30 {
			panic("chunk 3")
		}
	})
	t.Error("no panic")
}
