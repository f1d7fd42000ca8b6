package main

import (
	"context"
	"crypto/sha256"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/sketchdeck/sketchdeck/internal/build"
	"github.com/sketchdeck/sketchdeck/internal/graphviz/worker"
	"github.com/sketchdeck/sketchdeck/internal/spec"
)

// previewOptions configure the live preview.
type previewOptions struct {
	paths    []string // diagram files and folders
	theme    string
	locales  string
	interval time.Duration
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
	builder *build.Builder
	stamp   string // the watched files' names and content hashes at the last build
	keys    map[string]string
}

// diagram is one built diagram of one language.
type diagram struct {
	Name  string `json:"name"`
	File  string `json:"file"`
	Key   string `json:"key"`   // changes whenever the SVG does
	Error string `json:"error"` // file:line:col: message lines, or ""
	svg   []byte
}

func newPreview(o previewOptions) *preview {
	if o.interval <= 0 {
		o.interval = 300 * time.Millisecond
	}
	return &preview{opts: o, byLang: map[string][]diagram{}, changed: make(chan struct{}), keys: map[string]string{},
		placer: worker.New(worker.Options{})}
}

// watch rebuilds at once, then whenever a watched file changes, until ctx
// ends. Polling the files needs no dependency and works on every
// file system, and a diagram folder is small.
func (p *preview) watch(ctx context.Context) {
	defer p.placer.Close()
	t := time.NewTicker(p.opts.interval)
	defer t.Stop()
	for {
		if s := p.fingerprint(); s != p.stamp {
			p.stamp = s
			p.rebuild(ctx)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// fingerprint names every watched file with a hash of its content. Its
// size and time would miss an edit that keeps the length within the file
// system's time resolution (a second on some), and a diagram folder is
// small enough to read at every tick.
func (p *preview) fingerprint() string {
	var b strings.Builder
	add := func(pattern string) {
		files, _ := filepath.Glob(pattern)
		for _, f := range files {
			if st, err := os.Stat(f); err == nil && !st.IsDir() {
				data, err := os.ReadFile(f)
				if err != nil {
					fmt.Fprintf(&b, "%s unreadable %d %d\n", f, st.Size(), st.ModTime().UnixNano())
					continue
				}
				fmt.Fprintf(&b, "%s %x\n", f, sha256.Sum256(data))
			}
		}
	}
	for _, path := range p.opts.paths {
		if st, err := os.Stat(path); err == nil && st.IsDir() {
			add(filepath.Join(path, "*.toml"))
			add(filepath.Join(path, "*.md"))
		} else {
			add(path)
		}
	}
	add(filepath.Join(p.opts.locales, "*.toml"))
	if isThemeFile(p.opts.theme) {
		add(p.opts.theme)
	}
	return b.String()
}

// rebuild builds what changed in every language and publishes the result.
func (p *preview) rebuild(ctx context.Context) {
	start := time.Now()
	th, err := loadTheme(p.opts.theme)
	if err != nil {
		p.publish(nil, nil, err.Error())
		return
	}
	b, err := build.New(build.Options{Theme: th, Placer: p.placer})
	if err != nil {
		p.publish(nil, nil, err.Error())
		return
	}
	p.builder = b
	srcs, err := readSources(p.opts.paths, oneOutputEach)
	if err != nil {
		p.publish(nil, nil, err.Error())
		return
	}
	langs, err := languages("all", p.opts.locales)
	if err != nil {
		p.publish(nil, nil, err.Error())
		return
	}
	byLang := map[string][]diagram{}
	var codes []string
	rebuilt := 0
	for _, l := range langs {
		codes = append(codes, l.code)
		byLang[l.code], rebuilt = p.buildLang(ctx, l, srcs, rebuilt)
	}
	p.publish(codes, byLang, "")
	fmt.Fprintf(p.opts.log, "sketchdeck serve: %d rebuilt in %v\n", rebuilt, time.Since(start).Round(time.Millisecond))
}

// buildLang builds one language's diagrams, reusing those whose key did not
// change since the last build.
func (p *preview) buildLang(ctx context.Context, l language, srcs []build.Source, rebuilt int) ([]diagram, int) {
	old := map[string]diagram{}
	p.mu.Lock()
	for _, d := range p.byLang[l.code] {
		old[d.Name] = d
	}
	p.mu.Unlock()
	out := make([]diagram, len(srcs))
	var todo []build.Source
	var at []int
	for i, src := range srcs {
		src.Translator = l.tr
		key := p.builder.Key(toolID(), src)
		out[i] = diagram{Name: spec.NameOf(src.File), File: src.File, Key: key}
		if d, ok := old[out[i].Name]; ok && d.Key == key {
			out[i] = d
			continue
		}
		todo = append(todo, src)
		at = append(at, i)
	}
	for j, r := range p.builder.BuildAll(ctx, todo) {
		d := &out[at[j]]
		d.svg = r.SVG
		if r.Err != nil {
			d.Error = r.Err.Error()
		}
	}
	return out, rebuilt + len(todo)
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

// svg returns one built SVG.
func (p *preview) svg(lang, name string) ([]byte, bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, d := range p.byLang[lang] {
		if d.Name == name && d.svg != nil {
			return d.svg, true
		}
	}
	return nil, false
}

// wait returns a channel closed at the next change, and the version now.
func (p *preview) wait() (<-chan struct{}, int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.changed, p.version
}
