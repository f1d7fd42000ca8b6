// Package deck reads a Markdown or remark slide deck for the images its
// slides show, and checks them against the diagrams that build them, so
// that no slide ships with a picture that is missing or stale.
//
// Refs finds image references (Markdown images, <object data>, <img src>,
// <embed src>, CSS url(...) as in remark's background-image), with their
// line and column, outside HTML comments and fenced code. Check matches
// the SVG references to diagrams by name (images/cdn.svg ← diagrams/cdn.toml,
// or the Markdown mind map diagrams/cdn.md) and reports references with no
// diagram, diagrams no slide uses, and SVGs missing or older than their
// sources.
package deck
