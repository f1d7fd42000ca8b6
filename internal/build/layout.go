package build

import (
	"context"
	"fmt"

	"github.com/sketchdeck/sketchdeck/internal/scene"
	"github.com/sketchdeck/sketchdeck/internal/spec"
)

// LayOut decodes a source, translates it and lays it out without drawing
// it: what a check of the layout (internal/lint) reads. A panic inside is
// an error naming the diagram, as in Build.
func (b *Builder) LayOut(ctx context.Context, src Source) (d *spec.Diagram, sc *scene.Scene, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%s: internal error (please report it): %v", src.File, r)
		}
	}()
	return b.layOutSource(ctx, src, nil)
}

// layOutSource decodes, translates and lays out a source: its decoded
// diagram is a copy of shared's when shared is not nil.
func (b *Builder) layOutSource(ctx context.Context, src Source, shared *sharedDecode) (*spec.Diagram, *scene.Scene, error) {
	var d *spec.Diagram
	var err error
	if shared != nil {
		d, err = shared.get()
	} else {
		d, err = b.decodeToBuild(src)
	}
	if err != nil {
		return nil, nil, err
	}
	orig := b.original(src, d)
	sc, err := b.layOut(ctx, src.File, d, orig)
	if err != nil {
		return nil, nil, err
	}
	return d, sc, nil
}

// original translates d, decoded from src, and returns it as written (a
// copy taken before translating) when src has a translator: the layout
// keeps a translation to its original's size and moves the texts the
// author placed only in a translation. nil when there is no translator.
//
// The copy replaces a second decoding of the source, which cost as much
// CPU as the first: the diagram as written is what d was before
// translating, whatever the options d was decoded with (they only add
// problems, and d has none).
func (b *Builder) original(src Source, d *spec.Diagram) *spec.Diagram {
	if src.Translator == nil {
		return nil
	}
	orig := d.Clone()
	src.translate(d)
	return orig
}
