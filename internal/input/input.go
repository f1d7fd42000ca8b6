package input

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

// ReadFile reads a regular file of at most limit bytes.
func ReadFile(name string, limit int64) ([]byte, error) {
	return readFS(osFS{}, name, limit, linkTarget)
}

// ReadFS is ReadFile for a file of fsys.
func ReadFS(fsys fs.FS, name string, limit int64) ([]byte, error) {
	return readFS(fsys, name, limit, nil)
}

// readFS stats name (following links: the target must be regular) before
// opening it, since opening a named pipe blocks; target, if not nil, says
// where a link leads, for the message.
func readFS(fsys fs.FS, name string, limit int64, target func(string) string) ([]byte, error) {
	st, err := fs.Stat(fsys, name)
	if err != nil {
		return nil, Named(err)
	}
	via := ""
	if target != nil && !st.Mode().IsRegular() {
		via = target(name)
	}
	if err := check(name, st, limit, via); err != nil {
		return nil, err
	}
	f, err := fsys.Open(name)
	if err != nil {
		return nil, Named(err)
	}
	defer f.Close()
	return read(name, f, limit)
}

// Stat is os.Stat with its error said as Named says it.
func Stat(name string) (fs.FileInfo, error) {
	st, err := os.Stat(name)
	return st, Named(err)
}

// Named says a failure on a file as "NAME: what went wrong" ("notes.gv: no
// such file or directory"), without the system call that met it ("stat
// notes.gv: …"), which tells a user nothing; errors.Is still sees the
// cause. Any other error, and nil, are as they are.
func Named(err error) error {
	var pe *fs.PathError
	if !errors.As(err, &pe) {
		return err
	}
	return fmt.Errorf("%s: %w", pe.Path, pe.Err)
}

// osFS is the operating system's files, by their own names (os.DirFS
// wants paths relative to a root).
type osFS struct{}

func (osFS) Open(name string) (fs.File, error)     { return os.Open(name) }
func (osFS) Stat(name string) (fs.FileInfo, error) { return os.Stat(name) }

// read reads f, which Stat said was regular and small enough, checking
// both again: the file may have been replaced or grown since.
func read(name string, f fs.File, limit int64) ([]byte, error) {
	st, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if err := check(name, st, limit, ""); err != nil {
		return nil, err
	}
	data, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if int64(len(data)) > limit {
		return nil, fmt.Errorf("%s is over %d bytes, the limit (%s)", name, limit, human(limit))
	}
	return data, nil
}

// check refuses what is not a regular file, or is over limit bytes; target
// is where a link leads, for the message, or "".
func check(name string, st fs.FileInfo, limit int64, target string) error {
	if !st.Mode().IsRegular() {
		via := ""
		if target != "" {
			via = " (a link to " + target + ")"
		}
		return fmt.Errorf("%s%s is %s, not a regular file: sketchdeck reads only regular files", name, via, kind(st.Mode()))
	}
	if st.Size() > limit {
		return fmt.Errorf("%s is %d bytes; the limit is %d bytes (%s)", name, st.Size(), limit, human(limit))
	}
	return nil
}

func human(n int64) string {
	if n >= 1<<20 && n%(1<<20) == 0 {
		return fmt.Sprintf("%d MiB", n>>20)
	}
	return fmt.Sprintf("%d KiB", n>>10)
}

// kind names a file mode that is not a regular file's.
func kind(m fs.FileMode) string {
	switch {
	case m.IsDir():
		return "a folder"
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe (FIFO)"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeDevice != 0:
		return "a device"
	}
	return "a special file"
}

// linkTarget is the file a symbolic link finally leads to, or "" when
// name is no link.
func linkTarget(name string) string {
	if st, err := os.Lstat(name); err != nil || st.Mode()&fs.ModeSymlink == 0 {
		return ""
	}
	t, err := filepath.EvalSymlinks(name)
	if err != nil {
		return ""
	}
	return t
}
