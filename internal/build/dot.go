package build

import (
	"context"
	"errors"
	"fmt"

	"github.com/sketchdeck/sketchdeck/internal/dotin"
	"github.com/sketchdeck/sketchdeck/internal/graphviz"
	"github.com/sketchdeck/sketchdeck/internal/layout"
	"github.com/sketchdeck/sketchdeck/internal/spec"
)

// DOT lays out a Graphviz graph file with Graphviz as written and returns
// Graphviz's "json" output (json0 with its drawing operations); errors in the DOT are positioned in src.
func (b *Builder) DOT(ctx context.Context, src Source) (string, error) {
	out, _, err := b.dotSaid(ctx, src)
	return out, err
}

// dotSaid is DOT, with the messages Graphviz wrote while it laid the
// graph out (the installed dot's; the WebAssembly Graphviz gives none).
func (b *Builder) dotSaid(ctx context.Context, src Source) (string, []string, error) {
	if dotin.Empty(src.Data) {
		return "", nil, dotin.EmptyError(src.File)
	}
	if at, ok := dotin.SecondGraph(src.Data); ok {
		return "", nil, dotin.SecondGraphError(src.File, at)
	}
	if err := dotin.HTMLError(src.File, src.Data); err != nil {
		return "", nil, err
	}
	r, ok := b.placer.(layout.JobRenderer)
	if !ok {
		return "", nil, fmt.Errorf("%s: this build lays graphs out without Graphviz, so it cannot read a Graphviz file", src.File)
	}
	out, err := r.RenderJob(ctx, graphviz.UserJob(src.File, dotin.Engine(src.Data), dotin.Prepare(src.Data)))
	if err != nil {
		if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
			return "", nil, err
		}
		return "", nil, dotin.SourceError(src.File, src.Data, err)
	}
	out, said := graphviz.SplitMessages(out)
	return out, said, nil
}

// decodeDOT draws a Graphviz graph file as a drawing (package dotin) and
// decodes that like any diagram.
func (b *Builder) decodeDOT(src Source, o spec.Options) (*spec.Diagram, error) {
	out, said, err := b.dotSaid(context.Background(), src)
	if err != nil {
		return nil, err
	}
	var opt dotin.Options
	if !b.opts.ExactColors {
		opt.Palette = b.theme.Palette
	}
	toml, warnings, err := dotin.Drawing(src.File, src.Data, out, opt)
	if errors.As(err, new(spec.ErrorList)) {
		return nil, err // placed already
	}
	if err != nil {
		var errs spec.ErrorList
		errs.Add(src.File, spec.Pos{}, "", "%v", err)
		return nil, errs.Err()
	}
	d, err := spec.DecodeWith(src.File, toml, o)
	if err != nil {
		return nil, err
	}
	d.Warnings = append(dotin.Said(src.File, src.Data, said), warnings...)
	return d, nil
}
