package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"runtime"
	"sync"
	"time"

	"github.com/spf13/pflag"

	"github.com/sketchdeck/sketchdeck/internal/build"
	"github.com/sketchdeck/sketchdeck/internal/graphviz/worker"
	"github.com/sketchdeck/sketchdeck/internal/lint"
	"github.com/sketchdeck/sketchdeck/internal/spec"
	"github.com/sketchdeck/sketchdeck/internal/text"
)

// lintFlags are the options of "sketchdeck lint".
type lintFlags struct {
	theme  string
	parts  []string
	layout time.Duration // --layout-timeout
	i18n   langFlags
	verb   verbosity
}

// runLint lays every diagram out in every language asked for and reports
// the collisions a reader would see (internal/lint); exit 1 if any.
func runLint(args []string, _ io.Reader, stdout, stderr io.Writer) int {
	var f lintFlags
	fs := pflag.NewFlagSet("lint", pflag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&f.theme, "theme", "", "shipped theme name or theme .toml file (default \"default\")")
	fs.StringArrayVar(&f.parts, "parts", nil, "folder of extra parts (NAME.toml) for drawings; repeatable")
	registerLayoutTimeout(fs, &f.layout)
	f.i18n.register(fs)
	fs.Lookup("lang").Usage = "language: en, one with a catalog (fr), en-XA (pseudo-locale) or all (en, every catalog and en-XA)"
	f.verb.register(fs)
	fs.Usage = func() {}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, pflag.ErrHelp) {
			fmt.Fprintln(stdout, "Usage: sketchdeck lint [flags] [FILE|DIR]...")
			fmt.Fprintln(stdout, "\nLays each diagram out (default: every diagram in diagrams/) and reports, as")
			fmt.Fprintln(stdout, "file:line:col: message, text on text, text crossed by a stroke, shapes overlapping,")
			fmt.Fprintln(stdout, "anything outside the canvas and hidden arrowheads; exit 1 if any (docs/LINT.md).")
			fmt.Fprintln(stdout, "\nFlags:")
			fs.SetOutput(stdout)
			fs.PrintDefaults()
			return exitOK
		}
		fmt.Fprintf(stderr, "sketchdeck lint: %v\nRun 'sketchdeck lint --help' for the flags.\n", err)
		return exitUsage
	}
	if code, ok := f.verb.check(fs, stderr); !ok {
		return code
	}
	if code, ok := checkLayoutTimeout(f.layout, stderr); !ok {
		return code
	}
	paths := fs.Args()
	if len(paths) == 0 {
		paths = []string{"diagrams"}
	}
	groups, err := lintGroups(f.i18n, paths)
	if err != nil {
		fmt.Fprintln(stderr, "sketchdeck:", err)
		return exitBad
	}
	th, err := loadTheme(f.theme)
	if err != nil {
		fmt.Fprintln(stderr, "sketchdeck:", err)
		return exitUsage
	}
	b, err := build.New(build.Options{Theme: th, PartsDirs: f.parts, Graphviz: worker.Options{Timeout: f.layout}})
	if err != nil {
		fmt.Fprintln(stderr, "sketchdeck:", err)
		return exitUsage
	}
	defer b.Close()
	fonts, err := text.LoadFamily(th.Family())
	if err != nil {
		fmt.Fprintln(stderr, "sketchdeck:", err)
		return exitBad
	}
	var jobs []lintJob
	var srcs []build.Source
	codes := map[string]bool{}
	for _, g := range groups {
		for _, l := range g.langs {
			codes[l.code] = true
			for i, src := range g.srcs {
				jobs = append(jobs, lintJob{src: src, lang: l, n: len(srcs) + i})
			}
		}
		srcs = append(srcs, g.srcs...)
	}
	lintAll(b, fonts, jobs)
	found, failed := 0, 0
	report := func(fd lint.Finding) {
		fmt.Fprintln(stderr, fd)
		found++
	}
	for _, j := range jobs {
		if j.err != nil {
			fmt.Fprintln(stderr, j.err)
			failed++
			continue
		}
		fmt.Fprintf(f.verb.detail(stdout), "sketchdeck lint: %s (%s): %d findings\n", j.src.File, j.lang.code, len(j.found))
		for _, fd := range j.found {
			if j.lang.tr != nil {
				fd.Msg = j.lang.code + ": " + fd.Msg
			}
			report(fd)
		}
	}
	// An exception is stale only if no language needed it.
	ds := make([]*spec.Diagram, len(srcs))
	used := make([][]bool, len(srcs))
	for _, j := range jobs {
		if j.err == nil {
			ds[j.n] = j.d
			used[j.n] = lint.OrUsed(used[j.n], j.used)
		}
	}
	for i, d := range ds {
		if d != nil {
			for _, fd := range lint.Stale(d, used[i]) {
				report(fd)
			}
		}
	}
	summary := f.verb.summary(stdout)
	fmt.Fprintf(summary, "sketchdeck lint: %d diagrams × %d languages: %d findings", len(srcs), len(codes), found)
	if failed > 0 {
		fmt.Fprintf(summary, ", %d failed to lay out", failed)
	}
	fmt.Fprintln(summary)
	if found > 0 || failed > 0 {
		return exitBad
	}
	return exitOK
}

// lintJob is one diagram in one language, and what linting it found.
type lintJob struct {
	src   build.Source
	lang  language
	n     int // which diagram, across languages
	d     *spec.Diagram
	found []lint.Finding
	used  []bool // which of the diagram's exceptions accepted a finding
	err   error
}

// lintAll lays the jobs out in parallel (Graphviz runs in worker
// processes) and checks each scene.
func lintAll(b *build.Builder, fonts *text.Fonts, jobs []lintJob) {
	next := make(chan *lintJob)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(jobs)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range next {
				lintOne(b, fonts, j)
			}
		}()
	}
	for i := range jobs {
		next <- &jobs[i]
	}
	close(next)
	wg.Wait()
}

func lintOne(b *build.Builder, fonts *text.Fonts, j *lintJob) {
	src := j.src
	src.Translator = j.lang.tr
	d, sc, err := b.LayOut(context.Background(), src)
	if err != nil {
		j.err = err
		return
	}
	j.d = d
	j.found, j.used = lint.Check(d, sc, fonts)
}
