package svg

import (
	"bytes"
	"sync"
)

// Shared is what the documents of a build share, so that each does not
// redo or reallocate it: the glyph outlines written (Glyphs) and the body
// buffers of the documents written, which the next documents reuse
// instead of each allocating its own. Give one to every document of a
// build through Options.Shared; it is safe for concurrent use, and the
// zero value is ready. What a document contains does not depend on it.
type Shared struct {
	Glyphs GlyphCache
	bodies sync.Pool // of emptied *bytes.Buffer
}

// Body buffers: a new one holds bodyBytes, which most documents' bodies
// fit (the deck's median is 11 KB, its largest 125 KB); one grown past
// maxPooledBody is left to the garbage collector rather than kept.
const (
	bodyBytes     = 64 << 10
	maxPooledBody = 1 << 20
)

// body lends an empty buffer for a document's body.
func (s *Shared) body() *bytes.Buffer {
	if s != nil {
		if b, ok := s.bodies.Get().(*bytes.Buffer); ok {
			return b
		}
	}
	b := new(bytes.Buffer)
	b.Grow(bodyBytes)
	return b
}

// release takes back a body that is no longer read.
func (s *Shared) release(b *bytes.Buffer) {
	if s == nil || b.Cap() > maxPooledBody {
		return
	}
	b.Reset()
	s.bodies.Put(b)
}

// glyphs is the glyph cache, or nil for no cache.
func (s *Shared) glyphs() *GlyphCache {
	if s == nil {
		return nil
	}
	return &s.Glyphs
}
