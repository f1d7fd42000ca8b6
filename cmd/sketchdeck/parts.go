package main

import (
	"fmt"
	"io"

	"github.com/spf13/pflag"

	"github.com/sketchdeck/sketchdeck/internal/part"
)

// partsUsage is the --help text of "sketchdeck parts".
const partsUsage = "Usage: sketchdeck parts [--parts DIR]...\n\n" +
	"Lists the parts a drawing places with { kind = \"part\", part = \"NAME\" }, one a line\n" +
	"with its description. 'sketchdeck icons WORD' searches the icon sets."

// runParts lists the parts a drawing can place: the shipped library and
// the folders given with --parts, one name and its description a line.
func runParts(args []string, _ io.Reader, stdout, stderr io.Writer) int {
	fs := pflag.NewFlagSet("parts", pflag.ContinueOnError)
	dirs := fs.StringArray("parts", nil, "also list the parts of this folder of NAME.toml files (repeatable)")
	if code, ok := parseFlags(fs, args, partsUsage, stdout, stderr); !ok {
		return code
	}
	if fs.NArg() > 0 {
		return usageError(fs, fmt.Errorf("unexpected argument %q", fs.Arg(0)), stderr)
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
		p, err := lib.Part(n)
		if err != nil {
			fmt.Fprintln(stderr, err)
			return exitBad
		}
		fmt.Fprintf(stdout, "%-*s  %s\n", width, n, p.Description)
	}
	return exitOK
}
