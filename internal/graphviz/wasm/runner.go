package wasm

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/goccy/go-graphviz/cgraph"
	"github.com/goccy/go-graphviz/gvc"
	"github.com/tetratelabs/wazero/sys"

	"github.com/sketchdeck/sketchdeck/internal/graphviz"
)

// gvLock is held by whoever is inside go-graphviz. It is package-level, not
// per Runner, because go-graphviz has one WebAssembly module per process and
// two calls into it at once, even through two contexts, corrupt its memory.
var gvLock = make(chan struct{}, 1)

// gvStopped, once set, is why Graphviz lays out no more in this process,
// whichever Runner asks: it exited inside its WebAssembly instance, or a
// layout failed, which may leave Graphviz's state half-changed. A fresh
// context does not reset it: after a graph whose output Graphviz could not
// write (a pen width of 1e400, which is infinity), the next graph's "json"
// output gained a setlinewidth(1) operation. Package-level for the same
// reason as gvLock, and only touched holding it.
var gvStopped error

// ErrClosed is returned by Layout after Close.
var ErrClosed = errors.New("graphviz: runner is closed")

// Options configure a Runner. The zero value is ready to use.
type Options struct {
	// RecycleAfter is the number of layouts after which the Graphviz context
	// is closed and re-created; 0 or less means never. Measured: it does not
	// lower memory (see memory_test.go), since what leaks lives in the
	// process-wide WebAssembly memory, not in the context.
	RecycleAfter int
	// Before, if set, is called before each layout, holding the
	// process-wide lock: the layout worker collects garbage there
	// (gcpace.Jobs), between layouts rather than inside Graphviz.
	Before func()
}

// Runner owns a Graphviz context and serves layouts to any number of
// goroutines, one at a time. Make one with NewRunner and Close it when done.
type Runner struct {
	opt Options
	// Fields below are only touched while holding gvLock.
	gv      *gvc.Context
	used    int // layouts done with gv
	closed  bool
	inLock  func() // test hook, run inside the lock before laying out
	recycle int    // contexts closed so far, for tests and measurements
}

// NewRunner returns a Runner. The Graphviz context is created by the first
// Layout, so a program that never lays out pays only go-graphviz's init().
func NewRunner(opt Options) *Runner {
	return &Runner{opt: opt}
}

// Start creates the Graphviz context now instead of in the first Layout:
// a worker process does so before it says it is ready, while its client
// still decodes and measures the first graph. An error is the first
// Layout's too, which tries again.
func (r *Runner) Start(ctx context.Context) error {
	select {
	case gvLock <- struct{}{}:
	case <-ctx.Done():
		return ctx.Err()
	}
	defer func() { <-gvLock }()
	if r.closed || gvStopped != nil || r.gv != nil {
		return nil
	}
	gv, err := gvc.New(ctx)
	if err != nil {
		return fmt.Errorf("starting Graphviz: %w", err)
	}
	r.gv = gv
	return nil
}

// Layout places g's nodes and routes its edges with g.Engine. Invalid input
// gives an error listing every problem. A Graphviz failure or panic gives
// its error, which wraps graphviz.ErrStopped: after it no Runner in this
// process lays out again (only a new process is sure to lay out as a fresh
// one), and every later layout fails with graphviz.ErrStopped. If ctx ends while
// waiting for another layout to finish, Layout returns ctx's error; a layout
// already inside Graphviz cannot be interrupted (a worker process can be:
// see package internal/graphviz/worker).
func (r *Runner) Layout(ctx context.Context, g graphviz.Graph) (graphviz.Result, error) {
	job, err := graphviz.Prepare(g)
	if err != nil {
		return graphviz.Result{}, err
	}
	text, err := r.Render(ctx, job.Engine, job.DOT)
	if err != nil {
		return graphviz.Result{}, job.Wrap(err)
	}
	return job.Result(text)
}

// Render lays out DOT text with engine and returns Graphviz's "dot" output,
// holding the process-wide lock while inside Graphviz. It is what a worker
// process serves.
func (r *Runner) Render(ctx context.Context, engine graphviz.Engine, src string) (string, error) {
	return r.RenderFormat(ctx, engine, src, "dot")
}

// RenderJob lays out a prepared job (graphviz.UserJob) and returns
// Graphviz's output in the job's format, as it is.
func (r *Runner) RenderJob(ctx context.Context, job *graphviz.Job) (string, error) {
	format := job.Format
	if format == "" {
		format = "dot"
	}
	text, err := r.RenderFormat(ctx, job.Engine, job.DOT, format)
	if err != nil {
		return "", job.Wrap(err)
	}
	return text, nil
}

// RenderFormat is Render writing Graphviz's output format format ("dot",
// "json0").
func (r *Runner) RenderFormat(ctx context.Context, engine graphviz.Engine, src, format string) (string, error) {
	select {
	case gvLock <- struct{}{}:
	case <-ctx.Done():
		return "", ctx.Err()
	}
	defer func() { <-gvLock }()
	return r.run(ctx, string(engine), src, format)
}

