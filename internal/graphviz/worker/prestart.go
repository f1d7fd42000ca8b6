package worker

import (
	"context"
	"os"
	"path/filepath"
)

// Prestart starts up to n workers (at most Options.Procs in all) in the
// background, so that the first layouts find them ready instead of waiting
// for a process to start and load Graphviz: a build calls it when it knows
// that graphs no Store holds are coming, and the workers start while it
// decodes and measures them. Prestart returns at once. With Native it
// starts dot processes ahead instead (native.Spares.Prestart). It does
// nothing after Close, once ctx has ended, or for workers that run
// already. A worker that fails to
// start is not reported here: the layout that wanted it starts one and
// reports why.
func (c *Client) Prestart(ctx context.Context, n int) {
	if c.spares != nil {
		c.spares.Prestart(ctx, n)
		return
	}
	if ctx.Err() != nil {
		return
	}
	c.mu.Lock()
	closed := c.closed
	c.mu.Unlock()
	if closed {
		return
	}
	// Fill empty slots with workers that start, up to n in all: a slot
	// held by a layout holds a worker or soon will.
	want := n - (c.opt.Procs - len(c.empty))
	for range want {
		select {
		case <-c.empty:
		default:
			return
		}
		w := &pending{ready: make(chan struct{})}
		go c.prestart(ctx, w)
		c.idle <- &proc{pending: w}
	}
}

// pending is a worker that Prestart is starting, in a slot of its own:
// ready is closed once it has started (p) or failed to (p is nil).
type pending struct {
	ready chan struct{}
	p     *proc
}

// prestart starts the worker w for Prestart, unless the Client closed or
// ctx ended first.
func (c *Client) prestart(ctx context.Context, w *pending) {
	defer close(w.ready)
	c.mu.Lock()
	closed := c.closed
	c.mu.Unlock()
	if closed || ctx.Err() != nil {
		return
	}
	if p, err := c.startWorker(ctx); err == nil {
		w.p = p
	}
}

// started is the worker a slot holds once it has started: p itself, or
// for a worker that Prestart is starting, that worker once it has started
// (nil if it failed to; the layout then starts one and reports why). If
// ctx ends first, it returns p, still starting, and ctx's error.
func started(ctx context.Context, p *proc) (*proc, error) {
	if p == nil || p.pending == nil {
		return p, nil
	}
	select {
	case <-p.pending.ready:
		return p.pending.p, nil
	case <-ctx.Done():
		return p, ctx.Err()
	}
}

// startWorker starts a worker and counts it. While the WebAssembly module
// is not compiled yet (a fresh machine), workers start one after the
// other, so that the first compiles it (about a second) and the others
// load it; once it is, they start side by side.
func (c *Client) startWorker(ctx context.Context) (*proc, error) {
	if !c.compiled.Load() {
		c.starting.Lock()
		defer c.starting.Unlock()
		if compiledBefore() {
			c.compiled.Store(true)
		}
	}
	p, err := start(ctx, c.opt)
	if err != nil {
		return nil, err
	}
	c.compiled.Store(true) // a worker that has started has compiled the module
	c.mu.Lock()
	c.starts++
	c.mu.Unlock()
	return p, nil
}

// compiledBefore reports whether the compile cache holds a compiled
// module: a folder of go-graphviz's (one per wazero release) with a file.
// It may be another release's, which the worker then compiles again: two
// workers may then compile side by side, once.
func compiledBefore() bool {
	dir := compileCacheDir()
	if dir == "" {
		return false
	}
	dir = filepath.Join(dir, "go-graphviz")
	subs, err := os.ReadDir(dir)
	if err != nil {
		return false
	}
	for _, s := range subs {
		if !s.IsDir() {
			continue
		}
		if files, err := os.ReadDir(filepath.Join(dir, s.Name())); err == nil && len(files) > 0 {
			return true
		}
	}
	return false
}
