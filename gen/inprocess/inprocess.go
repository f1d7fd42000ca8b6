package inprocess

import (
	"context"
	"errors"
	"sync"

	"github.com/sketchdeck/sketchdeck/internal/graphviz"
	"github.com/sketchdeck/sketchdeck/internal/graphviz/wasm"
)

// Options configure a Placer. The zero value is ready to use.
type Options struct {
	// Fallback, after Graphviz has stopped for good in this process (it
	// failed on a graph, or exited inside its WebAssembly instance), lays
	// the following graphs out in worker processes running this program,
	// as Workers does; the program must then call ServeWorker first thing
	// in main. Without it every later layout fails with the error.
	Fallback bool
}

// Placer lays graphs out with Graphviz in this process; its zero value is
// not usable: make one with New. It is safe for concurrent use (layouts
// take turns: Graphviz is one per process). Pass it as gen.Options.Placer
// and Close it when done; Builders do not.
type Placer struct {
	opt    Options
	runner *wasm.Runner

	mu       sync.Mutex
	fallback *Workers // started once Graphviz has stopped, with Options.Fallback
}

// New returns a Placer. Graphviz starts with the first layout.
func New(opt Options) *Placer {
	return &Placer{opt: opt, runner: wasm.NewRunner(wasm.Options{})}
}

// Layout places g's nodes and routes its edges; gen calls it. With
// Options.Fallback, a layout that finds Graphviz stopped, or fails in it
// (which stops it), is tried again in a worker process, as is every later
// one.
func (p *Placer) Layout(ctx context.Context, g graphviz.Graph) (graphviz.Result, error) {
	if w := p.workers(); w != nil {
		return w.Layout(ctx, g)
	}
	res, err := p.runner.Layout(ctx, g)
	if w := p.fallBack(err); w != nil {
		return w.Layout(ctx, g)
	}
	return res, err
}

// fallBack gives the workers to lay out in from now on, when err says
// that Graphviz has stopped in this process and Options.Fallback is set;
// otherwise nil.
func (p *Placer) fallBack(err error) *Workers {
	if err == nil || !p.opt.Fallback || !errors.Is(err, graphviz.ErrStopped) {
		return nil
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.fallback == nil {
		p.fallback = NewWorkers(WorkerOptions{})
	}
	return p.fallback
}

func (p *Placer) workers() *Workers {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.fallback
}

// Close frees Graphviz (and stops the fallback workers, if any). Layout
// fails afterwards.
func (p *Placer) Close() error {
	err := p.runner.Close()
	if w := p.workers(); w != nil {
		err = errors.Join(err, w.Close())
	}
	return err
}

// RenderJob lays out a user's graph file (a .gv) in this process, or in a
// worker process as Layout does; gen calls it.
func (p *Placer) RenderJob(ctx context.Context, job *graphviz.Job) (string, error) {
	if w := p.workers(); w != nil {
		return w.RenderJob(ctx, job)
	}
	out, err := p.runner.RenderJob(ctx, job)
	if w := p.fallBack(err); w != nil {
		return w.RenderJob(ctx, job)
	}
	return out, err
}
