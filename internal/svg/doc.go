// Package svg is the SVG backend of internal/canvas: a Canvas writes a
// sketched scene as one self-contained SVG document, with the hand-drawn
// paths, the text as a TextMode says (by default glyph outlines, each
// glyph defined once and reused, under invisible <text> without a font;
// or outlines only; or visible <text> in the embedded subset fonts), a
// <title> and <desc>. It is the only package that imports svgo, and it
// writes every number through one formatter (Num), path data through one
// compact writer (pathData: relative, rounded to hundredths first), so
// that output is byte-identical on every machine.
//
// Nothing from a diagram reaches the document unescaped: texts go through
// XML escaping, colours were resolved by the theme to "#rrggbb" values, and
// the writer never emits scripts, event attributes, foreignObject or
// external references. Ids and CSS names carry a per-diagram prefix, so
// several documents inlined in one HTML page do not clash. A document is
// bounded (MaxBytes): past it, WriteTo writes nothing and says the limit.
package svg
