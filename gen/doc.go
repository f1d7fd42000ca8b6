// Package gen turns sketchdeck diagrams (the TOML format of docs/FORMAT.md,
// or a Markdown outline for a mind map) into hand-drawn-looking SVG
// documents.
//
// Render builds one diagram in one call. A Builder (New, then Build or
// BuildAll) builds many and shares what is costly to make: the parsed
// fonts, the theme, the parts library and Graphviz. Every result is
// byte-identical whatever the machine or GOMAXPROCS.
//
// Graphs are laid out by Graphviz in sketchdeck-layout worker processes,
// or, with Options.Placer, by package gen/inprocess: inside the calling
// program, or in the program re-run as its own workers.
//
// Problems in a diagram's source come back as an ErrorList: every one at
// once, each with its file, line and column.
package gen
