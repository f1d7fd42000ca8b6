//go:build !unix

package atomicfile

import "os"

// openNew creates the file name, which must not exist, for writing.
func openNew(name string) (*os.File, error) {
	return os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
}

// rename renames oldpath over newpath.
func rename(oldpath, newpath string) error { return os.Rename(oldpath, newpath) }
