package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/signal"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/spf13/pflag"

	"github.com/sketchdeck/sketchdeck/internal/build"
	"github.com/sketchdeck/sketchdeck/internal/cache"
	"github.com/sketchdeck/sketchdeck/internal/gcpace"
	"github.com/sketchdeck/sketchdeck/internal/graphviz/worker"
	"github.com/sketchdeck/sketchdeck/internal/input"
	"github.com/sketchdeck/sketchdeck/internal/spec"
	"github.com/sketchdeck/sketchdeck/internal/svg"
	"github.com/sketchdeck/sketchdeck/internal/watch"
)

// textUsage is the help of the --text flag.
const textUsage = "how SVG text is stored: selectable (outlines under invisible, selectable text), " +
	"outlines (paths only: no <text>, no font; for PowerPoint, Keynote, Inkscape) or " +
	"font (visible text in the embedded font: smallest, for browsers)"

// maxLayoutProcs bounds the layout workers of a build: each holds its own
// Graphviz (about 25 MiB).
const maxLayoutProcs = 4

// buildFlags are the options of "sketchdeck build".
type buildFlags struct {
	out   string
	theme string
	text  string
	mode  svg.TextMode // text, parsed
	seed  uint64
	force bool
	// noLayouts is --no-layout-cache; layouts is the layout cache that
	// build and build --watch share among their builds (nil: none).
	noLayouts bool
	layouts   *cache.Layouts
	animate   bool
	exact     bool // --exact-colors
	watch     bool
	// only is set for a build that is the command's only one (not
	// --watch's, which build again with the same Builder): its layout
	// workers are stopped as soon as its diagrams are built (buildFiles).
	only     bool
	interval time.Duration
	parts    []string
	graphviz graphvizFlags
	gv       worker.Options
	i18n     langFlags
	verb     verbosity
	// format is --format's list; scale and dpi size PNGs.
	format     string
	scale, dpi float64
}

// buildUsage is the --help text of "sketchdeck build".
const buildUsage = `Usage: sketchdeck build [flags] [FILE|DIR|-]...

Builds each diagram (default: every .toml in diagrams/) into OUT/NAME.svg,
and OUT/NAME.png, OUT/NAME.pdf and OUT/NAME.excalidraw (an Excalidraw scene
to open and edit in Excalidraw) as --format asks.
'-' reads one diagram from standard input and writes it (in one format) to
standard output.`

// register defines build's flags on fs, writing into f.
func (f *buildFlags) register(fs *pflag.FlagSet) {
	fs.StringVarP(&f.out, "out", "o", filepath.Join("out", "{lang}"), "folder to write NAME.svg (.png, .pdf, .excalidraw) files into; {lang} is the language")
	fs.StringVar(&f.format, "format", "svg", "output formats, comma-separated: svg, png, pdf, excalidraw")
	fs.Float64Var(&f.scale, "scale", 0, "PNG pixels per CSS pixel, 0.1 to 16 (default 2)")
	fs.Float64Var(&f.dpi, "dpi", 0, "PNG resolution in dots per inch instead of --scale (96 is scale 1)")
	fs.StringVar(&f.theme, "theme", "", themeUsage())
	fs.Uint64Var(&f.seed, "seed", 0, "seed for the hand-drawn wobble (default: the theme's)")
	fs.StringVar(&f.text, "text", svg.TextSelectable.String(), textUsage)
	fs.BoolVar(&f.force, "force", false, "rebuild every diagram, even those whose inputs did not change (the layouts of earlier builds are reused)")
	fs.BoolVar(&f.noLayouts, "no-layout-cache", false, "lay every graph out with Graphviz again instead of reusing the layouts of earlier builds (OUT/"+cache.LayoutsFileName+"), and replace them")
	fs.BoolVar(&f.animate, "animate", false, "write SVGs that draw themselves when shown (CSS only; a diagram's [animate] table has the last word)")
	fs.BoolVar(&f.exact, "exact-colors", false, exactColorsUsage)
	fs.StringArrayVar(&f.parts, "parts", nil, "folder of extra parts (NAME.toml) for drawings; repeatable")
	fs.BoolVarP(&f.watch, "watch", "w", false, "rebuild and write whenever a diagram, the theme, a catalog or a part changes, until Ctrl-C")
	fs.DurationVar(&f.interval, "interval", watch.DefaultInterval, "with --watch: how often to look for changed files")
	f.graphviz.register(fs)
	f.i18n.register(fs)
	f.verb.register(fs)
}

