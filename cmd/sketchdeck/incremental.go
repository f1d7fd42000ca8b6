package main

import (
	"cmp"
	"context"
	"crypto/sha256"
	"debug/elf"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"
	"sync"

	"github.com/sketchdeck/sketchdeck/internal/atomicfile"
	"github.com/sketchdeck/sketchdeck/internal/build"
	"github.com/sketchdeck/sketchdeck/internal/cache"
	"github.com/sketchdeck/sketchdeck/internal/spec"
)

// buildFiles builds, into each folder, the sources whose key changed
// since their files there were written (all of them with force), writes
// each good diagram's files (NAME.svg and its step files, NAME.png,
// NAME.pdf as the Builder's formats say), and reports every error at the
// end, folder by folder: one bad diagram does not stop the others. When
// nothing changed it decodes no font and starts no Graphviz. Every
// folder's diagrams (every language's) are built in one pass, so that the
// cores stay busy from the first diagram to the last.
//
// When ctx ends (Ctrl-C) the diagrams not built yet are left as they were
// and forgotten by the manifest, which still records every SVG written.
//
// The layouts of earlier builds are read from each folder's layout cache
// (unless --no-layout-cache), and those laid out anew are added to it.
//
// f gives --force, and -v, which prints each file written or removed.
func buildFiles(ctx context.Context, b *build.Builder, folders []*outFolder, f buildFlags, stdout, stderr io.Writer) int {
	tool := toolID()
	var jobs []job
	var srcs []build.Source
	for _, fo := range folders {
		fo.plan(b, tool, f.force, stderr)
		for _, i := range fo.stale {
			jobs = append(jobs, job{fo, i})
		}
		if len(fo.stale) > 0 && f.layouts != nil && !f.noLayouts {
			if err := f.layouts.Load(fo.out); err != nil {
				fmt.Fprintln(stderr, "sketchdeck: ignoring the layout cache:", err)
			}
		}
	}
	// A file's languages one after the other (every folder lists the same
	// files in the same order): the Builder then decodes a file once for
	// all of them (build.Builder.BuildWrite).
	slices.SortStableFunc(jobs, func(a, b job) int { return cmp.Compare(a.i, b.i) })
	for _, j := range jobs {
		srcs = append(srcs, j.fo.srcs[j.i])
	}
	prestartLayouts(ctx, b, srcs, f)
	// Each result is written as soon as it is built, a few at once while
	// the next are built, and then dropped (emit gets its name, warnings
	// and error). wrote[k] is what writing the k-th wrote (each file's name
	// and sum) and removed, written by its writer and read by emit after it.
	wrote := make([]written, len(srcs))
	write := func(k int, r build.Result) (err error) {
		fo := jobs[k].fo
		wrote[k].removed, err = writeOutputs(fo.out, r, fo.onDisk[r.Name])
		if err == nil {
			wrote[k].files = sums(r)
		}
		return err
	}
	warned := map[string]bool{}
	b.BuildWrite(ctx, srcs, write, func(k int, r build.Result) {
		for _, w := range r.Warnings { // they never fail the build
			if s := w.String(); !warned[s] {
				warned[s] = true
				fmt.Fprintln(stderr, s)
			}
		}
		jobs[k].fo.record(ctx, b, r, jobs[k].i, wrote[k], f.verb.detail(stdout))
		wrote[k] = written{}
	})
	// The command's only build (not --watch's, which build again) asks for
	// no more layouts: its layout workers are stopped now and exit while
	// the manifests and layout caches are written, instead of after them.
	var stopping sync.WaitGroup
	if f.only {
		stopping.Add(1)
		go func() {
			defer stopping.Done()
			_ = b.Close() // runBuild's Close then does nothing
		}()
	}
	code := exitOK
	for _, fo := range folders {
		code = max(code, fo.finish(f.layouts, stdout, stderr))
	}
	stopping.Wait()
	return code
}

// prestartLayouts starts layout workers while the first diagrams are
// decoded and measured, when the build is sure to need them: it lays out
// afresh (--no-layout-cache, or no layout cache yet), so every graph among
// srcs misses the cache. One worker per diagram that may hold a graph, up
// to the build's number of workers. A build with a layout cache starts
// its workers on the first miss, as before: none when every layout is
// cached.
func prestartLayouts(ctx context.Context, b *build.Builder, srcs []build.Source, f buildFlags) {
	if f.layouts != nil && f.layouts.Len() > 0 {
		return
	}
	n := 0
	for _, src := range srcs {
		if build.MayLayOut(src) {
			n++
		}
	}
	b.Prestart(ctx, n)
}

// written is what writing a diagram's files did: each file written, with
// the sum of its bytes (cache.Sum), and the step files it removed.
type written struct {
	files   []fileSum
	removed []string
}

// fileSum is a file written and the sum of its bytes.
type fileSum struct{ name, sum string }

// sums are the sums of r's files, for its manifest entries.
func sums(r build.Result) []fileSum {
	files := r.Files()
	out := make([]fileSum, len(files))
	for k, f := range files {
		out[k] = fileSum{f.Name, cache.Sum(f.Data)}
	}
	return out
}

// job is one diagram to build: the i-th source of folder fo.
type job struct {
	fo *outFolder
	i  int
}

// outFolder is one output folder of a build and the diagrams built into
// it (one language's), with what the build did there.
type outFolder struct {
	out  string
	srcs []build.Source

	man                      *cache.Manifest
	keys                     []string            // each source's key
	stale                    []int               // the sources to build, by index
	onDisk                   map[string][]string // the step and dark files in out when planned, by diagram (variantsIn)
	failed, written, stopped int
	msgs                     []string
}

