package graphviz

import (
	"errors"
	"fmt"
)

// ErrStopped is wrapped by the error of a layout after which Graphviz cannot
// lay out again in this process: Graphviz exited inside its WebAssembly
// instance, which go-graphviz makes once per process, or it failed, which
// may leave that instance's state half-changed. A worker that meets it
// exits after answering, and the next layout starts a new worker.
var ErrStopped = errors.New("Graphviz stopped and cannot restart in this process")

// Job is a checked Graph turned into DOT text, ready for a Graphviz to lay
// out wherever that Graphviz runs: in this process (package
// internal/graphviz/wasm) or in a worker process (package internal/graphviz/worker).
// Only the DOT text crosses to Graphviz and only its "dot" output comes
// back; checking, writing and reading stay here, outside the one lock.
type Job struct {
	// Engine is the layout program, never "".
	Engine Engine
	// DOT is the graph as Graphviz reads it.
	DOT string
	// Format is Graphviz's output format: "" for "dot", which Result
	// reads; a user's graph (UserJob) asks for "json" (json0 with the drawing operations).
	Format string

	g     Graph
	index map[string]int
}

// Prepare checks g and writes its DOT text. The error lists every problem
// with g, prefixed with "graphviz: graph NAME:".
func Prepare(g Graph) (*Job, error) {
	if g.Engine == "" {
		g.Engine = Dot
	}
	j := &Job{Engine: g.Engine, g: g}
	index, err := g.check()
	if err != nil {
		return nil, j.Wrap(err)
	}
	j.index = index
	j.DOT = writeDOT(&j.g, index)
	return j, nil
}

// Result reads Graphviz's "dot" output for this job's graph into a Result
// in the graph's order.
func (j *Job) Result(text string) (Result, error) {
	out, err := j.Read(text)
	if err != nil {
		return Result{}, err
	}
	return j.ResultOf(out)
}

// Output is Graphviz's "dot" output, read. It is only read afterwards, so
// the jobs of one DOT text (a diagram's translations whose nodes keep the
// original's sizes) may share it.
type Output struct{ out *layoutOut }

// Read reads Graphviz's "dot" output for this job, for ResultOf.
func (j *Job) Read(text string) (*Output, error) {
	out, err := parseOutput(text)
	if err != nil {
		return nil, j.Wrap(fmt.Errorf("reading Graphviz's output: %w", err))
	}
	return &Output{out}, nil
}

// ResultOf is the Result of o, the output read for a job of the same DOT
// text as this one, in this job's graph's order.
func (j *Job) ResultOf(o *Output) (Result, error) {
	res, err := buildResult(&j.g, j.index, o.out)
	if err != nil {
		return Result{}, j.Wrap(fmt.Errorf("reading Graphviz's output: %w", err))
	}
	return res, nil
}

// Wrap prefixes err with the graph's name, as every error of this package
// and of its runners reads.
func (j *Job) Wrap(err error) error {
	return fmt.Errorf("graphviz: graph %q: %w", j.g.Name, err)
}

// Size is the graph's node and edge count, for limits and messages.
func (j *Job) Size() (nodes, edges int) { return len(j.g.Nodes), len(j.g.Edges) }

// UserJob is a user's own DOT text (a .gv file), laid out as written and
// read back as Graphviz's "json" output (its attributes and drawing operations) by the caller (package
// internal/dotin). name names the graph in errors; an invalid engine is
// Dot.
func UserJob(name string, engine Engine, src string) *Job {
	if !engine.Valid() {
		engine = Dot
	}
	return &Job{Engine: engine, DOT: src, Format: "json", g: Graph{Name: name}}
}
