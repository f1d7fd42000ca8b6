// Package head is the registry of arrowheads: each is one value (a name,
// its aliases and the figure the sketch pen draws at a line's end) that
// the format's enumeration, layout and the sketch stage all read. A head
// is drawn in plain pieces of internal/shape, so this package imports
// nothing of the pipeline.
//
// # How to add an arrowhead
//
//  1. Declare its Head in a file here (heads.go holds the small ones).
//  2. Add it to the list in registry.go.
//  3. Add it to a golden case that draws it (internal/build/testdata).
//
// TestEveryHead checks that the format decodes it and the pen draws it.
package head
