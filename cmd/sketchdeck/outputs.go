package main

import (
	"errors"
	"os"
	"path/filepath"

	"github.com/sketchdeck/sketchdeck/internal/atomicfile"
	"github.com/sketchdeck/sketchdeck/internal/build"
	"github.com/sketchdeck/sketchdeck/internal/spec"
)

// writeOutputs writes a built diagram's files into out (NAME.svg and its
// step files), and removes the step files of steps it no longer has, so
// that a slide cannot show a step that was taken out.
func writeOutputs(out string, r build.Result) error {
	for _, f := range r.Files() {
		if err := atomicfile.Write(filepath.Join(out, f.Name), f.Data); err != nil {
			return err
		}
	}
	old, err := filepath.Glob(filepath.Join(out, globEscape(r.Name)+".step-*.svg"))
	if err != nil {
		return err
	}
	for _, f := range old {
		name, k, ok := spec.StepOf(filepath.Base(f))
		if ok && name == r.Name && k > len(r.Steps) {
			if err := os.Remove(f); err != nil && !errors.Is(err, os.ErrNotExist) {
				return err
			}
		}
	}
	return nil
}

// globEscape quotes the characters filepath.Match reads as a pattern.
func globEscape(s string) string {
	var b []byte
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '*', '?', '[', '\\':
			b = append(b, '\\')
		}
		b = append(b, s[i])
	}
	return string(b)
}
