package main

import (
	"fmt"
	"strings"

	"github.com/sketchdeck/sketchdeck/internal/build"
	"github.com/sketchdeck/sketchdeck/internal/spec"
)

// outputClash reports two diagrams of one build that would write the same
// file, beyond the same name that readEachSource already refuses: "a.dark"
// beside "a" when b writes dark pictures (a.dark.png is both a's dark PNG
// and a.dark's PNG), and "a.step-2" beside "a" (a.step-2.svg is both a's
// second step and a.step-2's SVG; whether a has steps is only known once it
// is built, so the name alone is refused). Without it the two would
// overwrite each other's file, whichever was written last winning.
func outputClash(b *build.Builder, srcs []build.Source) error {
	byName := make(map[string]string, len(srcs))
	for _, src := range srcs {
		byName[spec.NameOf(src.File)] = src.File
	}
	owner := map[string]string{}
	for _, src := range srcs {
		name := spec.NameOf(src.File)
		if base, k, ok := spec.StepOf(name + ".svg"); ok {
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

// darkOf reads a dark picture's file name ("cdn.dark.png"): the diagram's
// name and the light picture's file name ("cdn.png"). ok is false for any
// other name; only PNG and PDF have dark pictures (build.FileNames).
func darkOf(file string) (name, light string, ok bool) {
	for _, f := range []build.Format{build.PNG, build.PDF} {
		if base, found := strings.CutSuffix(file, build.DarkSuffix+"."+string(f)); found && base != "" {
			return base, base + "." + string(f), true
		}
	}
	return "", "", false
}
