// Package native lays graphs out with the Graphviz installed on the
// machine: the dot program on PATH, run once per layout (dot -K ENGINE
// -T FORMAT, DOT text on its input), whose output is read by the same
// code as the WebAssembly Graphviz's (package internal/graphviz).
//
// It is what "--graphviz native" selects; the default stays the
// WebAssembly Graphviz that ships inside sketchdeck (package
// internal/graphviz/worker), which needs nothing installed. Native dot is
// often about twice as fast on large graphs (it depends on the graph and
// the release), but its positions, and so the
// output bytes, depend on the installed Graphviz release, which Find
// reads (dot -V) and Dot.Identity names, so that incremental builds and
// remembered layouts never mix the two.
//
// A layout is bounded as a worker's is: by CPU time, which the kernel
// counts for the dot process (RLIMIT_CPU, on Linux), and by a wall-clock
// backstop everywhere.
//
// dot takes about 11 ms to start before it reads its input. Spares
// starts dot processes for the commonest request (-Kdot -Tdot) ahead,
// for the layouts a build says are coming, so that a process has started
// while sketchdeck decodes and measures the graph: a layout that fits
// takes one, and the next starts in the background. A spare runs the same
// program with the same arguments and input, so its output is the same
// bytes, under the same bounds; the ones not used are killed and reaped.
//
// dot loads every plugin its configuration lists before it reads its
// input, most of its start; sketchdeck's own graphs need only its core and
// layout plugins, and get a lean configuration of those (lean.go), made
// once in the cache folder and checked to give the same bytes.
package native
