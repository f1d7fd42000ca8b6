package layout

import (
	"sync"
	"sync/atomic"
)

// inChunks calls do(lo, hi) for the chunks [0, chunk), [chunk, 2·chunk), …
// of [0, n), each once, on up to procs goroutines (the calling one among
// them), each taking the next chunk left as it finishes one. do must
// write only what its chunk owns, so that the result is the same
// whatever the goroutines. A panic in one is raised again on the calling
// goroutine once all are done, where the build turns it into the
// diagram's error.
func inChunks(procs, n, chunk int, do func(lo, hi int)) {
	chunks := (n + chunk - 1) / chunk
	if procs < 2 || chunks < 2 {
		do(0, n)
		return
	}
	var next atomic.Int64
	var panicked atomic.Pointer[any]
	work := func() {
		defer func() {
			if r := recover(); r != nil {
				panicked.CompareAndSwap(nil, &r)
			}
		}()
		for {
			k := int(next.Add(1)) - 1
			if k >= chunks {
				return
			}
			do(k*chunk, min((k+1)*chunk, n))
		}
	}
	var wg sync.WaitGroup
	for range min(procs, chunks) - 1 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			work()
		}()
	}
	work()
	wg.Wait()
	if r := panicked.Load(); r != nil {
		panic(*r)
	}
}
