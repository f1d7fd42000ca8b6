// Package wasm runs Graphviz in this process, as WebAssembly through
// github.com/goccy/go-graphviz: the only package that imports it.
//
// It takes DOT text from a graphviz.Job and gives Graphviz's "dot" output,
// which the Job reads back. Three properties of go-graphviz shape the
// Runner:
//
//   - Importing this package costs go-graphviz's init(): it compiles the
//     module (about 0.7–1.25 s on a fresh machine, 20–50 ms with wazero's
//     compilation cache warm under the temp dir, which the worker
//     client points into the user cache folder). Only programs that lay
//     graphs out should link it: the sketchdeck command does not; its
//     layout worker (cmd/sketchdeck-layout) does.
//   - The module is not safe for concurrent use, not even from two
//     contexts, so every call into it holds one process-wide lock.
//     Runner.Layout may be called from any number of goroutines; they take
//     turns.
//   - WebAssembly memory never shrinks, and go-graphviz leaks inside it
//     (about 100 KB per layout): only a fresh process returns it. See
//     memory_test.go.
//   - A layout that Graphviz fails may leave its state inside the module
//     half-changed, and a new Graphviz context does not reset it: after a
//     failed layout no Runner of the process lays out again
//     (graphviz.ErrStopped), and the layout worker gives way to a new
//     process. See failure_test.go.
//
// Costs measured on the development machine are in bench_test.go.
package wasm
