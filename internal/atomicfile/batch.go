package atomicfile

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sync"
)

// Batch writes many files as Write does, each into a temporary file that
// is flushed to disk before it is renamed over the file, but flushes each
// folder once, at Sync, instead of after every file: a build writes many
// files into a few folders. Until Sync, a crash may lose a rename (leaving
// the old file or none, never a truncated one). A file that already holds
// what is to be written is not written again. It is safe for concurrent
// use; the zero value is ready.
type Batch struct {
	mu   sync.Mutex
	dirs map[string]bool
	sync func(*os.File) error // nil is (*os.File).Sync; tests replace it
}

// Write writes data to path atomically; Sync makes the rename durable.
// A file that already holds exactly data is left as it is (flushed, not
// rewritten): a forced rebuild rewrites only the outputs that changed.
func (b *Batch) Write(path string, data []byte) error {
	if holds(path, data, b.flush()) {
		return nil
	}
	if err := replace(path, data, b.flush()); err != nil {
		return err
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.dirs == nil {
		b.dirs = map[string]bool{}
	}
	b.dirs[filepath.Dir(path)] = true
	return nil
}

// Sync flushes every folder written into since the last Sync, in the
// order of their names, and reports the first that fails.
func (b *Batch) Sync() error {
	b.mu.Lock()
	dirs := make([]string, 0, len(b.dirs))
	for d := range b.dirs {
		dirs = append(dirs, d)
	}
	clear(b.dirs)
	b.mu.Unlock()
	if !flushDir {
		return nil
	}
	slices.Sort(dirs)
	for _, d := range dirs {
		if err := syncDir(d, b.flush()); err != nil {
			return fmt.Errorf("atomicfile: flushing %s: %w", d, err)
		}
	}
	return nil
}

func (b *Batch) flush() func(*os.File) error {
	if b.sync == nil {
		return (*os.File).Sync
	}
	return b.sync
}
