// Package text measures and embeds the text of a diagram. It takes strings
// and a font size in px per em; it gives their widths, line metrics, word
// wrapping, the runes no shipped font can draw, and subset TrueType fonts
// with the @font-face CSS that makes an SVG draw exactly what was measured.
//
// The fonts ship with the package (see font/README.md): Virgil, the
// Excalidraw handwriting face, then Noto Sans Math and Noto Sans Symbols2
// subsets for the arrows, operators and dingbats Virgil lacks, then a
// Latin, Greek and Cyrillic subset of Noto Sans for the letters it lacks.
// LoadFamily (a theme's font) puts Noto Sans or Noto Sans Mono first
// instead, the other faces after it; Fonts.In sets text in another family
// with the same faces and glyph ids, for a line in its own font. Behind every family come the fallback
// faces, GNU Unifont and Unifont Upper: a glyph for every assigned
// character of the Basic Multilingual Plane (CJK, Hangul, Arabic, Hebrew…)
// and for the emoji, so no text draws a missing-glyph box. They are stored
// gzipped and parsed on first need only. A rune is measured and drawn with
// the first face that has it, as browsers pick a font per glyph. Virgil
// also gets U+00A0 and U+202F (the no-break spaces French puts before
// « : ; ! ? ») added when loaded, so they render as measured. A rune no
// face has at all (unassigned or private-use) is drawn and measured as
// U+FFFD, the replacement character; Fonts.Missing reports such runes.
// Text is laid out left to right in logical order, one glyph per rune:
// right-to-left scripts and Arabic joining are not shaped.
//
// Load parses the fonts once into a *Fonts safe for concurrent use (a
// glyph's outline is decoded the first time it is drawn, and kept);
// layout measures with it and the svg stage calls Outline (or Subset, CSS
// and FontFamily).
//
// Viewers: Chromium and Firefox honour an embedded @font-face. librsvg
// (rsvg-convert) ignores @font-face and picks fonts through fontconfig, so
// it draws Virgil from a <text> only where Virgil-Regular.ttf is installed
// as a system font. Outline sidesteps that: it gives each line's glyphs as
// SVG path data, laid out as Width measures, which every viewer fills
// alike; an invisible <text> over it keeps the words selectable.
package text
