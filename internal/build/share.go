package build

import (
	"bytes"
	"sync"

	"github.com/sketchdeck/sketchdeck/internal/spec"
)

// sharedDecode is one decoding that the sources of a build with the same
// file, name and contents share: a diagram built in several languages is
// decoded and checked once. Each source gets a copy of its own (the build
// translates it, a layout may fill it in), never the decoded diagram.
type sharedDecode struct {
	decode func() (*spec.Diagram, error)
}

// get is a copy of the shared diagram, or the decoding's error.
func (s *sharedDecode) get() (*spec.Diagram, error) {
	d, err := s.decode()
	if err != nil {
		return nil, err
	}
	return d.Clone(), nil
}

// shareDecodes finds the sources of srcs that can share a decoding with
// one at most window places before them, and gives each of those the
// same sharedDecode (nil for a source that shares none). The command
// builds a file's languages one after the other, within any window; a
// window keeps a decoded diagram held only while its sources are under
// way, so that memory stays flat however many sources there are.
func (b *Builder) shareDecodes(srcs []Source, window int) []*sharedDecode {
	shares := make([]*sharedDecode, len(srcs))
	for i, src := range srcs {
		for j := max(i-window, 0); j < i; j++ {
			if sameDecoding(srcs[j], src) {
				if shares[j] == nil {
					first := srcs[j]
					shares[j] = &sharedDecode{decode: sync.OnceValues(func() (*spec.Diagram, error) { return b.decodeToBuild(first) })}
				}
				shares[i] = shares[j]
				break
			}
		}
	}
	return shares
}

// sameDecoding tells whether a and b decode to the same diagram: the
// translator is applied after decoding.
func sameDecoding(a, b Source) bool {
	return a.File == b.File && a.name() == b.name() && bytes.Equal(a.Data, b.Data)
}
