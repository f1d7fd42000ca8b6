package main

import (
	"context"
	"fmt"
	"io"
	"runtime"
	"sync"

	"github.com/spf13/pflag"

	"github.com/sketchdeck/sketchdeck/internal/build"
	"github.com/sketchdeck/sketchdeck/internal/graphviz/worker"
	"github.com/sketchdeck/sketchdeck/internal/lint"
	"github.com/sketchdeck/sketchdeck/internal/spec"
	"github.com/sketchdeck/sketchdeck/internal/text"
)

const lintUsage = `Usage: sketchdeck lint [flags] [FILE|DIR]...

Lays each diagram out (default: every diagram in diagrams/) and reports, as
file:line:col: message, text on text, text crossed by a stroke, shapes overlapping,
anything outside the canvas and hidden arrowheads; exit 1 if any (docs/LINT.md).`

// lintFlags are the options of "sketchdeck lint".
type lintFlags struct {
	theme string
	parts []string
	gv    graphvizFlags
	i18n  langFlags
	verb  verbosity
}

func (f *lintFlags) register(fs *pflag.FlagSet) {
	fs.StringVar(&f.theme, "theme", "", "shipped theme name or theme .toml file (default \"default\")")
	fs.StringArrayVar(&f.parts, "parts", nil, "folder of extra parts (NAME.toml) for drawings; repeatable")
	f.gv.register(fs)
	f.i18n.register(fs)
	fs.Lookup("lang").Usage = "language: en, one with a catalog (fr), en-XA (pseudo-locale) or all (en, every catalog and en-XA)"
	f.verb.register(fs)
}

// runLint lays every diagram out in every language asked for and reports
// the collisions a reader would see (internal/lint); exit 1 if any.
func runLint(args []string, _ io.Reader, stdout, stderr io.Writer) int {
	var f lintFlags
	fs := pflag.NewFlagSet("lint", pflag.ContinueOnError)
	f.register(fs)
	if code, ok := parseFlags(fs, args, lintUsage, stdout, stderr); !ok {
		return code
	}
	if code, ok := f.verb.check(fs, stderr); !ok {
		return code
	}
	gv, code, ok := f.gv.options(stderr)
	if !ok {
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
	b, fonts, code := f.builder(gv, stderr)
	if code != exitOK {
		return code
	}
	defer b.Close()
	run := newLintRun(groups)
	lintAll(b, fonts, run.jobs)
	found, failed := run.report(f.verb.detail(stdout), stderr)
	summary := f.verb.summary(stdout)
	fmt.Fprintf(summary, "sketchdeck lint: %s × %s: %s", spec.Count(len(run.srcs), "diagram", "diagrams"),
		spec.Count(run.langs, "language", "languages"), spec.Count(found, "finding", "findings"))
	if failed > 0 {
		fmt.Fprintf(summary, ", %d failed to build (the errors above)", failed)
	}
	fmt.Fprintln(summary)
	if found > 0 || failed > 0 {
		return exitBad
	}
	return exitOK
}

// builder loads the theme and its fonts and starts the Builder that lays
// the diagrams out with gv; the caller closes it. A code other than exitOK tells
// what went wrong, reported on stderr.
func (f *lintFlags) builder(gv worker.Options, stderr io.Writer) (*build.Builder, *text.Fonts, int) {
	th, err := loadTheme(f.theme)
	if err != nil {
		fmt.Fprintln(stderr, "sketchdeck:", err)
		return nil, nil, exitUsage
	}
	b, err := build.New(build.Options{Theme: th, PartsDirs: f.parts, Graphviz: gv})
	if err != nil {
		fmt.Fprintln(stderr, "sketchdeck:", err)
		return nil, nil, exitUsage
	}
	fonts, err := text.LoadFamily(th.Family())
	if err != nil {
		b.Close()
		fmt.Fprintln(stderr, "sketchdeck:", err)
		return nil, nil, exitBad
	}
	return b, fonts, exitOK
}

// lintRun is every diagram of the groups in each of its group's
// languages.
type lintRun struct {
	jobs  []lintJob
	srcs  []build.Source // every diagram once, as lintJob.n counts them
	langs int            // how many languages, across groups
}

func newLintRun(groups []lintGroup) *lintRun {
	r := &lintRun{}
	codes := map[string]bool{}
	for _, g := range groups {
		for _, l := range g.langs {
			codes[l.code] = true
			for i, src := range g.srcs {
				r.jobs = append(r.jobs, lintJob{src: src, lang: l, n: len(r.srcs) + i})
			}
		}
		r.srcs = append(r.srcs, g.srcs...)
	}
	r.langs = len(codes)
	return r
}

// report writes each job's findings (a translation's prefixed with its
// language), its layout error, then the exceptions no language needed, to
// stderr, and each job's count to detail; it returns how many findings
// there were, and how many jobs failed to build (to read, check or lay
// out).
func (r *lintRun) report(detail, stderr io.Writer) (found, failed int) {
	for _, j := range r.jobs {
		if j.err != nil {
			fmt.Fprintln(stderr, j.err)
			failed++
			continue
		}
		fmt.Fprintf(detail, "sketchdeck lint: %s (%s): %s\n", j.src.File, j.lang.code, spec.Count(len(j.found), "finding", "findings"))
		for _, fd := range j.found {
			if j.lang.tr != nil {
				fd.Msg = j.lang.code + ": " + fd.Msg
			}
			fmt.Fprintln(stderr, fd)
			found++
		}
	}
	for _, fd := range r.stale() {
		fmt.Fprintln(stderr, fd)
		found++
	}
	return found, failed
}

// stale are the findings of exceptions that accepted nothing: an exception
// is stale only if no language needed it.
func (r *lintRun) stale() []lint.Finding {
	ds := make([]*spec.Diagram, len(r.srcs))
	used := make([][]bool, len(r.srcs))
	for _, j := range r.jobs {
		if j.err == nil {
			ds[j.n] = j.d
			used[j.n] = lint.OrUsed(used[j.n], j.used)
		}
	}
	var out []lint.Finding
	for i, d := range ds {
		if d != nil {
			out = append(out, lint.Stale(d, used[i])...)
		}
	}
	return out
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
