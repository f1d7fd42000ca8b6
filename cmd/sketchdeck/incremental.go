package main

import (
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
	"sync"

	"github.com/sketchdeck/sketchdeck/internal/atomicfile"
	"github.com/sketchdeck/sketchdeck/internal/build"
	"github.com/sketchdeck/sketchdeck/internal/cache"
	"github.com/sketchdeck/sketchdeck/internal/spec"
)

// buildFiles builds the sources whose key changed since their files in out
// were written (all of them with force), writes each good diagram's files
// (NAME.svg and its step files, NAME.png, NAME.pdf as the Builder's
// formats say), and reports
// every error at the end: one bad diagram does not stop the others. When
// nothing changed it decodes no font and starts no Graphviz.
//
// When ctx ends (Ctrl-C) the diagrams not built yet are left as they were
// and forgotten by the manifest, which still records every SVG written.
//
// The layouts of earlier builds are read from out's layout cache (unless
// --no-layout-cache), and those laid out anew are added to it.
//
// f gives --force, and -v, which prints each file written or removed.
func buildFiles(ctx context.Context, b *build.Builder, srcs []build.Source, out string, f buildFlags, stdout, stderr io.Writer) int {
	man, err := cache.Load(out)
	if err != nil {
		fmt.Fprintln(stderr, "sketchdeck: ignoring the build cache:", err)
	}
	tool := toolID()
	keys := make([]string, len(srcs))
	var stale []build.Source
	var staleKeys []string
	steps := stepFiles(man)
	for i, src := range srcs {
		keys[i] = b.Key(tool, src)
		name := spec.NameOf(src.File)
		if f.force || !fresh(man, b, name, steps[name], keys[i]) {
			stale = append(stale, src)
			staleKeys = append(staleKeys, keys[i])
		}
	}
	failed, written, stopped := 0, 0, 0
	var msgs []string
	warned := map[string]bool{}
	if len(stale) > 0 && f.layouts != nil && !f.noLayouts {
		if err := f.layouts.Load(out); err != nil {
			fmt.Fprintln(stderr, "sketchdeck: ignoring the layout cache:", err)
		}
	}
	// Each result is written as soon as it is built, a few at once while
	// the next are built, and then dropped. removed[i] is what writing the
	// i-th removed, written by its writer and read by emit after it.
	removed := make([][]string, len(stale))
	write := func(i int, r build.Result) (err error) {
		removed[i], err = writeOutputs(out, r)
		return err
	}
	b.BuildWrite(ctx, stale, write, func(i int, r build.Result) {
		removed := removed[i]
		for _, w := range r.Warnings { // they never fail the build
			if s := w.String(); !warned[s] {
				warned[s] = true
				fmt.Fprintln(stderr, s)
			}
		}
		if r.Err != nil && ctx.Err() != nil && errors.Is(r.Err, ctx.Err()) {
			stopped++
			forget(man, r.Name, b.Formats())
			return
		}
		if r.Err != nil {
			failed++
			msgs = append(msgs, r.Err.Error())
			forget(man, r.Name, b.Formats())
			return
		}
		for _, file := range r.Files() {
			man.Record(file.Name, b.FileKey(staleKeys[i], file.Name), file.Data)
			fmt.Fprintln(f.verb.detail(stdout), "sketchdeck: wrote", filepath.Join(out, file.Name))
		}
		for _, file := range removed {
			man.Forget(file)
			fmt.Fprintln(f.verb.detail(stdout), "sketchdeck: removed", filepath.Join(out, file))
		}
		written++
	})
	if len(stale) > 0 {
		if err := atomicfile.Write(man.Path(), man.Bytes()); err != nil {
			msgs = append(msgs, "sketchdeck: saving the build cache: "+err.Error())
		}
	}
	if f.layouts != nil && f.layouts.Stale(out) {
		data := f.layouts.Bytes()
		if err := atomicfile.Write(cache.LayoutsPath(out), data); err != nil {
			msgs = append(msgs, "sketchdeck: saving the layout cache: "+err.Error())
		} else {
			f.layouts.Saved(out, data)
		}
	}
	if stopped > 0 {
		msgs = append(msgs, fmt.Sprintf("sketchdeck: interrupted: %d diagrams not built", stopped))
	}
	for _, m := range msgs {
		fmt.Fprintln(stderr, m)
	}
	fmt.Fprintf(stdout, "sketchdeck: %d rebuilt, %d up to date, %d failed → %s\n", written, len(srcs)-len(stale), failed, out)
	if failed > 0 || stopped > 0 {
		return exitBad
	}
	return exitOK
}

func svgName(src build.Source) string { return spec.NameOf(src.File) + ".svg" }

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
