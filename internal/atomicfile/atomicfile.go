package atomicfile

import (
	"errors"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
)

// Write writes data to path atomically and durably: into a temporary
// file in the same folder, which is flushed to disk (fsync) before it is
// renamed over path; on Linux the folder is flushed too, so that the rename
// itself survives a crash. A failed or interrupted build never leaves a
// truncated file, and the previous one stays intact. The file's mode is
// 0644 less the umask, and its folders are made if need be.
func Write(path string, data []byte) error {
	return writeFile(path, data, (*os.File).Sync)
}

// Replace writes data to path atomically, as Write does, but flushes
// nothing to disk, and leaves a file that already holds exactly data as it
// is (not rewritten: it keeps its modification time, so tools watching the
// folder see no change). Readers never see a half-written file and a
// failed write leaves the old one intact, but a crash of the machine soon
// after may lose the new bytes or the rename. It is for files a later run
// checks and makes again when they are lost or damaged: a build's
// outputs, whose sums its manifest records, and the manifest and layout
// cache, which a build reads as empty when they do not parse.
func Replace(path string, data []byte) error {
	if holds(path, data) {
		return nil
	}
	return replace(path, data, noFlush)
}

// noFlush is the flush of Replace: none.
func noFlush(*os.File) error { return nil }

// writeFile is Write with the flush as a parameter, so that a test can
// see that it happens, and in which order.
func writeFile(path string, data []byte, sync func(*os.File) error) error {
	if err := replace(path, data, sync); err != nil {
		return err
	}
	if flushDir {
		// The rename is an entry of the folder: without this a crash may
		// lose it, leaving the old file (or none) behind.
		if err := syncDir(filepath.Dir(path), sync); err != nil {
			return fmt.Errorf("atomicfile: writing %s: %w", path, err)
		}
	}
	return nil
}

// replace writes data into a temporary file beside path, flushes it with
// sync and renames it over path; the folder is not flushed. The folder is
// made when the temporary file cannot be created for want of it: a build
// writes many files into a folder that is there.
func replace(path string, data []byte, sync func(*os.File) error) error {
	f, err := createTemp(path)
	if errors.Is(err, fs.ErrNotExist) {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return fmt.Errorf("atomicfile: %w", err)
		}
		f, err = createTemp(path)
	}
	if err != nil {
		return fmt.Errorf("atomicfile: %w", err)
	}
	tmp := f.Name()
	ok := false
	defer func() {
		if !ok {
			_ = os.Remove(tmp) // best effort: the write already failed
		}
	}()
	if err := writeSynced(f, data, sync); err != nil {
		return fmt.Errorf("atomicfile: writing %s: %w", path, err)
	}
	if err := rename(tmp, path); err != nil {
		return fmt.Errorf("atomicfile: %w", err)
	}
	ok = true
	return nil
}

// createTemp creates a new file beside path, named after it
// (.NAME.tmp-RANDOM), with mode 0644 less the umask, as os.WriteFile does.
func createTemp(path string) (*os.File, error) {
	dir, base := filepath.Split(path)
	for try := 0; ; try++ {
		tmp := filepath.Join(dir, "."+base+".tmp-"+strconv.FormatUint(uint64(rand.Uint32()), 10))
		f, err := openNew(tmp)
		if errors.Is(err, fs.ErrExist) && try < 100 {
			continue
		}
		return f, err
	}
}

// flushDir says whether a folder must be flushed for a rename in it to
// survive a crash.
const flushDir = runtime.GOOS == "linux"

// writeSynced writes data to f, flushes it to disk and closes f.
func writeSynced(f *os.File, data []byte, sync func(*os.File) error) error {
	if _, err := f.Write(data); err != nil {
		f.Close()
		return err
	}
	if err := sync(f); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// syncDir flushes a folder's entries to disk.
func syncDir(dir string, sync func(*os.File) error) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	if err := sync(d); err != nil {
		d.Close()
		return err
	}
	return d.Close()
}
