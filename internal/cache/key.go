package cache

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
)

// Input is one thing a build's output depends on: a source, a theme, a
// catalog, the tool's identity. Name labels it so that two lists of inputs
// hash alike only when they hold the same things under the same names.
type Input struct {
	Name string
	Data []byte
}

// String makes an Input of a short text value (a seed, a language).
func String(name, value string) Input { return Input{Name: name, Data: []byte(value)} }

// Key hashes inputs into a hex SHA-256. Each name and value is written with
// its length in front, so no two different lists can hash alike by moving
// bytes from one input to the next. The order of inputs matters.
func Key(inputs ...Input) string {
	h := sha256.New()
	var n [8]byte
	write := func(b []byte) {
		binary.LittleEndian.PutUint64(n[:], uint64(len(b)))
		h.Write(n[:])
		h.Write(b)
	}
	for _, in := range inputs {
		write([]byte(in.Name))
		write(in.Data)
	}
	return hex.EncodeToString(h.Sum(nil))
}

// Sum is the hex SHA-256 of data: how the manifest recognises an output
// that was edited or replaced by hand since it was built.
func Sum(data []byte) string {
	s := sha256.Sum256(data)
	return hex.EncodeToString(s[:])
}
