package build

import (
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
	// they are drawn; nil when every sketch was drawn before.
	done []chan struct{}
	wait sync.WaitGroup
	// check is what finish checks once every item is drawn: the
	// drawing's cost, as sketchAll checks it item by item.
	name  string
	items []scene.Item
	est   []int
	// panicked is a sketching goroutine's panic, raised again by finish
	// on the goroutine that builds the diagram.
	panicked atomic.Pointer[any]
}

// startSketches sketches sc's items, on the calling goroutine, or, for a
// wide scene whose estimated cost is within MaxDrawCost, on every core in
// the background: get waits for an item's sketch, finish for them all.
// name names the diagram in errors, seed picks the wobble.
func startSketches(name string, sc *scene.Scene, seed uint64) (*sketches, error) {
	n := len(sc.Items)
	procs := runtime.GOMAXPROCS(0)
	if n < wideScene || procs < 2 {
		all, err := sketchAll(name, sc, seed)
		return &sketches{all: all}, err
	}
	est := make([]int, n)
	total := 0
	for i, it := range sc.Items {
		est[i] = itemCost(it)
		total += est[i]
	}
	if total > MaxDrawCost { // some item may pass the limit: one at a time, stopping there
		all, err := sketchAll(name, sc, seed)
		return &sketches{all: all}, err
	}
	s := &sketches{all: make([]sketch.Drawing, n), name: name, items: sc.Items, est: est}
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

// sketchChunks sketches the next chunk not taken, until none is left. A
// panic closes the chunks left (their sketches empty) and is kept for
// finish to raise: the diagram then fails as a panic on its own
// goroutine does.
func (s *sketches) sketchChunks(next *atomic.Int64, seed uint64) {
	k := -1
	defer func() {
		if r := recover(); r != nil {
			s.panicked.CompareAndSwap(nil, &r)
			for ; k < len(s.done); k = int(next.Add(1)) - 1 {
				if k >= 0 {
					close(s.done[k])
				}
			}
		}
	}()
	for {
		k = int(next.Add(1)) - 1
		if k >= len(s.done) {
			return
		}
		for i := k * sketchChunk; i < min(len(s.all), (k+1)*sketchChunk); i++ {
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
// sketch.Cost bounds what an item draws and the estimates add up to
// within MaxDrawCost, it passes, but the answer is the same as
// sketchAll's whatever the estimates.
func (s *sketches) finish() error {
	if s.done == nil {
		return nil
	}
	s.wait.Wait()
	if r := s.panicked.Load(); r != nil {
		panic(*r)
	}
	cost := 0
	for i, it := range s.items {
		if cost+s.est[i] > MaxDrawCost {
			return tooCostly(s.name, it)
		}
		cost += drawnCost(it, s.all[i])
	}
	return nil
}

// sketchAll sketches every item of a scene in order, checking before
// each that the drawing stays within MaxDrawCost; name names the diagram
// in errors, seed picks the wobble.
func sketchAll(name string, sc *scene.Scene, seed uint64) ([]sketch.Drawing, error) {
	drawings := make([]sketch.Drawing, len(sc.Items))
	cost := 0
	for i, it := range sc.Items {
		if cost+itemCost(it) > MaxDrawCost {
			return nil, tooCostly(name, it)
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

// tooCostly is the error of a drawing that would pass MaxDrawCost at it.
func tooCostly(name string, it scene.Item) error {
	return fmt.Errorf("%s: the drawing is too big: over %d strokes and characters (item %q and those before it); the limit keeps SVGs to a few MiB", name, MaxDrawCost, it.ID)
}
