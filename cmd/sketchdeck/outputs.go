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
// step files, NAME.png, NAME.pdf), and, when it writes the SVG, removes
// the step files of steps it no longer has, so that a slide cannot show a
// step that was taken out; it returns the names of those it removed.
// onDisk are the diagram's step files in out before the build
// (stepFilesIn). The files are replaced atomically but not flushed to
// disk (atomicfile.Replace): the manifest records each one's sum, so the
// next build remakes one a crash of the machine lost or damaged, as a
// compiler's outputs are made again; flushing the deck's 70 SVGs one by
// one cost about 25 ms of an 80 ms build.
func writeOutputs(out string, r build.Result, onDisk []string) (removed []string, err error) {
	for _, f := range r.Files() {
		if err := atomicfile.Replace(filepath.Join(out, f.Name), f.Data); err != nil {
			return nil, err
		}
	}
	if r.SVG == nil {
		return nil, nil
	}
	for _, f := range onDisk {
		name, k, ok := spec.StepOf(f)
		if ok && name == r.Name && k > len(r.Steps) {
			if err := os.Remove(filepath.Join(out, f)); err != nil && !errors.Is(err, os.ErrNotExist) {
				return removed, err
			}
			removed = append(removed, f)
		}
	}
	return removed, nil
}

// stepFilesIn lists the step files in the folder out, by diagram name, in
// the order of their names. A build lists each folder once, not once per
// diagram written (1500 diagrams in a folder made that 1500 listings of
// 1500 files). A folder that cannot be read has none: writing into it
// says why.
func stepFilesIn(out string) map[string][]string {
	entries, _ := os.ReadDir(out)
	steps := map[string][]string{}
	for _, e := range entries {
		if name, _, ok := spec.StepOf(e.Name()); ok {
			steps[name] = append(steps[name], e.Name())
		}
	}
	return steps
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
