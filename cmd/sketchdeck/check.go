package main

import (
	"fmt"
	"io"
	"path/filepath"

	"github.com/spf13/pflag"

	"github.com/sketchdeck/sketchdeck/internal/deck"
)

// checkUsage is the --help text of "sketchdeck check".
const checkUsage = `Usage: sketchdeck check [--deck slides.md] [--images DIR] [--diagrams DIR]

Reports every SVG a slide shows that has no diagram (and no file of its own), every
SVG missing or older than its sources, and every diagram no slide shows; exit 1 if any.`

// runCheck checks a slide deck's pictures against the diagrams: exit 1 if
// a slide shows a picture with no diagram, a missing or stale SVG, or if a
// diagram is shown by no slide.
func runCheck(args []string, _ io.Reader, stdout, stderr io.Writer) int {
	var o deck.Options
	fs := pflag.NewFlagSet("check", pflag.ContinueOnError)
	fs.StringVar(&o.Deck, "deck", "slides.md", "the Markdown or remark slide deck")
	fs.StringVar(&o.Images, "images", "", "folder of the built SVGs the deck's images/NAME.svg references resolve to (default: images/ beside the deck)")
	fs.StringVar(&o.Diagrams, "diagrams", "diagrams", "folder of the diagram sources")
	fs.StringSliceVar(&o.Sources, "source", nil, "a file every diagram is built from (theme, catalog); SVGs older than it are stale (repeatable)")
	if code, ok := parseFlags(fs, args, checkUsage, stdout, stderr); !ok {
		return code
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "sketchdeck check: unexpected argument %q; the deck is given with --deck\n", fs.Arg(0))
		return exitUsage
	}
	if o.Images == "" {
		o.Images = filepath.Join(filepath.Dir(o.Deck), "images")
	}
	r, err := deck.Check(o)
	if err != nil {
		fmt.Fprintln(stderr, "sketchdeck:", err)
		return exitBad
	}
	for _, p := range r.Problems {
		fmt.Fprintln(stderr, p)
	}
	fmt.Fprintf(stdout, "sketchdeck check: %s: %d image references, %d from diagrams; %d problems\n", o.Deck, r.Refs, r.Diagrams, len(r.Problems))
	if len(r.Problems) > 0 {
		return exitBad
	}
	return exitOK
}
