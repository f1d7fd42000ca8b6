// Package canvas is the contract between a sketched scene and a file
// format, in the manner of gonum/plot's vg.Canvas: DrawWith walks the scene
// and its sketches and hands a Canvas what to put on the page, and each
// format is one package that implements Canvas (internal/svg,
// internal/png, internal/pdf). Nothing above a backend knows which one is
// in use but the line that makes it (internal/build's render).
//
// The contract, which every backend keeps:
//
//   - A backend is made for one Page (its size, title, description and
//     background, known before anything is drawn), receives Paths and Text
//     calls in painting order, later calls over earlier ones, and writes the
//     finished document once, with WriteTo. A backend may buffer what it is
//     given until then (SVG does, to define each glyph once at the top).
//   - Coordinates are the scene's: CSS pixels, origin at the top left, y
//     down. Paths come fully placed (rotation already applied); text comes
//     with a rotation to apply around its block's centre.
//   - Paths are one item's sketched strokes and areas, each with its Paint,
//     resolved here from the item's style and the path's role: a backend
//     draws them as given and never looks at roles or styles itself.
//   - Text arrives shaped: each line has its glyphs, positioned in em from
//     the line's start, so that every backend places the same glyph at the
//     same spot; a backend draws their outlines from the shared fonts
//     (text.Fonts.GlyphPath) or embeds the fonts, and may also keep the
//     line's characters (SVG keeps them, invisible, for search and screen
//     readers).
//   - Colours are final ("#rrggbb" or a CSS name the theme allowed, never
//     user markup); every number a backend writes goes through one
//     formatter of its own, so output is byte-identical on every machine.
//   - Limits are the backend's: WriteTo fails with an error that says the
//     limit instead of writing a huge document, and never writes part of
//     one to w.
package canvas
