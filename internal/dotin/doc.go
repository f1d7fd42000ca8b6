// Package dotin draws a user's Graphviz graph (a .gv or .dot file) in the
// hand-drawn style: Graphviz lays the file out as written (its "json"
// output, asked for with graphviz.UserJob: the attributes of json0 and
// the drawing operations Graphviz would draw with), and Drawing turns
// that output into a sketchdeck drawing — every node, cluster, edge and
// label where Graphviz put it, with its shape, colours and styles —
// written as TOML (package drawtoml) so that the ordinary decoder checks
// and draws it. Shapes the sketch pen has a figure for are drawn as that
// figure; any other shape, arrowheads and HTML-like labels' tables are
// drawn through Graphviz's own operations. Colours snap to the theme's
// palette unless kept exact (Options); what is drawn otherwise than
// written is returned as warnings placed in the DOT text.
//
// Convert does the other thing: it writes the graph as a sketchdeck graph
// diagram, for an author who moves on to the richer format.
package dotin
