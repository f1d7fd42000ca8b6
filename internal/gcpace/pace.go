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

// WorkerBudget and WorkerSlack pace a WebAssembly layout worker
// (cmd/sketchdeck-layout) with Jobs. Its live heap is mostly the
// WebAssembly memory (about 3 MB after start, 10 MB after a 200-node
// layout) and its garbage is go-graphviz's: about 10 KB for every call into
// the module and a copy of the linear memory each time it grows, 33 MB for
// the first layout of a 200-node graph in a fresh worker. With Go's
// default pacing that layout ran six to eight collections, each waiting
// for the layout to leave WebAssembly code before it could stop the world.
// Under the budget it runs none; a worker collects before a layout once
// WorkerSlack of garbage has piled up, so that laying out many graphs keeps
// it small; once its live heap is more than half the budget, it collects
// when the heap has doubled.
const (
	WorkerBudget = 64 << 20
	WorkerSlack  = 16 << 20
)

// Metrics read: the heap the last collection found live, and the heap's
// objects now, live or not yet found dead.
const (
	liveMetric    = "/gc/heap/live:bytes"
	objectsMetric = "/memory/classes/heap/objects:bytes"
)

// Build sets the collector's pacing for a build: no collection until the
// Go memory reaches budget bytes, until a collection finds more than half
// of it live, from which on the pacing is Go's default again. A GOGC or
// GOMEMLIMIT in the environment is obeyed instead: Build then does
// nothing. restore sets the pacing back to what it was.
func Build(budget int64) (restore func()) {
	if userPaced() {
		return func() {}
	}
	return pace(budget, nil)
}

// Jobs paces a process that does one job after another, such as the layout
// worker, whose jobs run outside Go (WebAssembly code) where a collection
// cannot stop them: it waits until the job calls back into Go, and holds
// the process's other goroutines meanwhile when it stops the world. Jobs gives a function to call before
// each job, which collects garbage at once if more than slack bytes of it
// may have piled up since the last collection, so that a job starts with
// room for its garbage and collections run between jobs rather than in
// the middle of one. Between, the collector runs only when the Go memory
// reaches budget bytes or twice what the last collection found live,
// whichever is more: Go's default pacing for a large heap, without its
// collection every two minutes, which held the worker's other goroutines
// for 26 s during a layout of a 2000-node graph on a loaded machine. With
// a GOGC or GOMEMLIMIT in the environment, Jobs changes nothing and its
// function does nothing.
func Jobs(budget, slack int64) (before func()) {
	if userPaced() {
		return func() {}
	}
	w := newWatch(budget, true, nil)
	return func() { w.tidy(slack) }
}

// userPaced reports whether the environment sets the collector's pacing.
func userPaced() bool {
	return os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != ""
}

// pace is Build; switched, if not nil, is called once the pacing is back
// to what it was because the live heap grew.
func pace(budget int64, switched func()) (restore func()) {
	return newWatch(budget, false, switched).restore
}

// newWatch sets the pacing of Build, or with follow Jobs', and watches the
// live heap.
func newWatch(budget int64, follow bool, switched func()) *watch {
	w := &watch{budget: budget, follow: follow, switched: switched}
	w.percent = debug.SetGCPercent(-1)
	w.limit = debug.SetMemoryLimit(budget)
	w.arm()
	return w
}

// watch looks at the live heap after each collection.
type watch struct {
	budget   int64
	percent  int   // the pacing before Build
	limit    int64 // the memory limit before Build
	switched func()
	// follow is Jobs' pacing: the memory limit follows the live heap
	// instead of the pacing switching back.
	follow bool
	once   sync.Once
	over   atomic.Bool // the pacing is back to what it was
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
// budget, or under Jobs' pacing sets the memory limit to twice the live
// heap or the budget, whichever is more; then it waits for the next
// collection.
func (w *watch) check() {
	if w.over.Load() {
		return
	}
	live, _ := heap()
	if w.follow {
		debug.SetMemoryLimit(max(w.budget, 2*int64(live)))
		w.arm()
		return
	}
	if live > uint64(w.budget/2) {
		w.restore()
		if w.switched != nil {
			w.switched()
		}
		return
	}
	w.arm()
}

// tidy collects garbage now if the heap holds more than slack bytes
// besides what the last collection found live.
func (w *watch) tidy(slack int64) {
	if live, objects := heap(); objects > live+uint64(slack) {
		runtime.GC()
	}
}

// heap reads the heap the last collection found live and the heap's
// objects now.
func heap() (live, objects uint64) {
	s := []metrics.Sample{{Name: liveMetric}, {Name: objectsMetric}}
	metrics.Read(s)
	if s[0].Value.Kind() == metrics.KindUint64 {
		live = s[0].Value.Uint64()
	}
	if s[1].Value.Kind() == metrics.KindUint64 {
		objects = s[1].Value.Uint64()
	}
	return live, objects
}

// restore sets the pacing back to what it was before Build, once.
func (w *watch) restore() {
	w.once.Do(func() {
		w.over.Store(true)
		debug.SetGCPercent(w.percent)
		debug.SetMemoryLimit(w.limit)
	})
}
