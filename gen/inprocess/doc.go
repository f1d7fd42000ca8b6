// Package inprocess lays sketchdeck's graphs out with Graphviz linked into
// the calling program, for programs that use package gen as a library:
// pass a Placer in gen.Options, and graphs render with no sketchdeck-layout
// program beside yours and no go command.
//
// Two ways, both from this package:
//
//   - New runs Graphviz inside the program: the simplest. A layout cannot be
//     stopped part-way (the context is read only between layouts), and
//     once a layout has failed in Graphviz (a user's graph file it cannot
//     read, say) or Graphviz has exited inside its WebAssembly instance,
//     which cannot be restarted in the process, Graphviz lays out no more
//     there: a failure may leave its state half-changed. New with
//     Options.Fallback then moves to the second way for the layouts that
//     follow.
//   - Workers runs the program itself as its layout workers, in processes
//     it can time out, kill and replace: the program calls ServeWorker
//     first thing in main, which serves layouts when the program was
//     started as a worker and returns at once otherwise.
//
// Importing this package links github.com/goccy/go-graphviz, whose init
// compiles Graphviz's WebAssembly (about a second on a fresh machine, tens
// of milliseconds once wazero's cache under the temporary folder is warm).
// The sketchdeck command does not import it, and so starts fast.
package inprocess
