package main

import (
	"errors"
	"fmt"
	"io"

	"github.com/spf13/pflag"

	"github.com/sketchdeck/sketchdeck/internal/atomicfile"
	"github.com/sketchdeck/sketchdeck/internal/schema"
)

// runSchema prints the JSON Schema of the diagram format: editors with
// TOML schema support (Taplo, Even Better TOML) use it to complete and
// check keys.
func runSchema(args []string, _ io.Reader, stdout, stderr io.Writer) int {
	fs := pflag.NewFlagSet("schema", pflag.ContinueOnError)
	fs.SetOutput(io.Discard)
	themeRef := fs.String("theme", "", "the theme whose palette names are offered as colours: "+themeUsage)
	out := fs.StringP("out", "o", "", "write the schema to this file instead of standard output")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, pflag.ErrHelp) {
			fmt.Fprintln(stdout, "Usage: sketchdeck schema [--theme NAME|FILE] [--out FILE]")
			fmt.Fprintln(stdout, "\nPrints the JSON Schema of the diagram format. Point your editor at it, e.g. with")
			fmt.Fprintln(stdout, "a first line `#:schema ./sketchdeck.schema.json` in a diagram (Taplo, Even Better TOML).")
			fmt.Fprintln(stdout, "\nFlags:")
			fs.SetOutput(stdout)
			fs.PrintDefaults()
			return exitOK
		}
		fmt.Fprintf(stderr, "sketchdeck schema: %v\nRun 'sketchdeck schema --help' for the flags.\n", err)
		return exitUsage
	}
	th, err := loadTheme(*themeRef)
	if err != nil {
		fmt.Fprintln(stderr, "sketchdeck:", err)
		return exitUsage
	}
	data := schema.Generate(schema.Options{Palette: th.Names()}).JSON()
	if *out != "" {
		err = atomicfile.Write(*out, data)
	} else {
		_, err = stdout.Write(data)
	}
	if err != nil {
		fmt.Fprintln(stderr, "sketchdeck:", err)
		return exitBad
	}
	return exitOK
}
