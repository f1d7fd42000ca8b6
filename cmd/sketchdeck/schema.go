package main

import (
	"fmt"
	"io"

	"github.com/spf13/pflag"

	"github.com/sketchdeck/sketchdeck/internal/schema"
)

// schemaUsage is the --help text of "sketchdeck schema".
const schemaUsage = "Usage: sketchdeck schema [--theme NAME|FILE] [--out FILE]\n\n" +
	"Prints the JSON Schema of the diagram format. Point your editor at it, e.g. with\n" +
	"a first line `#:schema ./sketchdeck.schema.json` in a diagram (Taplo, Even Better TOML)."

// runSchema prints the JSON Schema of the diagram format: editors with
// TOML schema support (Taplo, Even Better TOML) use it to complete and
// check keys.
func runSchema(args []string, _ io.Reader, stdout, stderr io.Writer) int {
	fs := pflag.NewFlagSet("schema", pflag.ContinueOnError)
	themeRef := fs.String("theme", "", "the theme whose palette names are offered as colours: "+themeUsage())
	out := fs.StringP("out", "o", "", "write the schema to this file instead of standard output")
	if code, ok := parseFlags(fs, args, schemaUsage, stdout, stderr); !ok {
		return code
	}
	th, err := loadTheme(*themeRef)
	if err != nil {
		fmt.Fprintln(stderr, "sketchdeck:", err)
		return exitUsage
	}
	return writeOut(*out, schema.Generate(schema.Options{Palette: th.Names()}).JSON(), stdout, stderr)
}
