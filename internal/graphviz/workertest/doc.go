// Package workertest lets a test binary serve as sketchdeck's Graphviz
// layout worker, so that tests that lay graphs out need neither the
// sketchdeck-layout program nor the go command to build it.
//
// A package's TestMain calls Main. It puts a folder first on PATH holding a
// link named sketchdeck-layout to the test binary itself; the layout
// Client finds the worker there (worker.Command), and the test binary,
// started under that name, serves layouts instead of running tests.
// Every worker started so that records itself, so a test can count the
// workers its code started (Starts), and hangs on a graph whose rank gap is
// HangRankGap, which stands for a graph Graphviz would take minutes on.
package workertest
