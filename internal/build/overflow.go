package build

import (
	"context"
	"fmt"
	"slices"

	"github.com/sketchdeck/sketchdeck/internal/i18n"
)

// Overflows lays each source out, translated by its Translator, and lists
// the text that does not fit (i18n.OverflowProblems), in the order of
// srcs: at its entry of c when c, which may be nil, has one. A source that
// does not decode adds nothing (whoever reads the sources reports it); one
// that does not lay out in its translation is a problem of its own.
func (b *Builder) Overflows(ctx context.Context, srcs []Source, c *i18n.Catalog) []i18n.Problem {
	per := make([][]i18n.Problem, len(srcs))
	b.each(ctx, len(srcs), func(i int) { per[i] = b.overflows(ctx, srcs[i], c) })
	return slices.Concat(per...)
}

func (b *Builder) overflows(ctx context.Context, src Source, c *i18n.Catalog) (out []i18n.Problem) {
	invalid := func(err error) []i18n.Problem {
		return []i18n.Problem{{File: src.File, Kind: i18n.Invalid, Msg: fmt.Sprintf("does not lay out translated: %v", err)}}
	}
	defer func() {
		if r := recover(); r != nil {
			out = invalid(fmt.Errorf("internal error (please report it): %v", r))
		}
	}()
	d, err := b.decode(src)
	if err != nil {
		return nil
	}
	orig, err := b.original(src, d)
	if err != nil {
		return nil
	}
	sc, err := b.layOut(ctx, src.File, d, orig)
	if err != nil {
		return invalid(err)
	}
	fonts, err := b.fonts()
	if err != nil {
		return invalid(err)
	}
	return i18n.OverflowProblems(d, sc, fonts, c)
}