func runBuild(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	var f buildFlags
	fs := pflag.NewFlagSet("build", pflag.ContinueOnError)
	f.register(fs)
	if code, ok := parseFlags(fs, args, buildUsage, stdout, stderr); !ok {
		return code
	}
	gv, code, ok := f.graphviz.options(stderr)
	if !ok {
		return code
	}
	f.gv = gv
	if code, ok := f.verb.check(fs, stderr); !ok {
		return code
	}
	paths := fs.Args()
	if len(paths) == 0 {
		paths = []string{"diagrams"}
	}
	f.i18n.locales = localesOf(f.i18n.locales, paths)
	b, err := f.builder()
	if err != nil {
		fmt.Fprintln(stderr, "sketchdeck:", err)
		return exitUsage
	}
	defer b.Close()
	if f.force {
		// Every diagram is built: the fonts are parsed while the sources,
		// the catalogs and the manifests are read.
		b.Prefetch()
	}
	// Ctrl-C or SIGTERM stops the build: layouts under way are abandoned
	// (their workers killed), nothing more starts, what was written stays
	// and the manifest says so. A second signal kills at once.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if slices.Contains(paths, "-") {
		return buildOneStdin(ctx, b, paths, f, stdin, stdout, stderr)
	}
	if f.watch {
		return watchBuild(ctx, b, paths, f, f.verb.summary(stdout), stderr)
	}
	if f.force && f.noLayouts {
		// Every diagram is built and every graph laid out afresh: a layout
		// worker loads Graphviz while the sources are read, the others
		// once they are (below).
		b.Prestart(ctx, 1)
	}
	// A diagram that cannot be read (a device, a pipe, too big) fails alone,
	// like a diagram with errors: the others are still built.
	srcs, unread, err := readEachSource(paths, oneOutputEach)
	if err != nil {
		fmt.Fprintln(stderr, "sketchdeck:", err)
		return exitBad
	}
	for _, err := range unread {
		fmt.Fprintln(stderr, "sketchdeck:", err)
	}
	if len(srcs) == 0 {
		return exitBad
	}
	if f.force && f.noLayouts {
		// The other workers load Graphviz while the build plans, instead
		// of once it has (prestartLayouts).
		prestartLayouts(ctx, b, srcs, f)
	}
	f.only = true
	code = buildLangs(ctx, b, srcs, f, f.verb.summary(stdout), stderr)
	if len(unread) > 0 && code == exitOK {
		code = exitBad
	}
	return code
}

// builder is the builder the flags ask for: the theme, the formats, the
// text mode, the layout options. Its errors name the flag at fault.
func (f *buildFlags) builder() (*build.Builder, error) {
	th, err := loadTheme(f.theme)
	if err != nil {
		return nil, err
	}
	formats, scale, err := outputFlags(*f)
	if err != nil {
		return nil, err
	}
	if f.mode, err = svg.ParseTextMode(f.text); err != nil {
		return nil, fmt.Errorf("--text: %w", err)
	}
	f.layouts = cache.NewLayouts()
	return build.New(build.Options{Theme: th, Seed: f.seed, PartsDirs: f.parts, Animate: f.animate, Text: f.mode, Formats: formats, Scale: scale,
		ExactColors: f.exact, Graphviz: f.layoutOptions()})
}

// buildOneStdin builds standard input's diagram ('-'), which must be
// the only path, in one format, without --watch.
func buildOneStdin(ctx context.Context, b *build.Builder, paths []string, f buildFlags, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(paths) > 1 || f.watch {
		fmt.Fprintln(stderr, "sketchdeck: '-' (standard input) cannot be mixed with files or --watch")
		return exitUsage
	}
	if len(b.Formats()) > 1 {
		fmt.Fprintln(stderr, "sketchdeck: '-' (standard input) writes one format to standard output: give one --format")
		return exitUsage
	}
	return buildStdin(ctx, b, f.i18n, stdin, stdout, stderr)
}

// layoutOptions are the layout options (--layout-timeout, --graphviz),
// with the layout cache when there is one. Up to one worker (or dot
// process) per core, at most maxLayoutProcs, lays out at once; a second
// starts only when two layouts are wanted at once, so a build of a few
// graphs starts one (a build that lays out afresh starts them ahead:
// prestartLayouts).
func (f buildFlags) layoutOptions() worker.Options {
	o := f.gv
	o.Procs = min(runtime.GOMAXPROCS(0), maxLayoutProcs)
	if f.layouts != nil {
		o.Store = f.layouts
	}
	o.Idle = heapReadier(gcpace.Ready)
	return o
}

// Readying the heap while Graphviz lays out a large graph (heapReadier): a
// graph of readyFrom nodes and edges or more gets about readyPerElement
// bytes per node and edge, up to half the build's memory budget. What
// drawing a graph allocates once its layout is back, measured as the
// pages it maps: about 10 MB for banded200 (200 nodes, 400 edges), 7.6 MB
// for random200 (200, 300), 16 MB for banded400 (400, 800).
const (
	readyFrom       = 256
	readyPerElement = 16 << 10
)

