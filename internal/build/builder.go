package build

import (
	"bytes"
	"context"
	"fmt"
	"runtime"
	"sync"

	"github.com/sketchdeck/sketchdeck/internal/graphviz/worker"
	"github.com/sketchdeck/sketchdeck/internal/i18n"
	"github.com/sketchdeck/sketchdeck/internal/layout"
	"github.com/sketchdeck/sketchdeck/internal/part"
	"github.com/sketchdeck/sketchdeck/internal/scene"
	"github.com/sketchdeck/sketchdeck/internal/spec"
	"github.com/sketchdeck/sketchdeck/internal/svg"
	"github.com/sketchdeck/sketchdeck/internal/text"
	"github.com/sketchdeck/sketchdeck/internal/theme"
)

// Options configure a Builder.
type Options struct {
	// Theme is the loaded theme; nil is the shipped default.
	Theme *theme.Theme
	// Seed, when not zero, replaces the theme's seed: another wobble.
	Seed uint64
	// Workers bounds how many diagrams are built at once; 0 is GOMAXPROCS
	// (BuildEach and BuildWrite: six times GOMAXPROCS, since a diagram
	// waiting for its layout uses no core: underWayPerCore).
	Workers int
	// PartsDirs are folders of user parts (NAME.toml) that the drawing
	// kind can place besides the shipped library; later folders win.
	PartsDirs []string
	// Graphviz configures the worker processes that lay graphs out
	// (internal/graphviz/worker: time limit, number of workers); the zero value
	// finds the sketchdeck-layout program and uses the defaults.
	Graphviz worker.Options
	// Animate makes every SVG draw itself when shown (a diagram's own
	// [animate] table has the last word).
	Animate bool
	// Text says how the SVG stores text (outlines, <text>, or both); the
	// zero value is svg.TextSelectable.
	Text svg.TextMode
	// Formats are the files each diagram is drawn into (Result.Outputs, in
	// this order); nil is SVG alone.
	Formats []Format
	// Scale is a PNG's pixels per CSS pixel; 0 is png.DefaultScale.
	Scale float64
	// ExactColors keeps a Graphviz file's colours as written; by default
	// each is drawn as the theme's palette colour nearest to it.
	ExactColors bool
	// Placer, when set, lays graphs out instead, and Graphviz is unused.
	// The Builder does not close it: serve shares one worker among the
	// Builders of its rebuilds, and a library program may lay out in
	// process (package gen/inprocess).
	Placer layout.Placer
}

// Builder turns diagram sources into SVG documents. It is safe for
// concurrent use; Close releases Graphviz.
type Builder struct {
	theme   *theme.Theme
	fonts   func() (*text.Fonts, error) // parsed on first use: an up-to-date incremental build needs none
	shared  *svg.Shared                 // what every SVG of the build shares: glyph outlines, buffers
	placer  layout.Placer
	own     *worker.Client                // the workers this Builder started and closes, or nil
	parts   func() (*part.Library, error) // loaded on first use, like the fonts
	warm    sync.Once                     // Prefetch's
	digest  []byte                        // the user parts' contents, for inputs
	libs    libraries                     // with the diagrams' own parts folders
	seed    uint64
	formats []Format
	opts    Options
}

// New loads the theme. The fonts are parsed by the first build and
// Graphviz starts on the first graph layout, so a Builder that only
// computes keys (Key) stays cheap.
func New(opts Options) (*Builder, error) {
	th := opts.Theme
	if th == nil {
		var err error
		if th, err = theme.Load(theme.Default); err != nil {
			return nil, err
		}
	}
	fonts := sync.OnceValues(func() (*text.Fonts, error) {
		f, err := text.LoadFamily(th.Family())
		if err != nil {
			return nil, fmt.Errorf("build: %w", err)
		}
		return f, nil
	})
	seed := th.Seed
	if opts.Seed != 0 {
		seed = opts.Seed
	}
	digest, err := part.Digest(opts.PartsDirs)
	if err != nil {
		return nil, err
	}
	formats := opts.Formats
	if len(formats) == 0 {
		formats = []Format{SVG}
	}
	b := &Builder{theme: th, fonts: fonts, shared: &svg.Shared{}, placer: opts.Placer, seed: seed, formats: formats, opts: opts, digest: digest}
	if b.placer == nil {
		b.own = worker.New(opts.Graphviz)
		b.placer = b.own
	}
	b.parts = sync.OnceValues(func() (*part.Library, error) {
		f, err := fonts()
		if err != nil {
			return nil, err
		}
		return part.Load(part.Options{Dirs: opts.PartsDirs, Env: layout.Env{Theme: th, Text: f}})
	})
	return b, nil
}

// Prefetch starts parsing the fonts and listing the parts library in the
// background, for a build about to start: its first diagram then finds
// them ready instead of waiting for them, while the caller still plans.
// A caller that builds nothing (everything up to date) does not call it,
// and parses no font.
func (b *Builder) Prefetch() {
	b.warm.Do(func() { go b.parts() }) //nolint:errcheck // the build reports the error
}

// Close stops the Graphviz layout workers it started (none when
// Options.Placer was given).
func (b *Builder) Close() error {
	if b.own == nil {
		return nil
	}
	return b.own.Close()
}

// Source is one diagram's source: File names it in errors and gives the
// output name.
type Source struct {
	File string
	Data []byte
	// Translator, when set, translates the diagram's texts before layout
	// (internal/i18n), so the variant is laid out for its own words.
	Translator i18n.Translator
	// Name is the diagram's name when File gives none (standard input's
	// --name): its SVG ids, its catalog entries and its wobble go by it,
	// as a file NAME.toml's do. "" is File's base name.
	Name string
}

