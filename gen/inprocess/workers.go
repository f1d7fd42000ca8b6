package inprocess

import (
	"context"
	"fmt"
	"os"
	"time"

	"github.com/sketchdeck/sketchdeck/internal/graphviz"
	"github.com/sketchdeck/sketchdeck/internal/graphviz/wasm"
	"github.com/sketchdeck/sketchdeck/internal/graphviz/worker"
)

// WorkerArg is the argument with which Workers starts the program as a
// layout worker, and which ServeWorker looks for.
const WorkerArg = "-sketchdeck-layout-worker"

// ServeWorker makes the program a layout worker when it was started as one
// (its first argument is WorkerArg): it serves layouts on standard input
// and output and exits. Otherwise it returns at once. Call it first thing
// in main in a program that uses Workers, or New with Options.Fallback.
func ServeWorker() {
	if len(os.Args) < 2 || os.Args[1] != WorkerArg {
		return
	}
	// No Close: exiting frees Graphviz, and after worker.ErrAbandoned a
	// layout may still hold it.
	if err := worker.Serve(context.Background(), os.Stdin, os.Stdout, wasm.NewRunner(wasm.Options{})); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	os.Exit(0)
}

// WorkerOptions configure Workers. The zero value is ready to use.
type WorkerOptions struct {
	// Timeout bounds one layout; 0 means 10 s. A worker that overruns it
	// is killed, the graph gets an error, and the next layout starts a
	// new worker.
	Timeout time.Duration
	// Procs is how many workers may lay out at once; 0 means 1.
	Procs int
}

// Workers lays graphs out in worker processes that run this program
// (os.Executable with WorkerArg), which must call ServeWorker first thing
// in main. A worker that dies or overruns the time limit is replaced for
// the next layout; one exits when this process does. It is safe for
// concurrent use; pass it as gen.Options.Placer and Close it when done.
type Workers struct{ c *worker.Client }

// NewWorkers returns a Workers. No process starts before the first layout.
func NewWorkers(opt WorkerOptions) *Workers {
	o := worker.Options{Timeout: opt.Timeout, Procs: opt.Procs}
	if exe, err := os.Executable(); err == nil {
		o.Command = []string{exe, WorkerArg}
	} else {
		o.Command = []string{os.Args[0], WorkerArg}
	}
	return &Workers{c: worker.New(o)}
}

// Layout places g's nodes and routes its edges; gen calls it.
func (w *Workers) Layout(ctx context.Context, g graphviz.Graph) (graphviz.Result, error) {
	return w.c.Layout(ctx, g)
}

// Close stops the workers.
func (w *Workers) Close() error { return w.c.Close() }

// RenderJob lays out a user's graph file (a .gv) in a worker; gen calls it.
func (w *Workers) RenderJob(ctx context.Context, job *graphviz.Job) (string, error) {
	return w.c.RenderJob(ctx, job)
}
