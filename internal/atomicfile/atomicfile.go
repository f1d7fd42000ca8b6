package atomicfile

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
)

// Write writes data to path atomically and durably: into a temporary
// file in the same folder, which is flushed to disk (fsync) before it is
// renamed over path; on Linux the folder is flushed too, so that the rename
// itself survives a crash. A failed or interrupted build never leaves a
// truncated file, and the previous one stays intact.
func Write(path string, data []byte) error {
	return writeFile(path, data, (*os.File).Sync)
}

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
// sync and renames it over path; the folder is not flushed.
func replace(path string, data []byte, sync func(*os.File) error) error {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("atomicfile: %w", err)
	}
	f, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp-*")
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
	if err := os.Chmod(tmp, 0o644); err != nil {
		return fmt.Errorf("atomicfile: %w", err)
	}
	if err := os.Rename(tmp, path); err != nil {
		return fmt.Errorf("atomicfile: %w", err)
	}
	ok = true
	return nil
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
