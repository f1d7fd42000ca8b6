package native

import (
	"fmt"
	"os"
	"syscall"
)

// sysStamp adds the file's inode and change time to its stamp: a file
// replaced (a package upgrade writes a new one and renames it) or changed
// in place has another, even with the same size and modification time.
func sysStamp(st os.FileInfo) string {
	s, ok := st.Sys().(*syscall.Stat_t)
	if !ok {
		return ""
	}
	return fmt.Sprintf(" %d %d.%d", s.Ino, s.Ctim.Sec, s.Ctim.Nsec)
}
