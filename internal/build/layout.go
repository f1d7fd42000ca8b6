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
	return b.layOutSource(ctx, src)
}

// layOutSource decodes, translates and lays out a source.
func (b *Builder) layOutSource(ctx context.Context, src Source) (*spec.Diagram, *scene.Scene, error) {
	d, err := b.decode(src)
	if err != nil {
		return nil, nil, err
	}
	src.translate(d)
	sc, err := b.layOut(ctx, src.File, d)
	if err != nil {
		return nil, nil, err
	}
	return d, sc, nil
}
