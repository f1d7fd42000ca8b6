package lint

import (
	"runtime"
	"sync"

	"github.com/sketchdeck/sketchdeck/internal/scene"
)

// measureAlone is how many items are measured on one goroutine: past it,
// a scene's items are split across the cores. Measuring is most of what
// a large graph's room costs (thousands of shapes, strokes and texts,
// measured while the rest of the build waits for the layout), and a
// slide's few hundred items are not worth the goroutines, least of all in
// a deck, where diagrams are built side by side already.
const measureAlone = 512

// measure turns items into pieces, the groups of their owners in gs, on
// up to GOMAXPROCS goroutines.
func measure(items []scene.Item, gs groups, ink Inker) []*piece {
	return measureOn(runtime.GOMAXPROCS(0), items, gs, ink)
}

// measureOn is measure on up to parts goroutines. A piece depends on its
// item alone and lands at its index, so the pieces are the same whatever
// the parts (TestMeasureSameOnCores); the groups are looked up first, one
// after the other, since looking one up may add it.
func measureOn(parts int, items []scene.Item, gs groups, ink Inker) []*piece {
	owner := make([]*group, len(items))
	for i := range items {
		owner[i] = gs.of(items[i].ID)
	}
	ps := make([]*piece, len(items))
	run := func(lo, hi int) {
		for i := lo; i < hi; i++ {
			ps[i] = newPiece(&items[i], i, owner[i], ink)
		}
	}
	n := len(items)
	if n <= measureAlone || parts <= 1 {
		run(0, n)
		return ps
	}
	size := (n + parts - 1) / parts
	var wg sync.WaitGroup
	for lo := size; lo < n; lo += size {
		wg.Add(1)
		go func() {
			defer wg.Done()
			run(lo, min(lo+size, n))
		}()
	}
	run(0, min(size, n))
	wg.Wait()
	return ps
}
