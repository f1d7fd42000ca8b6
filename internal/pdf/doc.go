// Package pdf is the PDF backend of internal/canvas: a Canvas writes a
// sketched scene as a one-page vector PDF, its page the diagram's size
// (a CSS pixel is 0.75 pt, as browsers print).
//
// It is a small writer of its own rather than a library: the canvas needs
// a handful of operators (filled and stroked paths with round caps and
// joins, dashes, form XObjects), which take a few hundred lines, where the
// maintained PDF libraries bring fonts, layout and image stacks we would
// not use, and none promises byte-identical output. Streams are
// compressed with compress/zlib, which is deterministic; the document has
// no dates or random ids, so the same scene gives the same bytes.
//
// Text is drawn as the same glyph outlines as the SVG's
// (text.Fonts.DrawGlyph): each glyph used is one form XObject, placed
// wherever it recurs, so the handwriting shows in every viewer without
// embedding a font. The title and description become the document's
// Title and Subject. A document is bounded (MaxBytes): past it, WriteTo
// writes nothing and says the limit.
package pdf
