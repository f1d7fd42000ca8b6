package main

import (
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/sketchdeck/sketchdeck/internal/build"
	"github.com/sketchdeck/sketchdeck/internal/i18n"
	"github.com/sketchdeck/sketchdeck/internal/spec"
)

// buildStdin builds the diagram on standard input, in --lang's language,
// and writes it in its one format (SVG by default) to standard output.
func buildStdin(ctx context.Context, b *build.Builder, f langFlags, stdin io.Reader, stdout, stderr io.Writer) int {
	tr, err := stdinTranslator(f)
	if err != nil {
		fmt.Fprintln(stderr, "sketchdeck:", err)
		return exitBad
	}
	data, err := io.ReadAll(io.LimitReader(stdin, spec.MaxSource+1))
	if err != nil {
		fmt.Fprintln(stderr, "sketchdeck:", err)
		return exitBad
	}
	res := b.Build(ctx, build.Source{File: "-", Name: f.name, Data: data, Translator: tr})
	for _, w := range res.Warnings {
		fmt.Fprintln(stderr, w)
	}
	if res.Err != nil {
		fmt.Fprintln(stderr, res.Err)
		return exitBad
	}
	if len(res.Outputs) > 1 { // an auto-scheme theme's light and dark picture
		fmt.Fprintf(stderr, "sketchdeck: the auto theme draws a %s in two files, NAME.%[1]s (light) and NAME.dark.%[1]s; standard output takes one: build into a folder (--out), or give --theme default or --theme dark\n", res.Outputs[0].Format)
		return exitBad
	}
	if _, err := stdout.Write(res.Outputs[0].Data); err != nil {
		fmt.Fprintln(stderr, "sketchdeck:", err)
		return exitBad
	}
	return exitOK
}

// stdinTranslator is --lang's translator for standard input (nil for
// English). Standard input has no file name, and a catalog finds a
// diagram's texts by its name: --name gives it (build.Source.Name).
func stdinTranslator(f langFlags) (i18n.Translator, error) {
	langs, err := languages(f.lang, localesOf(f.locales, nil))
	if err != nil {
		return nil, err
	}
	if len(langs) != 1 {
		return nil, errors.New("'-' (standard input) is built in one language: --lang all is for files")
	}
	c, ok := langs[0].tr.(*i18n.Catalog)
	if !ok {
		return langs[0].tr, nil
	}
	if f.name == "" {
		return nil, fmt.Errorf("standard input has no file name to find its translations in %s by: give the diagram's name with --name NAME", c.File)
	}
	if c.Section(f.name) == nil {
		names := make([]string, len(c.Diagrams))
		for i, s := range c.Diagrams {
			names[i] = s.Name
		}
		return nil, fmt.Errorf("%s has no translations for a diagram %q%s", c.File, f.name, spec.DidYouMean(f.name, names))
	}
	return c, nil
}
