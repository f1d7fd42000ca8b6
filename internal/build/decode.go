package build

import (
	"path/filepath"

	"github.com/sketchdeck/sketchdeck/internal/dotin"
	"github.com/sketchdeck/sketchdeck/internal/outline"
	"github.com/sketchdeck/sketchdeck/internal/part"
	"github.com/sketchdeck/sketchdeck/internal/picture"
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
	return b.decodeWith(src, spec.Options{})
}

// decodeToBuild is decode that also looks for the pictures and the parts
// folders the diagram names beside its file, and for the parts and icons
// it names in its parts library, so that a missing one is reported with
// the file's other problems. Build keys and watchers use decode: a
// diagram whose picture is missing still names it, and is rebuilt when it
// appears.
func (b *Builder) decodeToBuild(src Source) (*spec.Diagram, error) {
	dir := folderOf(src.File)
	var lib *part.Library
	var libErr error
	return b.decodeWith(src, spec.Options{
		Picture:  func(i spec.Image) error { return picture.Check(dir, string(i)) },
		PartsDir: func(p string) error { return partsDirError(filepath.Join(dir, filepath.FromSlash(p))) },
		Icon: func(name string, parts []string) error {
			// Every call names the same diagram's folders: the library
			// (the digest of its folders, read from disk) is looked up once.
			if lib == nil && libErr == nil {
				lib, libErr = b.library(src.File, parts)
			}
			if libErr != nil {
				return nil // the folders' problem, reported at parts
			}
			return lib.Check(name)
		},
	})
}

// decodeWith is decode with o's other options.
func (b *Builder) decodeWith(src Source, o spec.Options) (*spec.Diagram, error) {
	o.Color = func(c string) error {
		_, err := b.theme.Color(c)
		return err
	}
	if dotin.Is(src.File) {
		return src.named(b.decodeDOT(src, o))
	}
	return decode(src, o)
}
