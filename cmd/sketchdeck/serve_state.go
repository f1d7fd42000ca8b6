package main

import (
	"context"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/sketchdeck/sketchdeck/internal/build"
	"github.com/sketchdeck/sketchdeck/internal/graphviz/worker"
	"github.com/sketchdeck/sketchdeck/internal/spec"
	"github.com/sketchdeck/sketchdeck/internal/watch"
)

// previewOptions configure the live preview.
type previewOptions struct {
	paths    []string // diagram files and folders
	theme    string
	locales  string
	interval time.Duration
	parts    []string       // folders of user parts
	graphviz worker.Options // how graphs are laid out (--layout-timeout, --graphviz)
	exact    bool           // Graphviz files' colours as written
	log      io.Writer
}

// preview holds the latest build of every diagram in every language, and
// tells the pages when it changes.
type preview struct {
	opts previewOptions

	mu      sync.Mutex
	version int                  // bumped on every change the pages must see
	langs   []string             // "en" first, then the catalogs' languages
	byLang  map[string][]diagram // per language, in source order
	problem string               // a problem that stopped the whole build (theme, catalog, folder)
	changed chan struct{}        // closed and replaced on every change

	// Owned by the watch goroutine.
	placer  *worker.Client // one layout worker for every rebuild's Builder
	builder *build.Builder // kept while the theme and the parts are unchanged
	beside  []string       // the pictures and parts folders the diagrams read
}

// diagram is one built diagram of one language.
type diagram struct {
	Name  string `json:"name"`
	File  string `json:"file"`
	Key   string `json:"key"`   // changes whenever the SVG does
	Error string `json:"error"` // file:line:col: message lines, or ""
	Steps int    `json:"steps"` // how many step files it has (NAME.step-K.svg)
	svg   []byte
	steps [][]byte       // the step files' SVGs
	src   build.Source   // to draw the PNG from, on request
	png   *build.Builder // draws it: the rebuild's Builder, as PNG
}

func newPreview(o previewOptions) *preview {
	return &preview{opts: o, byLang: map[string][]diagram{}, changed: make(chan struct{}),
		placer: worker.New(o.graphviz)}
}

// watch rebuilds at once, then whenever a watched file changes, until ctx
// ends (internal/watch).
func (p *preview) watch(ctx context.Context) {
	defer p.placer.Close()
	p.watcher().Run(ctx, func() { p.rebuild(ctx) })
}

// watcher watches the diagrams, the catalogs, a theme file and the parts.
func (p *preview) watcher() watch.Watcher {
	w := watch.Watcher{Paths: p.opts.paths, Interval: p.opts.interval,
		Patterns: []string{filepath.Join(p.opts.locales, "*.toml")}}
	if isThemeFile(p.opts.theme) {
		w.Patterns = append(w.Patterns, p.opts.theme)
	}
	for _, d := range p.opts.parts {
		w.Patterns = append(w.Patterns, filepath.Join(d, "*.toml"))
	}
	// Run asks on the watch goroutine, which owns p.beside.
	w.Also = func() []string { return p.beside }
	return w
}

// rebuild builds what changed in every language, publishes the result and
// says in the terminal what it built and every error, as build does.
func (p *preview) rebuild(ctx context.Context) {
	start := time.Now()
	if err := p.keepBuilder(); err != nil {
		fmt.Fprintf(p.opts.log, "sketchdeck serve: %v\n", err)
		p.publish(nil, nil, err.Error())
		return
	}
	srcs, err := readSources(p.opts.paths, oneOutputEach)
	if err != nil {
		fmt.Fprintf(p.opts.log, "sketchdeck serve: %v\n", err)
		p.publish(nil, nil, err.Error())
		return
	}
	langs, err := languages("all", p.opts.locales)
	if err != nil {
		fmt.Fprintf(p.opts.log, "sketchdeck serve: %v\n", err)
		p.publish(nil, nil, err.Error())
		return
	}
	p.beside = p.beside[:0]
	for _, src := range srcs {
		p.beside = append(p.beside, p.builder.Beside(src)...)
	}
	byLang := map[string][]diagram{}
	var codes []string
	var n tally
	for _, l := range langs {
		codes = append(codes, l.code)
		byLang[l.code] = p.buildLang(ctx, l, srcs, &n)
	}
	p.publish(codes, byLang, "")
	msgs := append(slices.Clip(n.warnings), n.errs...)
	for i, e := range msgs {
		if !slices.Contains(msgs[:i], e) { // a diagram's errors are the same in every language
			fmt.Fprintln(p.opts.log, e)
		}
	}
	fmt.Fprintf(p.opts.log, "sketchdeck serve: %d rebuilt, %d failed in %v\n", n.rebuilt, n.failed, time.Since(start).Round(time.Millisecond))
}