// heapReadier returns the layout's Idle hook (worker.Options.Idle): it
// readies heap pages with ready (gcpace.Ready) for drawing a graph of the
// given size while Graphviz lays it out, since mapping a fresh page costs
// the kernel a page fault, which drawing a large graph paid thousands of
// times after its layout came back, while the process only waited before.
// It does so for the first large graph only: the pages stay with the
// heap, and a later graph reuses them and what earlier drawings freed,
// whereas readying for several graphs laid out side by side would hold
// that many buffers at once and could push the heap past the build's
// budget.
func heapReadier(ready func(bytes int)) func(nodes, edges int) {
	var done atomic.Bool
	return func(nodes, edges int) {
		if n := nodes + edges; n >= readyFrom && done.CompareAndSwap(false, true) {
			ready(min(n*readyPerElement, gcpace.Budget/2))
		}
	}
}

// outputFlags reads --format, --scale and --dpi.
func outputFlags(f buildFlags) ([]build.Format, float64, error) {
	formats, err := build.ParseFormats(f.format)
	if err != nil {
		return nil, 0, fmt.Errorf("--format: %w", err)
	}
	scale := f.scale
	if f.dpi != 0 {
		if f.scale != 0 {
			return nil, 0, fmt.Errorf("--scale and --dpi both size the PNG: give one")
		}
		scale = f.dpi / 96
		if err := build.CheckScale(scale); err != nil {
			return nil, 0, fmt.Errorf("--dpi %v is out of range: give 10 to 1536 (96 is scale 1)", f.dpi)
		}
	}
	if err := build.CheckScale(scale); err != nil {
		return nil, 0, fmt.Errorf("--scale: %w", err)
	}
	return formats, scale, nil
}

// Whether two diagrams may share a name (the base of their file name).
const (
	// oneOutputEach refuses two diagrams of one name: they would write one
	// output file (build, serve) or share catalog keys (i18n).
	oneOutputEach = true
	// namesMayRepeat reads them both: lint writes nothing, so
	// diagrams/mindmap.toml and docs/examples/mindmap.toml are checked in
	// one run.
	namesMayRepeat = false
)

// readSources expands folders to their .toml files (sorted) and reads them;
// any file that cannot be read is an error. unique is oneOutputEach or
// namesMayRepeat.
func readSources(paths []string, unique bool) ([]build.Source, error) {
	srcs, unread, err := readEachSource(paths, unique)
	if err != nil {
		return nil, err
	}
	if len(unread) > 0 {
		return nil, unread[0]
	}
	return srcs, nil
}

// readEachSource expands folders to their .toml files (sorted) and reads
// them, returning the files it could not read as errors of their own
// beside those it read. err is for what stops everything: a missing path,
// two files with one output name (when unique), no diagram at all.
func readEachSource(paths []string, unique bool) (srcs []build.Source, unread []error, err error) {
	files, err := sourceFiles(paths)
	if err != nil {
		return nil, nil, err
	}
	seen := map[string]string{}
	for _, file := range files {
		name := spec.NameOf(file)
		if prev, ok := seen[name]; ok && prev != file && unique {
			return nil, nil, fmt.Errorf("%s and %s would both write %s.svg", prev, file, name)
		}
		seen[name] = file
		data, err := input.ReadFile(file, spec.MaxSource)
		if err != nil {
			unread = append(unread, err)
			continue
		}
		srcs = append(srcs, build.Source{File: filepath.ToSlash(file), Data: data})
	}
	if len(files) == 0 {
		return nil, nil, fmt.Errorf("no .toml diagrams in %s", strings.Join(paths, ", "))
	}
	return srcs, unread, nil
}

// sourceFiles expands folders to their .toml and .md files, sorted.
func sourceFiles(paths []string) ([]string, error) {
	var files []string
	for _, p := range paths {
		st, err := input.Stat(p)
		if errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("no folder or file %s: name your diagrams' folder or files after the command (without any, diagrams/ is read)", p)
		}
		if err != nil {
			return nil, err
		}
		if !st.IsDir() {
			files = append(files, p)
			continue
		}
		var matches []string
		for _, pat := range []string{"*.toml", "*.md", "*.gv", "*.dot"} { // .md: Markdown mind maps; .gv, .dot: Graphviz graphs
			m, err := filepath.Glob(filepath.Join(p, pat))
			if err != nil {
				return nil, err
			}
			for _, f := range m {
				if !strings.EqualFold(filepath.Base(f), "README.md") {
					matches = append(matches, f)
				}
			}
		}
		slices.Sort(matches)
		files = append(files, matches...)
	}
	return files, nil
}
