// Package dotin draws a user's Graphviz graph (a .gv or .dot file) in the
// hand-drawn style: Graphviz lays the file out as written (its "json0"
// output, asked for with graphviz.UserJob), and Drawing turns that output
// into a sketchdeck drawing — every node, cluster, edge and label where
// Graphviz put it, with its shape, colours and styles — written as TOML
// (package drawtoml) so that the ordinary decoder checks and draws it.
//
// Convert does the other thing: it writes the graph as a sketchdeck graph
// diagram, for an author who moves on to the richer format.
package dotin