// tally counts what a rebuild built.
type tally struct {
	rebuilt, failed int
	errs            []string // each failed diagram's errors, once per language it failed in
	warnings        []string // what is drawn otherwise than written, once per language
}

// keepBuilder keeps the Builder of the last rebuild, with its parsed
// fonts and parts, while the theme and the parts are as they were, and
// makes a new one (sharing the one layout worker) when they changed.
func (p *preview) keepBuilder() error {
	th, err := loadTheme(p.opts.theme)
	if err != nil {
		return err
	}
	// Graphviz is given besides the shared worker: the diagrams' keys name
	// what lays them out.
	o := build.Options{Theme: th, Placer: p.placer, Graphviz: p.opts.graphviz, PartsDirs: p.opts.parts, ExactColors: p.opts.exact}
	if p.builder != nil && p.builder.Fits(o) {
		return nil
	}
	b, err := build.New(o)
	if err != nil {
		return err
	}
	p.builder = b
	return nil
}

// buildLang builds one language's diagrams, reusing those whose key did not
// change since the last build.
func (p *preview) buildLang(ctx context.Context, l language, srcs []build.Source, n *tally) []diagram {
	old := map[string]diagram{}
	p.mu.Lock()
	for _, d := range p.byLang[l.code] {
		old[d.Name] = d
	}
	p.mu.Unlock()
	out := make([]diagram, len(srcs))
	var todo []build.Source
	var at []int
	pngBuilder := p.builder.As([]build.Format{build.PNG})
	for i, src := range srcs {
		src.Translator = l.tr
		key := p.builder.Key(toolID(), src)
		out[i] = diagram{Name: spec.NameOf(src.File), File: src.File, Key: key, src: src, png: pngBuilder}
		if d, ok := old[out[i].Name]; ok && d.Key == key {
			out[i] = d
			continue
		}
		todo = append(todo, src)
		at = append(at, i)
	}
	for j, r := range p.builder.BuildAll(ctx, todo) {
		d := &out[at[j]]
		d.svg, d.steps, d.Steps = r.SVG, r.Steps, len(r.Steps)
		for _, w := range r.Warnings {
			n.warnings = append(n.warnings, w.String())
		}
		if r.Err != nil {
			d.Error = r.Err.Error()
			n.failed++
			n.errs = append(n.errs, d.Error)
			continue
		}
		n.rebuilt++
	}
	return out
}

// publish replaces the state and wakes every page.
func (p *preview) publish(langs []string, byLang map[string][]diagram, problem string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if problem == "" {
		p.langs, p.byLang = langs, byLang
	}
	p.problem = problem
	p.version++
	close(p.changed)
	p.changed = make(chan struct{})
}

// snapshot is the state a page shows.
type snapshot struct {
	Version  int                  `json:"version"`
	Langs    []string             `json:"langs"`
	Diagrams map[string][]diagram `json:"diagrams"`
	Problem  string               `json:"problem"`
}

func (p *preview) snapshot() snapshot {
	p.mu.Lock()
	defer p.mu.Unlock()
	return snapshot{Version: p.version, Langs: slices.Clone(p.langs), Diagrams: p.byLang, Problem: p.problem}
}

// svg returns one built SVG: a diagram's (file "NAME.svg"), or one of
// its step files ("NAME.step-K.svg").
func (p *preview) svg(lang, file string) ([]byte, bool) {
	name, k, step := spec.StepOf(file)
	if !step {
		name = strings.TrimSuffix(file, ".svg")
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, d := range p.byLang[lang] {
		switch {
		case d.Name != name || d.svg == nil:
		case !step:
			return d.svg, true
		case k <= len(d.steps):
			return d.steps[k-1], true
		}
	}
	return nil, false
}

// png draws a diagram's PNG (scale 2) from its source, as its SVG was
// built; false when there is no such diagram or it failed to build.
func (p *preview) png(ctx context.Context, lang, name string) ([]byte, bool, error) {
	p.mu.Lock()
	var d diagram
	found := false
	for _, e := range p.byLang[lang] {
		if e.Name == name && e.svg != nil {
			d, found = e, true
		}
	}
	p.mu.Unlock()
	if !found {
		return nil, false, nil
	}
	r := d.png.Build(ctx, d.src)
	if r.Err != nil {
		return nil, true, r.Err
	}
	return r.Outputs[0].Data, true, nil
}

// wait returns a channel closed at the next change, and the version now.
func (p *preview) wait() (<-chan struct{}, int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.changed, p.version
}
