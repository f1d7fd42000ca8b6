package native

import (
	"context"
	"sync"
	"time"

	"github.com/sketchdeck/sketchdeck/internal/graphviz"
)

// Spares keeps dot processes started ahead ("spares") for one kind of
// request, the commonest (dot -Kdot -Tdot, with one CPU-time limit): dot
// takes about 11 ms to start before it reads its input, which a spare
// spends while sketchdeck still decodes and measures the diagram, instead
// of after. A spare runs the same program with the same arguments and is
// given the same input as a process of its own would be, so its output is
// the same bytes. It is safe for concurrent use.
//
// Spares are started only for layouts the caller says are coming
// (Prestart), never more than those: a build that lays nothing out starts
// none, and one that lays out one graph starts one. A spare not used is
// killed and reaped when the context given to Prestart ends, or at Close.
type Spares struct {
	dot    *Dot
	engine graphviz.Engine
	format string
	cpu    time.Duration
	keep   int // spares ready at once, at most

	mu      sync.Mutex
	ready   []*spare // oldest first
	left    int      // layouts still expected (Prestart), spares never outnumber them
	served  int      // layouts a spare served
	closed  bool
	unwatch func() bool // stops watching Prestart's context
	// killing is held by drop until the spares it took are reaped, so
	// that Close returns only once every spare is.
	killing sync.Mutex
}

// spare is a dot process being started in the background: started is
// closed once it has started (p), or failed to (p is nil).
type spare struct {
	started chan struct{}
	p       *process
}

// NewSpares returns Spares for dot requests of engine and format with a
// CPU-time limit of cpu (0: none), at most keep of them ready at once (at
// least 1). None is started before Prestart.
func (d *Dot) NewSpares(engine graphviz.Engine, format string, cpu time.Duration, keep int) *Spares {
	return &Spares{dot: d, engine: engine, format: format, cpu: cpu, keep: max(keep, 1)}
}

// Prestart says that about n layouts are coming, and starts spares for
// them in the background (up to the number kept ready); it returns at
// once. Once ctx ends, the spares are killed and no more are started
// until the next Prestart. It does nothing after Close or once ctx has
// ended.
func (s *Spares) Prestart(ctx context.Context, n int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed || ctx.Err() != nil {
		return
	}
	if s.unwatch != nil {
		s.unwatch()
	}
	s.unwatch = context.AfterFunc(ctx, s.drop)
	s.left = n
	s.fill()
}

// fill starts spares until as many are ready as are kept and expected.
// s.mu is held.
func (s *Spares) fill() {
	for len(s.ready) < min(s.keep, s.left) {
		sp := &spare{started: make(chan struct{})}
		s.ready = append(s.ready, sp)
		go func() {
			defer close(sp.started)
			// A spare that fails to start is not reported here: the
			// layout that wanted it starts dot itself and reports why.
			sp.p, _ = s.dot.launch(s.engine, s.format, s.cpu)
		}()
	}
}

// take counts a layout as come and returns a spare for it if one fits,
// starting the next in the background, or nil.
func (s *Spares) take(engine graphviz.Engine, format string, cpu time.Duration) *spare {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.left = max(s.left-1, 0)
	if engine != s.engine || format != s.format || cpu != s.cpu || len(s.ready) == 0 {
		return nil
	}
	sp := s.ready[0]
	s.ready = s.ready[1:]
	s.served++
	s.fill()
	return sp
}

// Render is Dot.Render, in a spare when one fits the request and has
// started, else in a dot process of its own. The wall-clock bound is
// counted from the call, as Dot.Render's is; the CPU-time limit counts
// the spare's start-up, as it counts a process's own.
func (s *Spares) Render(ctx context.Context, engine graphviz.Engine, src, format string, cpu, wall time.Duration, over func(time.Duration) string) (string, error) {
	if engine.Valid() && ctx.Err() == nil {
		if sp := s.take(engine, format, cpu); sp != nil {
			// Starting a process takes a millisecond or two: wait for it.
			<-sp.started
			// Else it failed to start, or ended (killed) since.
			if sp.p != nil && !sp.p.exited() {
				return s.dot.finish(ctx, sp.p, src, wall, over)
			}
		}
	}
	return s.dot.Render(ctx, engine, src, format, cpu, wall, over)
}

// Served is how many layouts a spare has served, for tests and
// measurements.
func (s *Spares) Served() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.served
}

// drop kills the spares ready and expects no more layouts, until the next
// Prestart.
func (s *Spares) drop() {
	s.killing.Lock()
	defer s.killing.Unlock()
	s.mu.Lock()
	ready := s.ready
	s.ready, s.left = nil, 0
	s.mu.Unlock()
	for _, sp := range ready {
		<-sp.started
		if sp.p != nil {
			sp.p.kill()
		}
	}
}

// Close kills and reaps the spares not used, and waits for those that
// the end of Prestart's context is killing; none starts afterwards, and
// Render starts a process of its own. Closing twice is harmless.
func (s *Spares) Close() {
	s.mu.Lock()
	s.closed = true
	if s.unwatch != nil {
		s.unwatch()
	}
	s.mu.Unlock()
	s.drop()
}
