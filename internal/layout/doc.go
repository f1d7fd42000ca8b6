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
//
// Texts that collide make room (room.go): an edge's or a group's label,
// and in a translation a mark's or a drawing's text, try other places in
// turn, judged by internal/lint's rules, so that what the layout settles
// on is what lint accepts (docs/LINT.md).
package layout
