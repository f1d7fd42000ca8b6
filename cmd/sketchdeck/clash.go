package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"syscall"

	"github.com/sketchdeck/sketchdeck/internal/build"
	"github.com/sketchdeck/sketchdeck/internal/spec"
)

// outputClash reports two diagrams of one build that would write the same
// file, beyond the same name that readEachSource already refuses: "a.dark"
// beside "a" when b writes dark pictures (a.dark.png is both a's dark PNG
// and a.dark's PNG), and "a.step-2" beside "a" (a.step-2.svg is both a's
// second step and a.step-2's SVG, when SVG is built; whether a has steps
// is only known once it is built, so the name alone is refused). Without
// it the two would overwrite each other's file, whichever was written
// last winning.
func outputClash(b *build.Builder, srcs []build.Source) error {
	byName := make(map[string]string, len(srcs))
	for _, src := range srcs {
		byName[spec.NameOf(src.File)] = src.File
	}
	owner := map[string]string{}
	steps := slices.Contains(b.Formats(), build.SVG) // step files are SVGs
	for _, src := range srcs {
		name := spec.NameOf(src.File)
		if base, k, ok := spec.StepOf(name + ".svg"); ok && steps {
			if other, ok := byName[base]; ok {
				return fmt.Errorf("%s would write %s.svg, the name of %s's step %d: rename one of them", src.File, name, other, k)
			}
		}
		for _, file := range b.FileNames(name) {
			if prev, ok := owner[file]; ok && prev != src.File {
				return fmt.Errorf("%s and %s would both write %s: rename one of them", prev, src.File, file)
			}
			owner[file] = src.File
		}
	}
	return nil
}

// folderOrNone checks that the output folder dir is a folder or can be
// made one: the nearest of it and its parents that exists must be a
// folder. Otherwise every file written there would fail alone, each
// naming a temporary file.
func folderOrNone(dir string) error {
	for p := filepath.Clean(dir); ; p = filepath.Dir(p) {
		st, err := os.Stat(p)
		if err == nil {
			if !st.IsDir() {
				return fmt.Errorf("cannot write into %s: %s is a file, not a folder (--out)", dir, p)
			}
			return nil
		}
		if !errors.Is(err, fs.ErrNotExist) && !errors.Is(err, syscall.ENOTDIR) || p == filepath.Dir(p) {
			return nil // what stops it is said when a file is written
		}
	}
}