// name is the diagram's name: Name, or File's base name.
func (src Source) name() string {
	if src.Name != "" {
		return src.Name
	}
	return spec.NameOf(src.File)
}

// named gives a diagram decoded from src the source's name.
func (src Source) named(d *spec.Diagram, err error) (*spec.Diagram, error) {
	if d != nil {
		d.Name = src.name()
	}
	return d, err
}

// Result is one built diagram: its name, scene and files, or the error
// that stopped it (an spec.ErrorList for input problems).
type Result struct {
	Name  string
	Scene *scene.Scene
	// SVG is the SVG document, when SVG is among the Builder's formats.
	SVG []byte
	// Steps are the SVGs of the build steps, Steps[k-1] showing steps 1
	// to k (NAME.step-k.svg), when the diagram's elements take steps and
	// SVG is among the formats.
	Steps [][]byte
	// Outputs are the diagram in each of the Builder's formats, in order
	// (the SVG's Data is SVG).
	Outputs []Output
	// Warnings are what the source asks for that is drawn otherwise (a
	// Graphviz file's unknown shape); they do not fail the build.
	Warnings []spec.Warning
	Err      error
}

// Written is r without its scene and files, once they are written: its
// name, warnings and error (Builder.BuildWrite).
func (r Result) Written() Result {
	return Result{Name: r.Name, Warnings: r.Warnings, Err: r.Err}
}

// Build builds one diagram.
func (b *Builder) Build(ctx context.Context, src Source) Result { return b.buildShared(ctx, src, nil) }

// buildShared is Build taking src's decoded diagram from shared, when not
// nil.
func (b *Builder) buildShared(ctx context.Context, src Source, shared *sharedDecode) Result {
	res := Result{Name: src.name()}
	res.Scene, res.Outputs, res.Steps, res.Warnings, res.Err = b.build(ctx, src, shared)
	for _, o := range res.Outputs {
		if o.Format == SVG {
			res.SVG = o.Data
		}
	}
	return res
}

// BuildAll builds every source in parallel and returns the results in the
// order of srcs. Once ctx ends it starts no more: each source not built
// yet gets ctx's error. It holds every result: a program that writes them
// should use BuildEach, which holds a few.
func (b *Builder) BuildAll(ctx context.Context, srcs []Source) []Result {
	out := make([]Result, len(srcs))
	b.BuildEach(ctx, srcs, func(i int, r Result) { out[i] = r })
	return out
}

// each calls do(0) … do(n-1), on up to Options.Workers goroutines, until
// ctx ends, and tells which it called: a cancelled build dispatches
// nothing more (and so starts no layout worker).
func (b *Builder) each(ctx context.Context, n int, do func(i int)) []bool {
	ran := make([]bool, n)
	workers := b.opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	jobs := make(chan int)
	var wg sync.WaitGroup
	for range min(workers, n) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				if ctx.Err() == nil {
					ran[i] = true
					do(i)
				}
			}
		}()
	}
	for i := range n {
		// A worker may be free as ctx ends: select would pick either.
		if ctx.Err() != nil {
			break
		}
		select {
		case jobs <- i:
		case <-ctx.Done():
		}
	}
	close(jobs)
	wg.Wait()
	return ran
}

// cancelled is the result of a source left unbuilt because ctx ended.
func cancelled(src Source, err error) Result {
	return Result{Name: src.name(), Err: fmt.Errorf("%s: %w", src.File, err)}
}

// build runs the pipeline, turning any panic inside it into an error that
// names the diagram: one bad diagram must never bring the build down.
func (b *Builder) build(ctx context.Context, src Source, shared *sharedDecode) (sc *scene.Scene, out []Output, steps [][]byte, warnings []spec.Warning, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%s: internal error (please report it): %v", src.File, r)
		}
	}()
	d, sc, err := b.layOutSource(ctx, src, shared)
	if err != nil {
		return nil, nil, nil, nil, err
	}
	out, steps, err = b.drawAll(d, sc)
	return sc, out, steps, d.Warnings, err
}

// layOut lays a decoded diagram out into a scene; file is its source's
// name, whose folder holds the pictures it shows; orig is the diagram as
// written when d is its translation (nil otherwise).
func (b *Builder) layOut(ctx context.Context, file string, d, orig *spec.Diagram) (*scene.Scene, error) {
	eng, err := layout.For(d.Kind)
	if err != nil {
		return nil, err
	}
	fonts, err := b.fonts()
	if err != nil {
		return nil, err
	}
	// Every kind may place parts: drawings, table header icons, marks.
	lib, err := b.partsFor(file, d)
	if err != nil {
		return nil, err
	}
	images, err := readImages(file, d)
	if err != nil {
		return nil, err
	}
	env := layout.Env{Theme: b.theme, Text: fonts, Placer: b.placer, Parts: lib, Images: images, Original: orig}
	return eng.Layout(ctx, d, env)
}

// Fits reports whether a Builder made with o would build what b builds:
// the same theme and parts (by content), seed and animation. A program
// that rebuilds as files change (serve, build --watch) keeps b, with its
// parsed fonts and parts and its layout worker, while it fits.
func (b *Builder) Fits(o Options) bool {
	if o.Theme == nil || o.Theme.Hash != b.theme.Hash || o.Animate != b.opts.Animate || o.Text != b.opts.Text || o.ExactColors != b.opts.ExactColors {
		return false
	}
	seed := o.Theme.Seed
	if o.Seed != 0 {
		seed = o.Seed
	}
	digest, err := part.Digest(o.PartsDirs)
	return err == nil && seed == b.seed && bytes.Equal(digest, b.digest)
}
