package build

import (
	"context"
	"runtime"
)

// aheadPerWorker bounds how far BuildEach builds ahead of the result it
// hands over next, per worker, when Options.Workers is given: enough to
// keep every worker busy while a slow diagram holds the queue, few enough
// that memory stays flat.
const aheadPerWorker = 4

// underWayPerCore is how many diagrams BuildEach and BuildWrite build at
// once per core when Options.Workers is 0. A diagram waiting for its
// layout (in a worker process) uses no core, and each layout worker (one
// per core) is given up to six small layouts at once (its queue, see
// package internal/graphviz/worker), so that it finds its next request
// waiting however late this process reads its answers. With two per core,
// as before, a worker that answered often had no next layout waiting:
// the diagrams whose layouts it had just answered were still being drawn,
// and no other was ready (two layouts in five of a build of small graphs).
const underWayPerCore = 6

// writingPerCore bounds how many built results BuildWrite writes at once,
// per core: a write mostly waits in system calls (or for the disk, when the
// writer flushes), so several at once cost little more than one. Results
// waiting to be written do not stop the next diagrams from being built.
const writingPerCore = 4

// BuildEach builds every source in parallel, as BuildAll does, but hands
// each result to emit as soon as it and every result before it are done,
// in the order of srcs, and then forgets it: however many sources there
// are, at most a few results per worker are held at once (flat memory for
// a deck of any size). emit runs on the caller's goroutine. Once ctx ends
// no more are started: each source not built yet gets ctx's error.
func (b *Builder) BuildEach(ctx context.Context, srcs []Source, emit func(i int, r Result)) {
	b.BuildWrite(ctx, srcs, nil, emit)
}

// BuildWrite is BuildEach with write, which is called with each result
// built without error as soon as it is built, before emit gets it, on a
// goroutine of its own: a few results are written at once, and while they
// are (a file's write waits for the disk), the next diagrams are built.
// write's error becomes the result's. write may be nil. Once through
// write, a result keeps only its name, warnings and error (Written): emit
// gets that, and write keeps what else it needs. So a written result that
// waits for an earlier one to be handed over holds little memory, and a
// result being written counts against the few being written
// (writingPerCore), not against the few being built: writes that wait
// long for the disk (a flush) do not stop the next diagrams from being
// built.
func (b *Builder) BuildWrite(ctx context.Context, srcs []Source, write func(i int, r Result) error, emit func(i int, r Result)) {
	workers, ahead := b.opts.Workers, aheadPerWorker*b.opts.Workers
	if workers <= 0 {
		cores := runtime.GOMAXPROCS(0)
		workers = underWayPerCore * cores
		ahead = workers + 2*cores
	}
	var then func(i int, r Result) Result
	if write != nil {
		then = func(i int, r Result) Result {
			if r.Err == nil {
				r.Err = write(i, r)
			}
			return r.Written()
		}
	}
	// A source in several languages is decoded once (the languages of a
	// file are built one after the other, within ahead).
	shares := b.shareDecodes(srcs, ahead)
	inOrder(ctx, len(srcs), workers, ahead, writingPerCore*runtime.GOMAXPROCS(0),
		func(i int) Result {
			r := b.buildShared(ctx, srcs[i], shares[i])
			shares[i] = nil // the last source done drops the decoded diagram
			return r
		},
		func(i int) Result { return cancelled(srcs[i], ctx.Err()) },
		then, emit)
}

// inOrder runs do(0) … do(n-1) on up to workers goroutines and passes each
// value to emit in index order, on the calling goroutine. When then is not
// nil, each value done goes through then on a goroutine of its own, up to
// thens at once, and the worker moves on. At most ahead values are under
// way (without then: done or under way and not yet emitted); a value
// waiting in then holds a place of thens only, so a slow then (a write
// waiting for the disk) does not stop the next values from being done,
// and a value through then holds none. Once ctx ends nothing more starts,
// and each index not started gets skip(i) instead.
func inOrder[T any](ctx context.Context, n, workers, ahead, thens int, do, skip func(i int) T, then func(i int, v T) T, emit func(i int, v T)) {
	ahead = max(ahead, 1)
	done := make([]chan T, n)
	for i := range done {
		done[i] = make(chan T, 1)
	}
	room := make(chan struct{}, ahead)         // one token per value under way (or, without then, not yet emitted)
	busy := make(chan struct{}, max(thens, 1)) // one token per value in then
	small := then != nil
	jobs := make(chan int)
	for range min(workers, n) {
		go func() {
			for i := range jobs {
				if ctx.Err() != nil {
					if small {
						<-room
					}
					done[i] <- skip(i)
					continue
				}
				v := do(i)
				if then == nil {
					done[i] <- v
					continue
				}
				busy <- struct{}{} // waits while thens values are in then
				<-room
				go func() {
					v := then(i, v)
					<-busy
					done[i] <- v
				}()
			}
		}()
	}
	go func() {
		defer close(jobs)
		for i := range n {
			// A worker may be free as ctx ends: select would pick either.
			if ctx.Err() == nil {
				select {
				case room <- struct{}{}:
					if ctx.Err() == nil {
						jobs <- i
						continue
					}
					<-room
				case <-ctx.Done():
				}
			}
			if !small {
				room <- struct{}{}
			}
			done[i] <- skip(i)
		}
	}()
	for i := range n {
		v := <-done[i]
		done[i] = nil
		emit(i, v)
		if !small {
			<-room
		}
	}
}
