package svg

import (
	"sync"

	"github.com/sketchdeck/sketchdeck/internal/text"
)

// GlyphCache keeps the path data of glyph outlines once written, so that
// the documents of a build (70 for the deck, most using the same few
// dozen glyphs) trace and format each outline once instead of once per
// document. A glyph's path data depends only on the glyph: the shipped
// faces are the same for every text.Fonts, so one cache serves every
// document and family. The documents of a build share one through
// Options.Shared; it is safe for concurrent use. The zero value is an
// empty cache holding at most DefaultGlyphCacheBytes.
//
// It is bounded: once its outlines add up to its limit it keeps what it
// has and formats the rest every time, so a label set that draws
// thousands of fallback glyphs (GNU Unifont has some 60,000) costs time,
// never memory without bound. What a document contains does not depend
// on the cache.
type GlyphCache struct {
	// Limit bounds the bytes of path data kept; 0 is
	// DefaultGlyphCacheBytes.
	Limit int

	mu    sync.Mutex
	paths map[text.GlyphID]string
	bytes int
}

// DefaultGlyphCacheBytes is a GlyphCache's default limit: 2 MiB, some
// 2,000 handwriting glyphs (about 1 KB each), ten times what the deck
// draws.
const DefaultGlyphCacheBytes = 2 << 20

// path is the path data of glyph id's outline in glyph units, from the
// cache or made by draw (and kept while the cache has room). A nil cache
// keeps nothing.
func (gc *GlyphCache) path(id text.GlyphID, draw func() string) string {
	if gc == nil {
		return draw()
	}
	gc.mu.Lock()
	d, ok := gc.paths[id]
	gc.mu.Unlock()
	if ok {
		return d
	}
	d = draw() // outside the lock: documents drawn at once do not wait on each other
	gc.mu.Lock()
	defer gc.mu.Unlock()
	if _, ok := gc.paths[id]; !ok && gc.bytes+len(d) <= gc.limit() {
		if gc.paths == nil {
			gc.paths = map[text.GlyphID]string{}
		}
		gc.paths[id] = d
		gc.bytes += len(d)
	}
	return d
}

func (gc *GlyphCache) limit() int {
	if gc.Limit > 0 {
		return gc.Limit
	}
	return DefaultGlyphCacheBytes
}
