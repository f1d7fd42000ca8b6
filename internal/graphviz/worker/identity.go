package worker

// GraphvizModule is the go-graphviz release the worker program links: its
// Graphviz decides every position. TestIdentity keeps it in step with
// go.mod.
const GraphvizModule = "github.com/goccy/go-graphviz v0.2.10"

// GraphvizVersion is the Graphviz release GraphvizModule compiles to
// WebAssembly (its graphviz.version file; TestGraphvizVersion checks it).
const GraphvizVersion = "12.1.2"

// Identity names what lays graphs out: the go-graphviz release and the
// protocol (TestIdentity checks it is Protocol). Incremental builds put it into every diagram's key
// (internal/build's inputs): the worker is a program of its own, which the
// identity of the sketchdeck executable does not cover, so upgrading
// Graphviz must rebuild every diagram.
const Identity = GraphvizModule + ", protocol 4"
