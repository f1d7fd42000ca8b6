package cache

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"path/filepath"
	"slices"

	"github.com/sketchdeck/sketchdeck/internal/input"
)

// FileName is the manifest's name inside an output folder. It starts with a
// dot so that globs of the outputs (out/en/*.svg) never pick it up.
const FileName = ".sketchdeck.json"

// manifestVersion changes when the manifest's layout does; a manifest of
// another version is ignored, which costs one full build.
const manifestVersion = 1

// MaxFile is the largest manifest or output the cache reads, in bytes (an
// SVG within the drawing budget is a few MiB): a bigger one, or one that
// is not a regular file (a named pipe would block), is not fresh.
const MaxFile = 64 << 20

// Entry is what the manifest knows of one output file.
type Entry struct {
	// Key is the hash of the inputs the file was built from.
	Key string `json:"key"`
	// Sum is the hash of the file's bytes as written.
	Sum string `json:"sum"`
}

// Manifest records, for one output folder, the key each output was built
// from. The zero value is not usable; make one with Load.
type Manifest struct {
	dir   string
	files map[string]Entry
}

type manifestFile struct {
	Version int              `json:"version"`
	Files   map[string]Entry `json:"files"`
}

// Load reads dir's manifest. A missing, unreadable or corrupt manifest gives
// an empty one and no error: losing the cache costs a full build, never a
// failed one. Only an error other than "not found" while reading is
// returned, alongside the empty manifest, for the caller to mention.
func Load(dir string) (*Manifest, error) {
	m := &Manifest{dir: dir, files: map[string]Entry{}}
	data, err := input.ReadFile(m.Path(), MaxFile)
	if errors.Is(err, fs.ErrNotExist) {
		return m, nil
	}
	if err != nil {
		return m, fmt.Errorf("cache: %w", err)
	}
	var f manifestFile
	if json.Unmarshal(data, &f) != nil || f.Version != manifestVersion {
		return m, nil
	}
	for name, e := range f.Files {
		m.files[name] = e
	}
	return m, nil
}

// Path is where the manifest is stored.
func (m *Manifest) Path() string { return filepath.Join(m.dir, FileName) }

// Fresh reports whether the output called name (a file name inside the
// folder, "cdn.svg") was built from key and is still on disk exactly as it
// was written. Anything else — another key, a missing, edited or
// unreadable file — means it must be built.
func (m *Manifest) Fresh(name, key string) bool { return m.State(name, key) == UpToDate }

// State says whether the output called name is up to date for key, and if
// not, why: a build rebuilds exactly the outputs that are not UpToDate.
func (m *Manifest) State(name, key string) State {
	e, ok := m.files[name]
	data, err := input.ReadFile(filepath.Join(m.dir, name), MaxFile)
	switch {
	case err != nil:
		return Missing
	case !ok:
		return Unrecorded
	case Sum(data) != e.Sum:
		return Edited
	case e.Key != key:
		return OtherKey
	}
	return UpToDate
}

// State is how an output stands against the key it would be built from.
type State int

const (
	// UpToDate: built from this key and unchanged since.
	UpToDate State = iota
	// Missing: the file is not there (or cannot be read).
	Missing
	// Unrecorded: the file is there but the manifest has no record of it.
	Unrecorded
	// Edited: the file changed since it was built.
	Edited
	// OtherKey: it was built from other inputs (the source, the theme, a
	// catalog or the tool changed since).
	OtherKey
)

// Names are the outputs the manifest knows, sorted.
func (m *Manifest) Names() []string { return slices.Sorted(maps.Keys(m.files)) }

// RecordSum notes that name was just written, built from key, with sum
// the sum of its bytes (Sum): the bytes themselves are dropped once
// written, before the build records them.
func (m *Manifest) RecordSum(name, key, sum string) {
	m.files[name] = Entry{Key: key, Sum: sum}
}

// SameBuild reports whether the manifest records outputs a and b as
// built from one key: a diagram's light and dark PNG of one build, not
// two diagrams' files.
func (m *Manifest) SameBuild(a, b string) bool {
	ea, ok := m.files[a]
	eb, okb := m.files[b]
	return ok && okb && ea.Key == eb.Key
}

// Forget drops what the manifest knows of name, after a failed build.
func (m *Manifest) Forget(name string) { delete(m.files, name) }

// Bytes is the manifest as it is stored: indented JSON with sorted keys,
// so that the same outputs always give the same file.
func (m *Manifest) Bytes() []byte {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	// A map of strings to a struct of strings cannot fail to encode.
	if err := enc.Encode(manifestFile{Version: manifestVersion, Files: m.files}); err != nil {
		panic(err)
	}
	return buf.Bytes()
}
