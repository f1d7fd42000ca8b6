package atomicfile

import (
	"bytes"
	"io"
	"os"
)

// holds reports whether path is a regular file whose bytes are exactly
// data. A rebuild whose output did not
// change then neither writes nor renames it: no temporary file, no flush
// of new data, and the file keeps its modification time, so that tools
// watching the folder (make, rsync, a browser's reload) see no change.
// Any error is false: the file is written as usual.
func holds(path string, data []byte) bool {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil || !st.Mode().IsRegular() || st.Size() != int64(len(data)) {
		return false
	}
	// One byte more than data is read, so that a file grown since the
	// Stat is not taken for data.
	have := make([]byte, len(data)+1)
	n, err := io.ReadFull(f, have)
	if err != io.ErrUnexpectedEOF && err != io.EOF && err != nil {
		return false
	}
	return n == len(data) && bytes.Equal(have[:n], data)
}
