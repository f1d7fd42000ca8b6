// Package deck reads a Markdown or remark slide deck for the images its
// slides show, and checks them against the diagrams that build them, so
// that no slide ships with a picture that is missing or stale.
//
// Refs reads the deck as CommonMark (goldmark) and walks its tree: images,
// inline or reference-style, links to SVGs, the src and data attributes of
// HTML elements (parsed with golang.org/x/net/html) and CSS url(...) as in
// remark's background-image, each with its line and column; nothing in
// HTML comments or code is shown, so nothing there is found. Check matches
// the SVG references to diagrams by name (images/cdn.svg?v=2 ←
// diagrams/cdn.toml, or the Markdown mind map diagrams/cdn.md) and reports
// references with no diagram, diagrams no slide uses, SVGs whose diagram
// is gone, and SVGs the incremental build would rebuild: it compares the
// build's keys (internal/cache), so file times never matter.
package deck
