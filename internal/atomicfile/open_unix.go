//go:build unix

package atomicfile

import (
	"os"
	"syscall"
)

// openNew creates the file name, which must not exist, for writing. It
// opens it with syscall.Open and wraps it with os.NewFile: os.OpenFile
// would try to make a regular file non-blocking and to add it to the
// network poller, five system calls per file that all come to nothing.
func openNew(name string) (*os.File, error) {
	var fd int
	var err error
	for {
		fd, err = syscall.Open(name, syscall.O_WRONLY|syscall.O_CREAT|syscall.O_EXCL|syscall.O_CLOEXEC, 0o644)
		if err != syscall.EINTR {
			break
		}
	}
	if err != nil {
		return nil, &os.PathError{Op: "open", Path: name, Err: err}
	}
	return os.NewFile(uintptr(fd), name), nil
}

// rename renames oldpath over newpath. os.Rename would first look newpath
// up to refuse a folder there, which rename(2) refuses by itself.
func rename(oldpath, newpath string) error {
	for {
		err := syscall.Rename(oldpath, newpath)
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return &os.LinkError{Op: "rename", Old: oldpath, New: newpath, Err: err}
		}
		return nil
	}
}
