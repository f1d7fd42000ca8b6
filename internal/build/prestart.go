package build

import (
	"bytes"
	"context"

	"github.com/sketchdeck/sketchdeck/internal/dotin"
)

// MayLayOut reports whether building src may ask Graphviz for a layout:
// a Graphviz file always does, and a TOML diagram only if it holds graph
// nodes (a graph's, a panel's), which its text then names. It is a quick
// look at the text, for deciding to start layout workers early: it may
// say yes to a diagram that lays nothing out (the word in a label), never
// no to one that does, short of a key spelt with escapes.
func MayLayOut(src Source) bool {
	return dotin.Is(src.File) || bytes.Contains(src.Data, []byte("nodes"))
}

// Prestart starts up to n Graphviz workers in the background, so that the
// first layouts of a build find them ready (worker.Client.Prestart): for a
// build that knows it will lay graphs out that no layout cache holds. It
// does nothing when Options.Placer was given.
func (b *Builder) Prestart(ctx context.Context, n int) {
	if b.own != nil {
		b.own.Prestart(ctx, n)
	}
}
