package build

import (
	"bytes"
	"errors"
	"fmt"
	"time"

	"github.com/sketchdeck/sketchdeck/internal/canvas"
	"github.com/sketchdeck/sketchdeck/internal/reveal"
	"github.com/sketchdeck/sketchdeck/internal/scene"
	"github.com/sketchdeck/sketchdeck/internal/sketch"
	"github.com/sketchdeck/sketchdeck/internal/spec"
	"github.com/sketchdeck/sketchdeck/internal/theme"
)

// MaxDrawCost bounds what one diagram may draw: path commands plus text
// characters. The deck's largest diagram is far below it; a hostile one
// (thousands of huge hachured shapes, hundreds of thousands of tokens) is
// stopped before the item that would pass it is drawn (sketch.Cost bounds
// an item's commands from its geometry), with an error, instead of
// writing an SVG of hundreds of MiB.
const MaxDrawCost = 1_000_000

// drawAll sketches a diagram's scene once and draws it in each format:
// the SVG with one more SVG per build step (the step files filter the
// same sketch, so every step has the layout and the wobble of the whole
// picture), the PNG and PDF as the whole, still picture, and the
// Excalidraw scene from the scene's items, seeded alike.
//
// A wide scene is sketched on every core while its first document is
// written (startSketches), and its cost checked once every item is drawn;
// in the rare scene whose estimated cost passes MaxDrawCost, it is
// sketched and drawn again one item at a time, which stops at the item
// that passes the limit, if one does.
func (b *Builder) drawAll(d *spec.Diagram, sc *scene.Scene) ([]Output, [][]byte, error) {
	seed := b.seed ^ uint64(d.Seed)
	drawings, err := startSketches(d.Name, sc, seed, MaxDrawCost)
	if err != nil {
		return nil, nil, err
	}
	outs, steps, err := b.drawEach(d, sc, drawings)
	switch ferr := drawings.finish(); {
	case errors.Is(ferr, errOverEstimate):
		all, err := sketchAll(d.Name, sc, seed, MaxDrawCost)
		if err != nil {
			return nil, nil, err
		}
		return b.drawEach(d, sc, &sketches{all: all})
	case ferr != nil:
		return nil, nil, ferr
	}
	return outs, steps, err
}

// drawEach draws a diagram's sketched scene in each format (see drawAll).
func (b *Builder) drawEach(d *spec.Diagram, sc *scene.Scene, drawings *sketches) ([]Output, [][]byte, error) {
	outs := make([]Output, 0, len(b.formats))
	var steps [][]byte
	scheme := b.theme.Scheme()
	for _, f := range b.formats {
		if f == Excalidraw {
			data, err := b.excalidraw(d, sc)
			if err != nil {
				return nil, nil, err
			}
			outs = append(outs, Output{Format: f, Data: data})
			continue
		}
		if f.Still() {
			for _, sch := range stillSchemes(scheme) {
				data, err := b.write(f, sch, d.Name, reveal.Make(sc, reveal.Options{}), drawings)
				if err != nil {
					return nil, nil, err
				}
				outs = append(outs, Output{Format: f, Data: data, Dark: scheme == theme.Auto && sch == theme.Dark})
			}
			continue
		}
		o := reveal.Options{Animate: b.animation(d)}
		out, err := b.write(SVG, scheme, d.Name, reveal.Make(sc, o), drawings)
		if err != nil {
			return nil, nil, err
		}
		outs = append(outs, Output{Format: SVG, Data: out})
		for k := 1; k <= maxStep(sc); k++ {
			o.Step, o.DimPast = k, d.Steps.DimPast
			svg, err := b.write(SVG, scheme, d.Name, reveal.Make(sc, o), drawings)
			if err != nil {
				return nil, nil, err
			}
			steps = append(steps, svg)
		}
	}
	return outs, steps, nil
}

// stillSchemes are the schemes a PNG or PDF is drawn in for a theme's
// scheme: an auto one, which a still picture cannot follow, in both.
func stillSchemes(s theme.Scheme) []theme.Scheme {
	if s == theme.Auto {
		return []theme.Scheme{theme.Light, theme.Dark}
	}
	return []theme.Scheme{s}
}

// animation is how long the diagram's draw-on animation lasts; 0 for none.
func (b *Builder) animation(d *spec.Diagram) time.Duration {
	on, said := d.Animate.On()
	if !said {
		on = b.opts.Animate
	}
	if !on {
		return 0
	}
	return d.Animate.Duration.Value()
}

// maxStep is the last build step of a scene's items.
func maxStep(sc *scene.Scene) int {
	m := 0
	for _, it := range sc.Items {
		m = max(m, it.Step)
	}
	return m
}

// write draws a planned scene, with the sketches of the whole scene, in
// format f and colour scheme scheme; name makes an SVG's ids unique.
func (b *Builder) write(f Format, scheme theme.Scheme, name string, p reveal.Plan, all *sketches) ([]byte, error) {
	fonts, err := b.fonts()
	if err != nil {
		return nil, err
	}
	bg, _ := b.theme.Color(b.theme.Background)
	if scheme == theme.Dark {
		bg = theme.DarkColor(bg)
	}
	c := b.canvas(f, canvas.PageOf(name, p.Scene, bg), fonts, scheme)
	if scheme == theme.Dark {
		c = canvas.Recolor(c, theme.DarkColor)
	}
	canvas.DrawWith(c, p.Scene, func(i int) sketch.Drawing { return all.get(p.Drawn(i)) }, fonts, p.Effects)
	var buf bytes.Buffer
	if _, err := c.WriteTo(&buf); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return buf.Bytes(), nil
}

// File is one output file of a build, by its name in the output folder.
type File struct {
	Name string
	Data []byte
}

// Files are the files a built diagram writes: NAME.EXT for each format
// (and NAME.dark.EXT after an auto-scheme theme's PNG or PDF), NAME.svg
// followed by its step files in order.
func (r Result) Files() []File {
	var out []File
	for _, o := range r.Outputs {
		name := r.Name
		if o.Dark {
			name += DarkSuffix
		}
		out = append(out, File{Name: name + "." + string(o.Format), Data: o.Data})
		if o.Format != SVG {
			continue
		}
		for k, s := range r.Steps {
			out = append(out, File{Name: spec.StepFile(r.Name, k+1), Data: s})
		}
	}
	return out
}
