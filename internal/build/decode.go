package build

import (
	"github.com/sketchdeck/sketchdeck/internal/dotin"
	"github.com/sketchdeck/sketchdeck/internal/outline"
	"github.com/sketchdeck/sketchdeck/internal/spec"
)

// decode reads a source with the front end its file name calls for: a
// Markdown outline (NAME.md, NAME.mindmap.md) is a mind map; anything else,
// standard input included, is TOML, checked with o.
func decode(src Source, o spec.Options) (*spec.Diagram, error) {
	if outline.Is(src.File) {
		return src.named(outline.Decode(src.File, src.Data))
	}
	return src.named(spec.DecodeWith(src.File, src.Data, o))
}

// decode decodes a source for this builder: colour names are checked
// against its theme while decoding, so that a typo is reported with the
// file's other problems.
func (b *Builder) decode(src Source) (*spec.Diagram, error) {
	o := spec.Options{Color: func(c string) error {
		_, err := b.theme.Color(c)
		return err
	}}
	if dotin.Is(src.File) {
		return src.named(b.decodeDOT(src, o))
	}
	return decode(src, o)
}
