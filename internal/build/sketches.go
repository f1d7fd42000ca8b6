package build

import (
	"errors"
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"

	"github.com/sketchdeck/sketchdeck/internal/scene"
	"github.com/sketchdeck/sketchdeck/internal/sketch"
)

// wideScene is the number of items from which a scene is sketched on every
// core while its first document is written: one large graph (banded200
// makes about 850 items) is built alone, with a core idle, while a deck's
// diagrams (the largest makes 441 items) keep the cores busy side by side
// and pay nothing for goroutines.
const wideScene = 512

// sketchChunk is how many items a core sketches at a time: enough that
// handing out chunks costs nothing next to drawing them, few enough that
// the writer, which waits for each chunk in order, soon has work.
const sketchChunk = 32

// sketches are the sketches of a scene's items, all[i] of sc.Items[i].
// Each item is sketched alone from the seed and its own id, so the
// sketches are the same whichever goroutine draws them and in whatever
// order: a document written from them is the same bytes.
type sketches struct {
	all []sketch.Drawing
	// done has a channel per chunk of sketchChunk items, closed once
	// they are drawn (or given up); nil when every sketch was drawn
	// before.
	done  []chan struct{}
	wait  sync.WaitGroup
	name  string
	items []scene.Item
	limit int
	est   []int // each item's estimated cost, taken before it is drawn
	// taken is the estimates of the items drawn or being drawn, added up
	// before each is drawn: past limit, no more is drawn (estimates are
	// never negative, so once past it stays past).
	taken atomic.Int64
	// panicked is a sketching goroutine's panic, raised again by finish
	// on the goroutine that builds the diagram.
	panicked atomic.Pointer[any]
}

// errOverEstimate is finish's answer when the items' estimated costs
// passed the limit: the sketches are incomplete, and only sketchAll, item
// by item with what the items before drew, can say whether the drawing
// passes the limit.
var errOverEstimate = errors.New("the drawing's estimated cost passes the limit")

// startSketches sketches sc's items: on the calling goroutine for a
// scene of few items, or on every core in the background, each item's
// estimated cost (sketch.Cost) counted against limit before it is drawn:
// get waits for an item's sketch, finish for them all. name names the
// diagram in errors, seed picks the wobble.
func startSketches(name string, sc *scene.Scene, seed uint64, limit int) (*sketches, error) {
	n := len(sc.Items)
	procs := runtime.GOMAXPROCS(0)
	if n < wideScene || procs < 2 {
		all, err := sketchAll(name, sc, seed, limit)
		return &sketches{all: all}, err
	}
	s := &sketches{all: make([]sketch.Drawing, n), name: name, items: sc.Items, limit: limit, est: make([]int, n)}
	chunks := (n + sketchChunk - 1) / sketchChunk
	s.done = make([]chan struct{}, chunks)
	for k := range s.done {
		s.done[k] = make(chan struct{})
	}
	var next atomic.Int64
	for range min(procs, chunks) {
		s.wait.Add(1)
		go func() {
			defer s.wait.Done()
			s.sketchChunks(&next, seed)
		}()
	}
	return s, nil
}

// sketchChunks sketches the next chunk not taken, until none is left. Past
// the limit, or at a panic (kept for finish to raise: the diagram then
// fails as a panic on its own goroutine does), it closes the chunks left
// with their sketches empty.
func (s *sketches) sketchChunks(next *atomic.Int64, seed uint64) {
	k := -1
	giveUp := func() {
		for ; k < len(s.done); k = int(next.Add(1)) - 1 {
			if k >= 0 {
				close(s.done[k])
			}
		}
	}
	defer func() {
		if r := recover(); r != nil {
			s.panicked.CompareAndSwap(nil, &r)
			giveUp()
		}
	}()
	for {
		k = int(next.Add(1)) - 1
		if k >= len(s.done) {
			return
		}
		for i := k * sketchChunk; i < min(len(s.all), (k+1)*sketchChunk); i++ {
			s.est[i] = itemCost(s.items[i])
			if s.taken.Add(int64(s.est[i])) > int64(s.limit) {
				giveUp()
				return
			}
			s.all[i] = sketch.Draw(s.items[i], seed)
		}
		close(s.done[k])
	}
}

// get is the sketch of item i, once it is drawn.
func (s *sketches) get(i int) sketch.Drawing {
	if s.done != nil {
		<-s.done[i/sketchChunk]
	}
	return s.all[i]
}

// finish waits for every sketch and checks the drawing's cost as
// sketchAll does, item by item with what the items before drew: since
// sketch.Cost bounds what an item draws and the estimates added up to
// within the limit, it passes, but the answer is the same as sketchAll's
// whatever the estimates. It is errOverEstimate when the estimates
// passed the limit and the sketches were given up.
func (s *sketches) finish() error {
	if s.done == nil {
		return nil
	}
	s.wait.Wait()
	if r := s.panicked.Load(); r != nil {
		panic(*r)
	}
	if s.taken.Load() > int64(s.limit) {
		return errOverEstimate
	}
	cost := 0
	for i, it := range s.items {
		if cost+s.est[i] > s.limit {
			return tooCostly(s.name, it, s.limit)
		}
		cost += drawnCost(it, s.all[i])
	}
	return nil
}

// sketchAll sketches every item of a scene in order, checking before
// each that the drawing stays within limit; name names the diagram in
// errors, seed picks the wobble.
func sketchAll(name string, sc *scene.Scene, seed uint64, limit int) ([]sketch.Drawing, error) {
	drawings := make([]sketch.Drawing, len(sc.Items))
	cost := 0
	for i, it := range sc.Items {
		if cost+itemCost(it) > limit {
			return nil, tooCostly(name, it, limit)
		}
		drawings[i] = sketch.Draw(it, seed)
		cost += drawnCost(it, drawings[i])
	}
	return drawings, nil
}

// itemCost bounds what an item draws: its path commands (sketch.Cost)
// and its characters.
func itemCost(it scene.Item) int {
	return sketch.Cost(it) + textCost(it)
}

// drawnCost is what an item drew: its path commands and its characters.
func drawnCost(it scene.Item, d sketch.Drawing) int {
	n := textCost(it)
	for _, p := range d.Paths {
		n += len(p.Ops)
	}
	return n
}

// textCost is the characters of an item's text.
func textCost(it scene.Item) int {
	n := 0
	if it.Text != nil {
		for _, l := range it.Text.Lines {
			n += len(l.Text)
		}
	}
	return n
}

// tooCostly is the error of a drawing that would pass limit at it.
func tooCostly(name string, it scene.Item, limit int) error {
	return fmt.Errorf("%s: the drawing is too big: over %d strokes and characters (item %q and those before it); the limit keeps SVGs to a few MiB", name, limit, it.ID)
}
