// Package worker runs Graphviz in a separate process and talks to it over
// stdin/stdout, so that a program which only sometimes lays graphs out does
// not link go-graphviz at all, and so that no graph can hang or exhaust it.
//
// A Client is a layout.Placer: it prepares each graph here (graphviz.Prepare),
// sends only its DOT text to a worker, reads back Graphviz's "dot" output and
// turns it into a Result here. Workers are started on the first layout, not
// before: a program that never lays out (help, check, a no-op build) never
// pays go-graphviz's start-up (about 0.7–1.25 s on a fresh machine, 20–50 ms
// with its compilation cache warm). The worker program is cmd/sketchdeck-layout,
// which calls Serve.
//
// What a separate process buys, besides the lazy start:
//
//   - A limit counted in work. A layout inside WebAssembly cannot be
//     interrupted, and Graphviz's dot takes minutes on some tangled graphs
//     of a thousand nodes. Each Request carries Options.Timeout as a limit
//     of CPU time, which the worker measures on itself (getrusage) and
//     which load does not inflate, unlike wall-clock time: a worker that
//     overruns it answers with an error naming the limit and exits, and the
//     next layout starts a new one. The Client kills a worker that has not
//     answered within WallFactor times the limit of wall-clock time.
//   - Memory back. go-graphviz leaks about 100 KB per layout inside
//     WebAssembly memory, which never shrinks; a worker is replaced after
//     Options.RecycleAfter layouts, which returns all of it.
//   - Parallel layouts: Options.Procs workers are separate Graphviz
//     instances, so they need no shared lock.
//
// A Client lays each distinct request (engine and DOT text) out once and
// remembers the answer; Options.Store extends that memory beyond the
// process (a build's layout cache on disk, internal/cache.Layouts), so
// that a build whose graphs were all laid out before starts no worker.
//
// The protocol is one JSON value per message: the worker first writes a
// Hello, then answers each Request with one Response, in order. A Client
// gives a worker its next small layout before the worker has answered the
// one it is on (queueDepth), so that the worker finds it waiting instead
// of idling while this process reads the answer and sends another; a
// layout queued behind one that ends the worker (its CPU time used up, its
// Graphviz stopped, a crash, a kill) is given to a new worker, never
// failed for it. A layout that Graphviz fails ends its worker too (its
// Graphviz stops: see package internal/graphviz/wasm), so that every
// layout is served by a Graphviz that has failed on nothing, as a fresh
// one.
package worker