// run lays out src and returns Graphviz's "dot" output, which carries the
// positions. Graphviz only writes positions into attributes while rendering
// (gvLayout alone sets just "bb", and go-graphviz does not expose
// attach_attrs), and "dot" is the cheapest format that has them all.
func (r *Runner) run(ctx context.Context, engine, src, format string) (text string, err error) {
	if r.closed {
		return "", ErrClosed
	}
	if gvStopped != nil {
		return "", gvStopped
	}
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("Graphviz panicked: %v", p)
		}
		if err != nil {
			err = r.stop(err)
		}
	}()
	if r.gv == nil {
		if r.gv, err = gvc.New(ctx); err != nil {
			r.gv = nil
			return "", fmt.Errorf("starting Graphviz: %w", err)
		}
	}
	if r.inLock != nil {
		r.inLock()
	}
	if r.opt.Before != nil {
		r.opt.Before()
	}
	text, err = r.render(ctx, engine, src, format)
	r.used++
	if err == nil && r.opt.RecycleAfter > 0 && r.used >= r.opt.RecycleAfter {
		err = r.drop()
	}
	return text, err
}

// stop records that Graphviz failed with err, so that no layout in this
// process uses it again, and gives the failed layout's error: err as it
// reads, wrapping graphviz.ErrStopped too, so that a worker knows to give
// way to a new one. The context is left as it is: closing it would only
// fail the same way, or say Graphviz's last error again.
func (r *Runner) stop(err error) error {
	r.gv = nil
	if exit := (*sys.ExitError)(nil); errors.As(err, &exit) {
		gvStopped = fmt.Errorf("%w (%v)", graphviz.ErrStopped, exit)
		return fmt.Errorf("%w: %w", graphviz.ErrStopped, err)
	}
	gvStopped = fmt.Errorf("%w (an earlier layout failed: %s)", graphviz.ErrStopped, strings.TrimSpace(err.Error()))
	return failed{err}
}

// failed is the error of the layout that stopped Graphviz by failing: it
// reads as the failure and is graphviz.ErrStopped too.
type failed struct{ err error }

func (f failed) Error() string   { return f.err.Error() }
func (f failed) Unwrap() []error { return []error{f.err, graphviz.ErrStopped} }

func (r *Runner) render(ctx context.Context, engine, src, format string) (text string, err error) {
	g, err := cgraph.ParseBytes([]byte(src))
	if err != nil {
		return "", fmt.Errorf("Graphviz rejected the DOT: %w", reread(src, err))
	}
	defer func() {
		if cerr := g.Close(); cerr != nil {
			err = errors.Join(err, fmt.Errorf("closing graph: %w", cerr))
		}
	}()
	if err := r.gv.Layout(ctx, g, engine); err != nil {
		return "", fmt.Errorf("%s layout: %w", engine, err)
	}
	defer func() {
		if ferr := r.gv.FreeLayout(ctx, g); ferr != nil {
			err = errors.Join(err, fmt.Errorf("freeing layout: %w", ferr))
		}
	}()
	var b strings.Builder
	if err := r.gv.RenderData(ctx, g, format, &b); err != nil {
		return "", fmt.Errorf("writing positions: %w", err)
	}
	// go-graphviz does not look at whether Graphviz wrote its output: when
	// it did not (a pen width of 1e400), what it gives is empty, or the
	// bytes its result's memory held, if any. Graphviz's output in every
	// format this package asks for ends the graph with "}".
	if !strings.HasSuffix(b.String(), "}\n") {
		return "", fmt.Errorf("writing positions: Graphviz's %s output is empty or cut short (%d bytes)", format, b.Len())
	}
	return b.String(), nil
}

// reread gives the error of reading src once more, after err, the error
// of reading it. Graphviz's reader counts one line too many in a graph it
// reads after one that went on past its closing brace to a newline (as
// every DOT text does), and after an error it reads as in a fresh process:
// so a syntax error names the same line whatever this process read before.
func reread(src string, err error) error {
	g, again := cgraph.ParseBytes([]byte(src))
	if again == nil {
		return errors.Join(err, g.Close())
	}
	return again
}

// drop closes the Graphviz context, if any, so the next layout starts a fresh
// one; a panic inside Graphviz is its error. Once Graphviz has stopped, the
// context is left: closing it would only fail, or say Graphviz's last error
// again.
func (r *Runner) drop() (err error) {
	if r.gv == nil {
		return nil
	}
	if gvStopped != nil {
		r.gv = nil
		return nil
	}
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("closing Graphviz panicked: %v", p)
		}
	}()
	gv := r.gv
	r.gv, r.used = nil, 0
	r.recycle++
	if err := gv.Close(); err != nil {
		return fmt.Errorf("closing Graphviz: %w", err)
	}
	return nil
}

// Close frees the Graphviz context. Layout returns ErrClosed afterwards;
// closing twice is harmless.
func (r *Runner) Close() error {
	gvLock <- struct{}{}
	defer func() { <-gvLock }()
	r.closed = true
	if err := r.drop(); err != nil {
		return fmt.Errorf("graphviz: %w", err)
	}
	return nil
}
