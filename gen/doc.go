// Package gen is sketchdeck's façade: it wires the stages together
// (spec → layout → scene → sketch → svg, with theme and text) and is the
// library API other programs call to turn a diagram's TOML into SVG bytes.
//
// A Builder holds what is costly to make and safe to share: the parsed
// fonts, the theme and the Graphviz layout worker. It builds many diagrams in
// parallel around that owner, and every result is byte-identical whatever
// the machine or GOMAXPROCS.
package gen
