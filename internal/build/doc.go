// Package build wires the stages together (spec → layout → scene → sketch
// → svg, png or pdf, with theme, text, parts and i18n) and is what the
// command and the public gen façade call to turn diagram sources into SVG
// documents, and PNG pictures and PDF pages when Options.Formats asks.
//
// A Builder holds what is costly to make and safe to share: the parsed
// fonts, the theme, the parts library and the Graphviz layout worker. It
// builds many diagrams in parallel around that owner, and every result is
// byte-identical whatever the machine or GOMAXPROCS. Besides the SVG, a
// Result carries the scene (for the i18n overflow check and the golden
// tests), a Source may carry a translator, and Key gives the incremental
// build's key: what the command needs and a library user does not.
package build
