package main

import (
	"context"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/sketchdeck/sketchdeck/internal/build"
	"github.com/sketchdeck/sketchdeck/internal/watch"
)

// watchBuild is "build --watch": it builds, then rebuilds whenever a
// diagram, the theme file, a catalog or a part changes, writing the files
// as build does, so that a deck's own live reload (remark, Marp, Slidev,
// reveal.js dev servers) follows. Each rebuild and each error
// (file:line:col) is printed; it stops when ctx ends (Ctrl-C). It keeps b
// (its parsed fonts and its layout worker) while the theme and the parts
// are unchanged.
func watchBuild(ctx context.Context, b *build.Builder, paths []string, f buildFlags, stdout, stderr io.Writer) int {
	cur := b
	defer func() {
		if cur != b {
			cur.Close()
		}
	}()
	w := watch.Watcher{Paths: paths, Interval: f.interval, Patterns: []string{filepath.Join(f.i18n.locales, "*.toml")}}
	if isThemeFile(f.theme) {
		w.Patterns = append(w.Patterns, f.theme)
	}
	for _, d := range f.parts {
		w.Patterns = append(w.Patterns, filepath.Join(d, "*.toml"))
	}
	// The pictures and parts folders the diagrams read, as of the last
	// build; Run asks on its goroutine, the one that builds.
	var beside []string
	w.Also = func() []string { return beside }
	fmt.Fprintf(stdout, "sketchdeck: watching %s (Ctrl-C stops)\n", strings.Join(paths, ", "))
	w.Run(ctx, func() {
		next, err := keepBuilder(cur, b, f)
		if err != nil {
			fmt.Fprintln(stderr, "sketchdeck:", err)
			return
		}
		cur = next
		srcs, unread, err := readEachSource(paths, oneOutputEach)
		if err != nil {
			fmt.Fprintln(stderr, "sketchdeck:", err)
			return
		}
		for _, err := range unread {
			fmt.Fprintln(stderr, "sketchdeck:", err)
		}
		beside = beside[:0]
		for _, src := range srcs {
			beside = append(beside, cur.Beside(src)...)
		}
		buildLangs(ctx, cur, srcs, f, stdout, stderr)
	})
	fmt.Fprintln(stdout, "sketchdeck: stopped watching")
	return exitOK
}

// keepBuilder returns cur while it builds what the flags ask (the theme
// file and the parts unchanged), or a new Builder, closing cur unless it
// is first, the one the caller closes.
func keepBuilder(cur, first *build.Builder, f buildFlags) (*build.Builder, error) {
	th, err := loadTheme(f.theme)
	if err != nil {
		return cur, err
	}
	o := build.Options{Theme: th, Seed: f.seed, PartsDirs: f.parts, Animate: f.animate, Text: f.mode,
		ExactColors: f.exact, Graphviz: f.layoutOptions()}
	if cur.Fits(o) {
		return cur, nil
	}
	next, err := build.New(o)
	if err != nil {
		return cur, err
	}
	if cur != first {
		cur.Close()
	}
	return next, nil
}
