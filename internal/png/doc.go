// Package png is the PNG backend of internal/canvas: a Canvas paints a
// sketched scene into an RGBA image, anti-aliased, and encodes it as PNG.
//
// It rasterizes with golang.org/x/image/vector, a maintained pure-Go
// coverage rasterizer (the one behind x/image/font), and strokes paths
// itself: each stroke becomes one outline (round joins and caps, dashes
// cut first), so that overlapping parts of one path are painted once, as
// in SVG. Text is drawn from the same glyph outlines as the SVG's
// (text.Fonts.DrawGlyph), so the picture matches the SVG's in every
// viewer.
//
// Coordinates are the scene's CSS pixels times Options.Scale. Colours are
// the canvas contract's "#rrggbb" (or "#rgb"); "none" paints nothing. The
// image is bounded (MaxPixels): past it, WriteTo writes nothing and says
// the limit. Output is deterministic: the same scene gives the same bytes.
package png
