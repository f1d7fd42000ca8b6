package main

import (
	"errors"
	"fmt"
	"io"

	"github.com/spf13/pflag"

	"github.com/sketchdeck/sketchdeck/internal/part"
)

// runParts lists the parts a drawing can place: the shipped library and
// the folders given with --parts, one name and its description a line.
func runParts(args []string, _ io.Reader, stdout, stderr io.Writer) int {
	fs := pflag.NewFlagSet("parts", pflag.ContinueOnError)
	fs.SetOutput(io.Discard)
	dirs := fs.StringArray("parts", nil, "also list the parts of this folder of NAME.toml files (repeatable)")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, pflag.ErrHelp) {
			fmt.Fprintln(stdout, "Usage: sketchdeck parts [--parts DIR]...")
			fmt.Fprintln(stdout, "\nLists the parts a drawing places with { kind = \"part\", part = \"NAME\" }, one a line")
			fmt.Fprintln(stdout, "with its description. 'sketchdeck icons WORD' searches the icon sets.")
			fmt.Fprintln(stdout, "\nFlags:")
			fs.SetOutput(stdout)
			fs.PrintDefaults()
			return exitOK
		}
		fmt.Fprintf(stderr, "sketchdeck parts: %v\nRun 'sketchdeck parts --help' for the flags.\n", err)
		return exitUsage
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "sketchdeck parts: unexpected argument %q\nRun 'sketchdeck parts --help' for the flags.\n", fs.Arg(0))
		return exitUsage
	}
	lib, err := part.Load(part.Options{Dirs: *dirs})
	if err != nil {
		fmt.Fprintln(stderr, err)
		return exitBad
	}
	names := lib.Names()
	width := 0
	for _, n := range names {
		width = max(width, len(n))
	}
	for _, n := range names {
		p, _ := lib.Part(n)
		fmt.Fprintf(stdout, "%-*s  %s\n", width, n, p.Description)
	}
	return exitOK
}
