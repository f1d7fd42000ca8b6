// Package shape is the registry of node shapes: each is one value that every
// stage asks, instead of a switch per stage. A Shape says how a node of that
// shape is sized to its text and what it draws; its Outline says how the
// figure is laid out by Graphviz, where an arrow meets its border, and what
// the sketch pen draws (a Figure: plain pieces the pen knows, so this package
// imports nothing of the pipeline and every stage may import it). Outlines
// are also the box-shaped element kinds of drawings ("rect", "ellipse"...)
// and the kinds of the scene items that carry them.
//
// # How to add a shape
//
//  1. Write one file here declaring its Shape and, if it draws a new
//     figure, its Outline (a Figure of plain pieces, and reach for arrows).
//  2. Add them to the lists in registry.go.
//  3. Add a golden case that draws it (internal/build/testdata); look at a new outline
//     in the sketch gallery (go test ./internal/sketch -run Gallery -update).
//
// The format (a node's shape, a drawing element's kind), layout, the sketch
// stage and the overflow check then know it; TestEveryShape and
// TestEveryOutline check that each stage does.
package shape
