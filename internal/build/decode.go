package build

import (
	"github.com/sketchdeck/sketchdeck/internal/outline"
	"github.com/sketchdeck/sketchdeck/internal/spec"
)

// decode reads a source with the front end its file name calls for: a
// Markdown outline (NAME.md, NAME.mindmap.md) is a mind map; anything else,
// standard input included, is TOML.
func decode(src Source) (*spec.Diagram, error) {
	if outline.Is(src.File) {
		return outline.Decode(src.File, src.Data)
	}
	return spec.Decode(src.File, src.Data)
}
