package build

import (
	"context"

	"github.com/sketchdeck/sketchdeck/internal/i18n"
)

// Room lays each source out in English and in the pseudo-locale and gives
// its texts with the room each has (i18n.Room), in the order of srcs. A
// source that does not decode or lay out is left out; whoever reads the
// sources reports it.
func (b *Builder) Room(ctx context.Context, srcs []Source) []i18n.DiagramTexts {
	per := make([]*i18n.DiagramTexts, len(srcs))
	b.each(ctx, len(srcs), func(i int) { per[i] = b.room(ctx, srcs[i]) })
	var out []i18n.DiagramTexts
	for _, d := range per {
		if d != nil {
			out = append(out, *d)
		}
	}
	return out
}

func (b *Builder) room(ctx context.Context, src Source) (out *i18n.DiagramTexts) {
	defer func() {
		if r := recover(); r != nil {
			out = nil // the build reports it
		}
	}()
	src.Translator = nil
	d, en, err := b.layOutSource(ctx, src, nil)
	if err != nil {
		return nil
	}
	src.Translator = i18n.Pseudo{}
	_, long, err := b.layOutSource(ctx, src, nil)
	if err != nil {
		return nil
	}
	fonts, err := b.fonts()
	if err != nil {
		return nil
	}
	room := i18n.Room(d, en, long, fonts)
	texts := i18n.Of(d)
	for i, t := range texts.Texts {
		texts.Texts[i].Room = room[t.Key]
	}
	return &texts
}
