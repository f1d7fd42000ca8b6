package gen

import (
	"context"
	"errors"

	"github.com/sketchdeck/sketchdeck/internal/build"
	"github.com/sketchdeck/sketchdeck/internal/layout"
	"github.com/sketchdeck/sketchdeck/internal/svg"
	"github.com/sketchdeck/sketchdeck/internal/theme"
)

// Options configure a Builder.
type Options struct {
	// Theme names a shipped theme (the files of package themes, without
	// ".toml"); "" is "default".
	Theme string
	// ThemeFile, when set, is the path of a theme file to use instead of a
	// shipped theme; Theme must then be "".
	ThemeFile string
	// Seed, when not zero, replaces the theme's seed: another wobble.
	Seed uint64
	// Text says how the SVG stores text; the zero value is TextSelectable.
	Text TextMode
	// Workers bounds how many diagrams BuildAll builds at once; 0 is
	// GOMAXPROCS.
	Workers int
	// PartsDirs are folders of user parts (NAME.toml) that drawings can
	// place besides the shipped library (package parts); later folders win.
	PartsDirs []string
	// Animate makes every SVG draw itself when shown, with CSS only (a
	// diagram's own [animate] table has the last word).
	Animate bool
	// Placer lays graphs out. nil runs Graphviz in sketchdeck-layout
	// worker processes, found beside the program or on PATH (else built
	// with "go run" inside this module): what the sketchdeck command does.
	// A library program passes one of package gen/inprocess's instead. A
	// Builder does not close it, so several may share one.
	Placer Placer
}

// TextMode is how an SVG stores its text.
type TextMode = svg.TextMode

// The text modes.
const (
	// TextSelectable draws glyph outlines, which every viewer fills
	// alike, under an invisible, selectable <text> of the same width: the
	// words can be searched, copied and read aloud. No font is embedded.
	TextSelectable = svg.TextSelectable
	// TextOutlines draws glyph outlines only (no <text>, no font), for
	// PowerPoint, Keynote and Inkscape, which import SVG text in a system
	// font otherwise.
	TextOutlines = svg.TextOutlines
	// TextFont writes visible <text> in the embedded subset fonts and no
	// outlines: smallest, for browsers only.
	TextFont = svg.TextFont
)

// Placer lays graphs out with Graphviz. Its method's types are internal:
// the Placers are package gen/inprocess's.
type Placer interface {
	layout.Placer
}

// loadTheme loads the theme the options name.
func (o Options) loadTheme() (*theme.Theme, error) {
	switch {
	case o.ThemeFile != "" && o.Theme != "":
		return nil, errors.New("gen: Options.Theme and Options.ThemeFile are both set: give one")
	case o.ThemeFile != "":
		return theme.LoadFile(o.ThemeFile)
	}
	return theme.Load(o.Theme)
}

// Source is one diagram's source.
type Source struct {
	// File names the diagram in errors and gives Result.Name. A name that
	// ends in ".md" is read as a Markdown outline (a mind map), any other
	// as TOML.
	File string
	Data []byte
	// Catalog, when set, translates the diagram's texts before layout, so
	// that the variant is laid out for its own words; nil keeps the
	// diagram's own language.
	Catalog *Catalog
}

// Result is one built diagram.
type Result struct {
	// Name is the file name of Source.File without folder and extension:
	// the SVG's conventional name is Name + ".svg".
	Name string
	SVG  []byte
	// Steps are the SVGs of the diagram's build steps, when its elements
	// take step: Steps[k-1] shows steps 1 to k, with the layout and the
	// wobble of SVG (conventionally Name + ".step-k.svg").
	Steps [][]byte
	// Err, when not nil, stopped the diagram; problems in its source are
	// an ErrorList.
	Err error
}

// Builder builds diagrams. It is safe for concurrent use; Close releases
// Graphviz.
type Builder struct{ b *build.Builder }

// New loads the theme. The fonts are parsed by the first build and
// Graphviz starts on the first graph layout.
func New(opts Options) (*Builder, error) {
	th, err := opts.loadTheme()
	if err != nil {
		return nil, err
	}
	b, err := build.New(build.Options{Theme: th, Seed: opts.Seed, Text: opts.Text, Workers: opts.Workers, PartsDirs: opts.PartsDirs, Placer: opts.Placer, Animate: opts.Animate})
	if err != nil {
		return nil, err
	}
	return &Builder{b: b}, nil
}

// Close stops Graphviz.
func (b *Builder) Close() error { return b.b.Close() }

// Build builds one diagram.
func (b *Builder) Build(ctx context.Context, src Source) Result {
	return result(b.b.Build(ctx, src.internal()))
}

// BuildAll builds every source in parallel and returns the results in the
// order of srcs.
func (b *Builder) BuildAll(ctx context.Context, srcs []Source) []Result {
	in := make([]build.Source, len(srcs))
	for i, src := range srcs {
		in[i] = src.internal()
	}
	res := b.b.BuildAll(ctx, in)
	out := make([]Result, len(res))
	for i, r := range res {
		out[i] = result(r)
	}
	return out
}

func (src Source) internal() build.Source {
	s := build.Source{File: src.File, Data: src.Data}
	if src.Catalog != nil {
		s.Translator = src.Catalog.c
	}
	return s
}

func result(r build.Result) Result {
	return Result{Name: r.Name, SVG: r.SVG, Steps: r.Steps, Err: r.Err}
}

// Render builds one diagram's TOML source into an SVG document with a
// Builder made for the call; errors name the source "diagram.toml".
// Programs that build many diagrams should make one Builder, which parses
// the fonts and starts Graphviz once.
func Render(ctx context.Context, src []byte, opts Options) ([]byte, error) {
	b, err := New(opts)
	if err != nil {
		return nil, err
	}
	defer b.Close()
	res := b.Build(ctx, Source{File: "diagram.toml", Data: src})
	return res.SVG, res.Err
}
