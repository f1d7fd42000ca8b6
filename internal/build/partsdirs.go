package build

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"

	"github.com/sketchdeck/sketchdeck/internal/cache"
	"github.com/sketchdeck/sketchdeck/internal/layout"
	"github.com/sketchdeck/sketchdeck/internal/part"
	"github.com/sketchdeck/sketchdeck/internal/spec"
)

// libraries are the part libraries of diagrams that name parts folders of
// their own (parts = ["parts"]), loaded once per list of folders and
// shared by every diagram that names the same ones, until a part in them
// changes (a Builder kept across rebuilds, as serve keeps one, then
// loads them again).
type libraries struct {
	mu   sync.Mutex
	libs map[string]ownLibrary // by the folders' list
}

// ownLibrary is a library of some folders, loaded when they held digest.
type ownLibrary struct {
	digest string
	load   func() (*part.Library, error)
}

// partsDirs are the folders a diagram's parts come from besides the
// shipped library: the Builder's (--parts), then the diagram's own,
// relative to the folder of its file.
func (b *Builder) partsDirs(file string, parts []string) []string {
	dirs := slices.Clone(b.opts.PartsDirs)
	for _, p := range parts {
		dirs = append(dirs, filepath.Join(folderOf(file), filepath.FromSlash(p)))
	}
	return dirs
}

// partsFor is the library a diagram places its parts and icons from: the
// Builder's, or one that adds the diagram's own folders. A folder that
// cannot be read, or a part in it that is wrong, is an error at the
// diagram's parts key.
func (b *Builder) partsFor(file string, d *spec.Diagram) (*part.Library, error) {
	if len(d.Parts) == 0 {
		return b.parts() // its error names the --parts folder's file
	}
	lib, err := b.library(file, d.Parts)
	if err != nil {
		var errs spec.ErrorList
		d.Errorf(&errs, "parts", "%v", err)
		return nil, errs.Err()
	}
	return lib, nil
}

// library is the library of a diagram of file whose own parts folders are
// parts (as written): the Builder's when it has none, loaded once per
// folders' contents.
func (b *Builder) library(file string, parts []string) (*part.Library, error) {
	if len(parts) == 0 {
		return b.parts()
	}
	dirs := b.partsDirs(file, parts)
	key := strings.Join(dirs, "\x00")
	digest, _ := part.Digest(dirs[len(b.opts.PartsDirs):]) // an unreadable folder is reported by Load
	b.libs.mu.Lock()
	if b.libs.libs == nil {
		b.libs.libs = map[string]ownLibrary{}
	}
	own, ok := b.libs.libs[key]
	if !ok || own.digest != string(digest) {
		own = ownLibrary{digest: string(digest), load: sync.OnceValues(func() (*part.Library, error) {
			fonts, err := b.fonts()
			if err != nil {
				return nil, err
			}
			return part.Load(part.Options{Dirs: dirs, Env: layout.Env{Theme: b.theme, Text: fonts}})
		})}
		b.libs.libs[key] = own
	}
	b.libs.mu.Unlock()
	return own.load()
}

// partsDirError says why the parts folder dir cannot be read; nil when it
// is a folder.
func partsDirError(dir string) error {
	info, err := os.Stat(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("no folder %s (a parts folder is relative to the diagram's file)", filepath.ToSlash(dir))
	case err != nil:
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return fmt.Errorf("%s: %w", filepath.ToSlash(dir), err)
	case !info.IsDir():
		return fmt.Errorf("%s is a file, not a folder", filepath.ToSlash(dir))
	}
	return nil
}

// partsInput is the contents of a diagram's own parts folders, for its
// build key, or the reason they cannot be read (the build then fails and
// caches nothing); nil when it names none.
func (b *Builder) partsInput(file string, d *spec.Diagram) []cache.Input {
	if len(d.Parts) == 0 {
		return nil
	}
	own := b.partsDirs(file, d.Parts)[len(b.opts.PartsDirs):]
	digest, err := part.Digest(own)
	if err != nil {
		digest = []byte("unreadable: " + err.Error())
	}
	return []cache.Input{{Name: "diagram parts", Data: digest}}
}

// Beside lists the files and folders src reads from beside it: the
// pictures it shows and its own parts folders, what a watcher of the
// diagram files alone would miss. A source that does not decode has none.
func (b *Builder) Beside(src Source) []string {
	d, err := b.decode(src)
	if err != nil {
		return nil
	}
	var out []string
	for _, u := range d.Images() {
		out = append(out, filepath.Join(folderOf(src.File), filepath.FromSlash(string(u.File))))
	}
	return append(out, b.partsDirs(src.File, d.Parts)[len(b.opts.PartsDirs):]...)
}
