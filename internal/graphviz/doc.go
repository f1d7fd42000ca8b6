// Package graphviz describes what to lay out with Graphviz and reads back
// where things went, and nothing else.
//
// It takes a Graph of plain data — node ids with explicit sizes in px, edges,
// an Engine and a few graph options — and gives a Result: each node's centre,
// each edge's cubic Bézier chain and clipped endpoints, each edge label's
// centre, and the size of the drawing, all in px with y pointing down and the
// origin at the top-left corner. Between the two, Prepare checks the Graph and
// writes it as DOT text (a Job), and Job.Result reads Graphviz's "dot" output.
//
// Graphviz itself runs elsewhere, so that this package, and every program
// that only describes graphs, stays pure Go and free of go-graphviz's costly
// init(): package internal/graphviz/wasm runs it in-process (the only importer of
// github.com/goccy/go-graphviz), and package internal/graphviz/worker runs that in
// a separate process it can time out, kill and restart.
//
// Graphviz is never asked to size text: every node is fixedsize with a blank
// label, and an edge label is reserved as an empty fixed-size HTML table cell,
// because the WebAssembly build measures text badly. Our ids never reach
// Graphviz either: nodes are named n0, n1, … by index, so an id may hold any
// character and nothing needs escaping.
package graphviz
