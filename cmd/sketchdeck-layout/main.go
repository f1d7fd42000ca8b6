// Command sketchdeck-layout is sketchdeck's Graphviz worker: it reads
// layout requests (DOT text) as JSON on standard input and writes
// Graphviz's answers as JSON on standard output, until its input ends.
//
// sketchdeck starts it on the first graph to lay out (see package
// internal/graphviz/worker), so that sketchdeck itself does not link Graphviz,
// whose start-up costs up to a second on a fresh machine, and so that a
// layout that runs too long can be stopped by killing this process. It
// exits as soon as its input ends, even during a layout: sketchdeck has
// gone, however it was stopped.
package main

import (
	"context"
	"errors"
	"fmt"
	"os"

	"github.com/sketchdeck/sketchdeck/internal/gcpace"
	"github.com/sketchdeck/sketchdeck/internal/graphviz/wasm"
	"github.com/sketchdeck/sketchdeck/internal/graphviz/worker"
)

func main() {
	if len(os.Args) > 1 {
		fmt.Fprintln(os.Stderr, "usage: sketchdeck-layout  (started by sketchdeck; speaks JSON on stdin/stdout)")
		os.Exit(2)
	}
	// No Close at the end: the process's exit frees Graphviz, and after
	// ErrAbandoned a layout may still hold it.
	r := newRunner()
	// Ready means ready to lay out: the Graphviz context is made before the
	// hello, while sketchdeck still measures the first graph (a failure
	// here is the first layout's to report).
	_ = r.Start(context.Background())
	err := worker.Serve(context.Background(), os.Stdin, os.Stdout, r)
	// Over its CPU-time limit, the layout was answered with an error; the
	// exit ends the layout still running inside Graphviz.
	if err != nil && !errors.Is(err, worker.ErrOverBudget) {
		fmt.Fprintln(os.Stderr, "sketchdeck-layout:", err)
		os.Exit(1)
	}
}

// newRunner paces the collector of this process and gives the Graphviz
// runner it serves with. The live heap of a worker is small and its garbage
// plenty (go-graphviz's): it collects against a memory budget and between
// layouts, not whenever its heap has doubled, which was eight times inside
// the first layout of a 200-node graph (see gcpace.WorkerBudget).
func newRunner() *wasm.Runner {
	return wasm.NewRunner(wasm.Options{Before: gcpace.Jobs(gcpace.WorkerBudget, gcpace.WorkerSlack)})
}
