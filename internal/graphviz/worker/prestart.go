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
	// Fill empty lanes with workers that start, up to n in all.
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.closed {
		return
	}
	want := n
	for _, p := range c.lanes {
		if p != nil {
			want--
		}
	}
	for i, p := range c.lanes {
		if want <= 0 {
			break
		}
		if p == nil {
			c.lanes[i] = newProc(c.opt)
			go c.launch(ctx, c.lanes[i])
			want--
		}
	}
}

// startWorker starts p and counts it. While the WebAssembly module is not
// compiled yet (a fresh machine), workers start one after the other, so
// that the first compiles it (about a second) and the others load it;
// once it is, they start side by side.
func (c *Client) startWorker(ctx context.Context, p *proc) error {
	if !c.compiled.Load() {
		c.starting.Lock()
		defer c.starting.Unlock()
		if compiledBefore() {
			c.compiled.Store(true)
		}
	}
	err := p.start(ctx, c.opt)
	if p.cmd != nil && p.cmd.Process != nil {
		c.mu.Lock()
		c.starts++ // a process started, whether or not it said Hello
		c.mu.Unlock()
	}
	if err != nil {
		return err
	}
	c.compiled.Store(true) // a worker that has started has compiled the module
	return nil
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
