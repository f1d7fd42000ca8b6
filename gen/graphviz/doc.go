// Package graphviz places nodes and routes edges with Graphviz, and nothing else.
//
// It takes a Graph of plain data — node ids with explicit sizes in px, edges,
// an Engine and a few graph options — and gives a Result: each node's centre,
// each edge's cubic Bézier chain and clipped endpoints, each edge label's
// centre, and the size of the drawing, all in px with y pointing down and the
// origin at the top-left corner. It is the only package that imports
// github.com/goccy/go-graphviz; no type of that module leaks out.
//
// Graphviz is never asked to size text: every node is fixedsize with a blank
// label, and an edge label is reserved as an empty fixed-size HTML table cell,
// because the WebAssembly build measures text badly. Our ids never reach
// Graphviz either: nodes are named n0, n1, … by index, so an id may hold any
// character and nothing needs escaping.
//
// go-graphviz runs Graphviz compiled to WebAssembly in one module shared by the
// whole process. Three consequences shape the Runner:
//
//   - Importing this package costs go-graphviz's init(): it compiles the module
//     (about 1.25 s cold, 50 ms with wazero's compilation cache warm under the
//     temp dir). A Runner only creates its Graphviz context on the first Layout.
//   - The module is not safe for concurrent use, not even from two contexts, so
//     every call into it holds one process-wide lock. Runner.Layout may be
//     called from any number of goroutines; they take turns.
//   - WebAssembly memory never shrinks, and go-graphviz leaks inside it: every
//     string it passes in (our DOT text) and every rendered output is malloc'd
//     and never freed. Closing and re-creating the Graphviz context, which the
//     Runner does every Options.RecycleAfter layouts and after a panic, frees
//     Graphviz's own per-context state but cannot return that memory; only a
//     fresh process can. See memory_test.go for the measurements.
//
// Costs measured on the development machine (see bench_test.go):
// a 10-node graph lays out in about 0.7 ms, a 200-node/300-edge graph in
// about 25 ms.
package graphviz
