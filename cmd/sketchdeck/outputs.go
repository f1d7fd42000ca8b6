package main

import (
	"errors"
	"os"
	"path/filepath"
	"slices"

	"github.com/sketchdeck/sketchdeck/internal/atomicfile"
	"github.com/sketchdeck/sketchdeck/internal/build"
	"github.com/sketchdeck/sketchdeck/internal/cache"
	"github.com/sketchdeck/sketchdeck/internal/spec"
)

// writeOutputs writes a built diagram's files into out (NAME.svg and its
// step files, NAME.png, NAME.pdf), and removes those of its files in out
// that an earlier build wrote and that now stand for something it no
// longer draws, so that a slide or a page cannot show them: when it writes
// the SVG, the step files of steps it no longer has; when it writes a PNG
// or PDF but no dark one beside it (the theme is no longer auto), the
// dark one. It returns the names of those it removed. onDisk are the
// diagram's step and dark files in out before the build (variantsIn).
// The files are replaced atomically but not flushed to
// disk (atomicfile.Replace): the manifest records each one's sum, so the
// next build remakes one a crash of the machine lost or damaged, as a
// compiler's outputs are made again; flushing the deck's 70 SVGs one by
// one cost about 25 ms of an 80 ms build.
func writeOutputs(out string, r build.Result, onDisk []string) (removed []string, err error) {
	files := r.Files()
	wrote := make(map[string]bool, len(files))
	for _, f := range files {
		if err := atomicfile.Replace(filepath.Join(out, f.Name), f.Data); err != nil {
			return nil, err
		}
		wrote[f.Name] = true
	}
	for _, f := range onDisk {
		if !outgrown(r, wrote, f) {
			continue
		}
		if err := os.Remove(filepath.Join(out, f)); err != nil && !errors.Is(err, os.ErrNotExist) {
			return removed, err
		}
		removed = append(removed, f)
	}
	return removed, nil
}

// outgrown reports whether file, a step or dark file of r's diagram in
// its folder, stands for something r no longer has, given the files
// writing r wrote: a step past its last one (when the SVG was written),
// or a dark picture whose light one was written alone.
func outgrown(r build.Result, wrote map[string]bool, file string) bool {
	if wrote[file] {
		return false
	}
	if name, k, ok := spec.StepOf(file); ok {
		return name == r.Name && r.SVG != nil && k > len(r.Steps)
	}
	name, light, ok := build.DarkOf(file)
	return ok && name == r.Name && wrote[light]
}

// variantsIn lists the step files and dark pictures in the folder out
// that are a diagram's own (ours: not "a.dark.png" when it is the PNG of
// a diagram called "a.dark"), by diagram name, in the order of their
// names. A build lists each
// folder once, not once per diagram written (1500 diagrams in a folder
// made that 1500 listings of 1500 files). A folder that cannot be read has
// none: writing into it says why.
func variantsIn(out string, ours func(file string) bool) map[string][]string {
	entries, _ := os.ReadDir(out)
	variants := map[string][]string{}
	for _, e := range entries {
		file := e.Name()
		if !ours(file) {
			continue
		}
		if name, _, ok := spec.StepOf(file); ok {
			variants[name] = append(variants[name], file)
		} else if name, _, ok := build.DarkOf(file); ok {
			variants[name] = append(variants[name], file)
		}
	}
	return variants
}

// fresh reports whether the diagram called name needs no build: its
// files in b's formats (Builder.FileNames) and its step files the manifest
// records (steps) are as built from key (each file's own key:
// Builder.FileKey).
func fresh(man *cache.Manifest, b *build.Builder, name string, steps []string, key string) bool {
	for _, file := range b.FileNames(name) {
		if !man.Fresh(file, b.FileKey(key, file)) {
			return false
		}
	}
	if !slices.Contains(b.Formats(), build.SVG) {
		return true // step files are SVGs
	}
	for _, f := range steps {
		if !man.Fresh(f, key) {
			return false
		}
	}
	return true
}

// stepFiles lists the step files the manifest records, by diagram name,
// read once for a whole folder.
func stepFiles(man *cache.Manifest) map[string][]string {
	out := map[string][]string{}
	for _, f := range man.Names() {
		if n, _, ok := spec.StepOf(f); ok {
			out[n] = append(out[n], f)
		}
	}
	return out
}

// forget drops the diagram's files (b's, by Builder.FileNames) from the
// manifest.
func forget(man *cache.Manifest, b *build.Builder, name string) {
	for _, file := range b.FileNames(name) {
		man.Forget(file)
	}
}
