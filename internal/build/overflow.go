package build

import (
	"context"
	"fmt"
	"slices"

	"github.com/sketchdeck/sketchdeck/internal/i18n"
	"github.com/sketchdeck/sketchdeck/internal/lint"
	"github.com/sketchdeck/sketchdeck/internal/scene"
	"github.com/sketchdeck/sketchdeck/internal/spec"
	"github.com/sketchdeck/sketchdeck/internal/text"
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
	orig := b.original(src, d)
	sc, err := b.layOut(ctx, src.File, d, orig)
	if err != nil {
		return invalid(err)
	}
	fonts, err := b.fonts()
	if err != nil {
		return invalid(err)
	}
	out = i18n.OverflowProblems(d, sc, fonts, c)
	if orig != nil && c != nil {
		// Only a catalog's translator can shorten a text; the pseudo-locale
		// is longer by design.
		ps, err := b.growth(ctx, src, sc, orig, c)
		if err != nil {
			return append(out, invalid(err)...)
		}
		out = append(out, ps...)
	}
	return append(out, collisions(d, sc, fonts, c)...)
}

// growth reports each direction in which the translation sc of src draws
// the picture over a tenth larger than orig laid out, at the entry of the
// text whose translation alone grows it most that way (each text is tried
// alone: what sets a picture's size is not always the text that grew).
func (b *Builder) growth(ctx context.Context, src Source, sc *scene.Scene, orig *spec.Diagram, c *i18n.Catalog) ([]i18n.Problem, error) {
	osc, err := b.layOut(ctx, src.File, orig, nil)
	if err != nil {
		return nil, err
	}
	grown := i18n.Grown(sc, osc)
	if len(grown) == 0 {
		return nil, nil
	}
	keys := make([]string, len(grown))
	most := make([]float64, len(grown))
	for _, t := range i18n.Texts(orig) {
		one := src
		one.Translator = i18n.Only{Tr: src.Translator, Key: t.Key}
		d, err := b.decode(one)
		if err != nil {
			return nil, err
		}
		s, err := b.layOut(ctx, src.File, d, b.original(one, d))
		if err != nil {
			return nil, err
		}
		for i, g := range grown {
			if v := g.Of(s); v > most[i]+0.5 && v > g.Want+0.5 {
				keys[i], most[i] = t.Key, v
			}
		}
	}
	out := make([]i18n.Problem, len(grown))
	for i, g := range grown {
		out[i] = g.Problem(orig, c, keys[i], sc, osc)
	}
	return out, nil
}

// collisions are lint's findings in a translation, each at the catalog
// entry of the text involved (the first item's, or else the second's).
func collisions(d *spec.Diagram, sc *scene.Scene, fonts *text.Fonts, c *i18n.Catalog) []i18n.Problem {
	found, _ := lint.Check(d, sc, fonts)
	if len(found) == 0 {
		return nil
	}
	texts := map[string]*scene.Text{}
	for _, it := range sc.Items {
		if it.Text != nil {
			texts[it.ID] = it.Text
		}
	}
	var out []i18n.Problem
	for _, f := range found {
		p := i18n.Problem{File: f.File, Pos: f.Pos, Diagram: d.Name, Kind: i18n.Collides, Msg: f.Msg + " (sketchdeck lint)"}
		for _, id := range []string{f.A, f.B} {
			if t, ok := texts[id]; ok {
				lines := make([]string, len(t.Lines))
				for i, l := range t.Lines {
					lines[i] = l.Text
				}
				p = i18n.ProblemAt(d, c, id, lines, p)
				break
			}
		}
		out = append(out, p)
	}
	return out
}
