// Package svg writes a sketched scene as one self-contained SVG document:
// the hand-drawn paths from internal/sketch, the text as <text> in the embedded,
// subset handwriting font, a <title> and <desc>. It is the only package that
// imports svgo, and it writes every number through one formatter (Num) so
// that output is byte-identical on every machine.
//
// Nothing from a diagram reaches the document unescaped: texts go through
// XML escaping, colours were resolved by the theme to "#rrggbb" values, and
// the writer never emits scripts, event attributes, foreignObject or
// external references. Ids and CSS names carry a per-diagram prefix, so
// several documents inlined in one HTML page do not clash.
package svg