// plan loads the folder's manifest and finds the sources to build; when
// there are some, it lists the step and dark files already in the folder.
func (fo *outFolder) plan(b *build.Builder, tool string, force bool, stderr io.Writer) {
	man, err := cache.Load(fo.out)
	if err != nil {
		fmt.Fprintln(stderr, "sketchdeck: ignoring the build cache:", err)
	}
	fo.man = man
	fo.keys = make([]string, len(fo.srcs))
	steps := stepFiles(man)
	for i, src := range fo.srcs {
		fo.keys[i] = b.Key(tool, src)
		name := spec.NameOf(src.File)
		if force || !fresh(man, b, name, steps[name], fo.keys[i]) {
			b.Prefetch() // the build's first diagram will need the fonts
			fo.stale = append(fo.stale, i)
		}
	}
	if len(fo.stale) > 0 {
		owned := map[string]bool{}
		for _, src := range fo.srcs {
			for _, file := range b.FileNames(spec.NameOf(src.File)) {
				owned[file] = true
			}
		}
		// A dark picture is the diagram's own only if its build wrote
		// the light one beside it (a separate build may have written
		// a diagram called "a.dark" here).
		fo.onDisk = variantsIn(fo.out, func(file string) bool {
			if _, light, dark := build.DarkOf(file); dark {
				return !owned[file] && man.SameBuild(file, light)
			}
			return !owned[file]
		})
	}
}

// record notes the result r of building the i-th source, whose writing
// did w; -v's lines go to detail.
func (fo *outFolder) record(ctx context.Context, b *build.Builder, r build.Result, i int, w written, detail io.Writer) {
	if r.Err != nil && ctx.Err() != nil && errors.Is(r.Err, ctx.Err()) {
		fo.stopped++
		forget(fo.man, b, r.Name)
		return
	}
	if r.Err != nil {
		fo.failed++
		fo.msgs = append(fo.msgs, r.Err.Error())
		forget(fo.man, b, r.Name)
		return
	}
	for _, file := range w.files {
		fo.man.RecordSum(file.name, b.FileKey(fo.keys[i], file.name), file.sum)
		fmt.Fprintln(detail, "sketchdeck: wrote", filepath.Join(fo.out, file.name))
	}
	for _, file := range w.removed {
		fo.man.Forget(file)
		fmt.Fprintln(detail, "sketchdeck: removed", filepath.Join(fo.out, file))
	}
	fo.written++
}

// finish saves the folder's manifest and layout cache (layouts, which may
// be nil), and reports its errors and its summary line; it returns the
// folder's exit status.
func (fo *outFolder) finish(layouts *cache.Layouts, stdout, stderr io.Writer) int {
	if len(fo.stale) > 0 {
		// Not flushed (atomicfile.Replace): a manifest a crash damaged
		// reads as none (every output is then rebuilt), a lost one as the
		// previous manifest, whose keys and sums do not match the outputs
		// it missed.
		if err := atomicfile.Replace(fo.man.Path(), fo.man.Bytes()); err != nil {
			fo.msgs = append(fo.msgs, "sketchdeck: saving the build cache: "+err.Error())
		}
	}
	if layouts != nil && layouts.Stale(fo.out) {
		data := layouts.Bytes()
		if err := atomicfile.Replace(cache.LayoutsPath(fo.out), data); err != nil {
			fo.msgs = append(fo.msgs, "sketchdeck: saving the layout cache: "+err.Error())
		} else {
			layouts.Saved(fo.out, data)
		}
	}
	if fo.stopped > 0 {
		fo.msgs = append(fo.msgs, fmt.Sprintf("sketchdeck: interrupted: %d diagrams not built", fo.stopped))
	}
	for _, m := range fo.msgs {
		fmt.Fprintln(stderr, m)
	}
	fmt.Fprintf(stdout, "sketchdeck: %d rebuilt, %d up to date, %d failed → %s\n", fo.written, len(fo.srcs)-len(fo.stale), fo.failed, fo.out)
	if fo.failed > 0 || fo.stopped > 0 {
		return exitBad
	}
	return exitOK
}

// toolID identifies the running program for build keys: its module version
// and the Go build id of its executable, which changes whenever any code or
// embedded file (fonts, themes) compiled into it does. So a new sketchdeck
// rebuilds everything, and the same one rebuilds nothing.
var toolID = sync.OnceValue(func() string {
	id := "unknown"
	if bi, ok := debug.ReadBuildInfo(); ok {
		id = bi.GoVersion + " " + bi.Main.Path + "@" + bi.Main.Version + " " + bi.Main.Sum
	}
	return id + " " + executableID()
})

// executableID is the Go build id note of the running executable, or the
// hash of the whole file where there is no such note (not ELF). If the
// executable cannot be read it is "", and keys rest on the version alone.
func executableID() string {
	exe, err := os.Executable()
	if err != nil {
		return ""
	}
	if f, err := elf.Open(exe); err == nil {
		defer f.Close()
		if s := f.Section(".note.go.buildid"); s != nil {
			if data, err := s.Data(); err == nil {
				return hex.EncodeToString(data)
			}
		}
	}
	f, err := os.Open(exe)
	if err != nil {
		return ""
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return ""
	}
	return hex.EncodeToString(h.Sum(nil))
}
