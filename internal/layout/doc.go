// Package layout turns a validated spec.Diagram into a scene.Scene: it sizes
// every shape to its measured text, asks a placement engine (Graphviz for
// graphs) where things go, and emits positioned items with their resolved
// theme styles. It draws nothing; the sketch stage does. What a node shape
// needs (its size around its text, its Graphviz shape, where an arrow meets
// it) comes from internal/shape's registry.
//
// Each diagram kind has its Engine, a typed value picked by For. Graphviz
// is reached through the Placer interface, so layout can be tested with a
// stub and only internal/graphviz imports go-graphviz.
package layout
