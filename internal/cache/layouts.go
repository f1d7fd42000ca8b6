package cache

import (
	"bytes"
	"cmp"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"path/filepath"
	"slices"
	"sync"

	"github.com/sketchdeck/sketchdeck/internal/input"
)

// LayoutsFileName is the layout cache's name inside an output folder,
// beside the manifest (FileName).
const LayoutsFileName = ".sketchdeck-layouts.json"

// layoutsVersion changes when the layout cache's layout does; a file of
// another version is ignored, which costs the layouts once.
const layoutsVersion = 2

// Bounds of a layout cache: past either, the layouts laid out longest ago
// are dropped when it is saved. The deck has 33 distinct layouts of a few
// KB each; a 2000-node graph's is a few MB.
const (
	MaxLayouts     = 4096
	MaxLayoutBytes = 48 << 20 // within MaxFile once encoded
)

// Layouts is a content-addressed cache of Graphviz's answers: the key is
// the hash of everything a layout depends on (the Graphviz release, the
// engine, the DOT text), the value Graphviz's output for it. It lets a
// build reuse the layouts of the builds before it, so that a build whose
// graphs were all laid out before starts no Graphviz at all. It is safe
// for concurrent use; the zero value is not usable, make one with
// NewLayouts.
//
// A layout is reused only for the very same request, and Graphviz's
// output is read the same way whether it was just computed or remembered,
// so a remembered layout gives the same bytes as a fresh one.
type Layouts struct {
	mu      sync.Mutex
	entries map[string]layoutEntry
	gen     int               // generation of the layouts added in this run
	rev     int               // counts the changes to entries
	seen    map[[32]byte]bool // hashes of the files already loaded
	saved   map[string]int    // folder → rev when its file was loaded or saved
}

// layoutEntry is one remembered layout: Graphviz's output, the
// generation (a count of saves) that laid it out, the oldest dropped
// first, and a checksum of the key and the output, so that an entry
// damaged on disk is laid out again rather than read as Graphviz's answer.
type layoutEntry struct {
	Out string `json:"out"`
	Gen int    `json:"gen"`
	Sum string `json:"sum"`
}

// entrySum is the checksum of a layout entry for key with output out.
func entrySum(key, out string) string {
	h := sha256.New()
	h.Write([]byte(key))
	h.Write([]byte{0})
	h.Write([]byte(out))
	return fmt.Sprintf("%x", h.Sum(nil)[:16])
}

type layoutsFile struct {
	Version int                    `json:"version"`
	Gen     int                    `json:"gen"`
	Layouts map[string]layoutEntry `json:"layouts"`
}

// NewLayouts returns an empty layout cache.
func NewLayouts() *Layouts {
	return &Layouts{entries: map[string]layoutEntry{}, seen: map[[32]byte]bool{}, saved: map[string]int{}, gen: 1}
}

// Load adds the layouts remembered in dir's layout cache. A missing,
// unreadable or corrupt file adds nothing and is no error: losing the
// cache costs the layouts once, never a failed build. Only an error other
// than "not found" while reading is returned, for the caller to mention.
func (l *Layouts) Load(dir string) error {
	data, err := input.ReadFile(LayoutsPath(dir), MaxFile)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("cache: %w", err)
	}
	sum := sha256.Sum256(data)
	l.mu.Lock()
	defer l.mu.Unlock()
	defer func() { l.saved[dir] = l.rev }()
	if l.seen[sum] {
		return nil // every language's folder holds the same file
	}
	l.seen[sum] = true
	var f layoutsFile
	if json.Unmarshal(data, &f) != nil || f.Version != layoutsVersion {
		return nil
	}
	for k, e := range f.Layouts {
		if e.Sum != entrySum(k, e.Out) {
			continue // damaged: laid out again when asked for
		}
		if old, ok := l.entries[k]; !ok || old.Gen < e.Gen {
			l.entries[k] = e
			if ok || len(l.saved) > 0 {
				l.rev++ // the folders loaded before lack it
			}
		}
	}
	l.gen = max(l.gen, f.Gen+1)
	return nil
}

// Layout returns the remembered output for key.
func (l *Layouts) Layout(key string) (string, bool) {
	l.mu.Lock()
	defer l.mu.Unlock()
	e, ok := l.entries[key]
	return e.Out, ok
}

// Keep remembers out, Graphviz's output, for key.
func (l *Layouts) Keep(key, out string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if e, ok := l.entries[key]; ok && e.Out == out {
		return
	}
	l.entries[key] = layoutEntry{Out: out, Gen: l.gen, Sum: entrySum(key, out)}
	l.rev++
}

// Len is the number of layouts remembered.
func (l *Layouts) Len() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return len(l.entries)
}

// Bytes is the cache as it is saved: at most MaxLayouts layouts of at
// most MaxLayoutBytes in all, the newest kept, as JSON with sorted keys.
func (l *Layouts) Bytes() []byte {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.prune()
	var buf bytes.Buffer
	// A map of strings to a struct of a string and an int cannot fail to encode.
	if err := json.NewEncoder(&buf).Encode(layoutsFile{Version: layoutsVersion, Gen: l.gen, Layouts: l.entries}); err != nil {
		panic(err)
	}
	return buf.Bytes()
}

// prune drops the oldest layouts past the bounds; l.mu is held.
func (l *Layouts) prune() {
	keys := slices.SortedFunc(maps.Keys(l.entries), func(a, b string) int {
		return cmp.Or(cmp.Compare(l.entries[b].Gen, l.entries[a].Gen), cmp.Compare(a, b))
	})
	size := 0
	for i, k := range keys {
		size += len(l.entries[k].Out) + len(k)
		if i >= MaxLayouts || size > MaxLayoutBytes {
			delete(l.entries, k)
		}
	}
}

// Stale reports whether dir's layout cache lacks what the cache holds
// now: a layout was added since it was loaded or saved, or dir has none.
// A build that laid nothing out anew saves nothing.
func (l *Layouts) Stale(dir string) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	rev, had := l.saved[dir]
	return (rev < l.rev || !had) && len(l.entries) > 0
}

// Saved notes that data (Bytes) was written as dir's layout cache.
func (l *Layouts) Saved(dir string, data []byte) {
	sum := sha256.Sum256(data)
	l.mu.Lock()
	defer l.mu.Unlock()
	l.saved[dir] = l.rev
	l.seen[sum] = true
}

// LayoutsPath is where dir's layout cache is stored.
func LayoutsPath(dir string) string { return filepath.Join(dir, LayoutsFileName) }
