package build

import (
	"bytes"
	"context"
	"testing"

	"github.com/sketchdeck/sketchdeck/internal/i18n"
)

// TestShareDecodes: the sources with the same file, name and contents
// within the window share one decoding, whatever their translator; others
// share none.
func TestShareDecodes(t *testing.T) {
	b := newTestBuilder(t)
	a, c := []byte("[[nodes]]\nid = \"a\"\n"), []byte("[[nodes]]\nid = \"c\"\n")
	fr := i18n.Pseudo{}
	srcs := []Source{
		{File: "a.toml", Data: a},                 // 0
		{File: "a.toml", Data: a, Translator: fr}, // 1: shares 0's
		{File: "c.toml", Data: c},                 // 2: alone
		{File: "b.toml", Data: a},                 // 3: another file
		{File: "a.toml", Data: a, Name: "x"},      // 4: another name
		{File: "a.toml", Data: c},                 // 5: other contents
		{File: "a.toml", Data: a},                 // 6: past the window of 0 and 1
	}
	shares := b.shareDecodes(srcs, 4)
	if shares[0] == nil || shares[0] != shares[1] {
		t.Errorf("a source and its translation share no decoding")
	}
	for i := 2; i < len(srcs); i++ {
		if shares[i] != nil {
			t.Errorf("source %d shares a decoding", i)
		}
	}
}

// TestSharedDecodeBuildsAlike builds every diagram of the deck in every
// language one after the other (as the command does, a file's languages
// sharing their decoding) and each on its own: the SVGs are the same, so
// no build changed the diagram another one copied.
func TestSharedDecodeBuildsAlike(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the deck twice")
	}
	srcs := deckSources(t)
	b := newTestBuilder(t)
	shared := b.BuildAll(context.Background(), srcs)
	for i, src := range srcs {
		alone := b.Build(context.Background(), src)
		if (alone.Err == nil) != (shared[i].Err == nil) || !bytes.Equal(alone.SVG, shared[i].SVG) {
			t.Errorf("%s (translated: %v): built differently with a shared decoding (errors %v, %v)", src.File, src.Translator != nil, shared[i].Err, alone.Err)
		}
	}
}
