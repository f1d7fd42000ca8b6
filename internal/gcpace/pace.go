package gcpace

import (
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"sync"
	"sync/atomic"
)

// Budget is the Go memory (heap, stacks and the runtime's own) a build
// may use before it collects garbage: with the executable's own pages it
// keeps a build's peak resident memory under 40 MiB however many diagrams
// it builds (scripts/bench-compare.sh, target 3).
const Budget = 28 << 20

// liveMetric is the heap the last collection found live.
const liveMetric = "/gc/heap/live:bytes"

// Build sets the collector's pacing for a build: no collection until the
// Go memory reaches budget bytes, until a collection finds more than half
// of it live, from which on the pacing is Go's default again. A GOGC or
// GOMEMLIMIT in the environment is obeyed instead: Build then does
// nothing. restore sets the pacing back to what it was.
func Build(budget int64) (restore func()) {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return func() {}
	}
	return pace(budget, nil)
}

// pace is Build; switched, if not nil, is called once the pacing is back
// to what it was because the live heap grew.
func pace(budget int64, switched func()) (restore func()) {
	w := &watch{budget: budget, switched: switched}
	w.percent = debug.SetGCPercent(-1)
	w.limit = debug.SetMemoryLimit(budget)
	w.arm()
	return w.restore
}

// watch looks at the live heap after each collection.
type watch struct {
	budget   int64
	percent  int   // the pacing before Build
	limit    int64 // the memory limit before Build
	switched func()
	once     sync.Once
	over     atomic.Bool // the pacing is back to what it was
}

// sentinel is an object that only the next collection frees: its cleanup
// runs after that collection. It holds a pointer, so that it is not one
// of the tiny objects a cleanup may never run for.
type sentinel struct{ _ *int }

// arm asks to check the live heap after the next collection.
func (w *watch) arm() {
	runtime.AddCleanup(&sentinel{}, func(w *watch) { w.check() }, w)
}

// check sets the pacing back if the live heap is more than half the
// budget, and else waits for the next collection.
func (w *watch) check() {
	if w.over.Load() {
		return
	}
	s := []metrics.Sample{{Name: liveMetric}}
	metrics.Read(s)
	if s[0].Value.Kind() == metrics.KindUint64 && s[0].Value.Uint64() > uint64(w.budget/2) {
		w.restore()
		if w.switched != nil {
			w.switched()
		}
		return
	}
	w.arm()
}

// restore sets the pacing back to what it was before Build, once.
func (w *watch) restore() {
	w.once.Do(func() {
		w.over.Store(true)
		debug.SetGCPercent(w.percent)
		debug.SetMemoryLimit(w.limit)
	})
}
