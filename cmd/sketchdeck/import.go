package main

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/spf13/pflag"

	"github.com/sketchdeck/sketchdeck/internal/excalin"
	"github.com/sketchdeck/sketchdeck/internal/input"
	"github.com/sketchdeck/sketchdeck/internal/theme"
)

// importUsage is the --help text of "sketchdeck import".
const importUsage = "Usage: sketchdeck import [--out FILE] [--as drawing|graph] [--theme NAME|FILE] DRAWING.excalidraw\n\n" +
	"Writes an Excalidraw scene (.excalidraw, .json, or an SVG or PNG export with the scene embedded)\n" +
	"as a sketchdeck drawing (TOML) on standard output. Colours that are exactly one of the theme's\n" +
	"become its palette names; others stay hex."

// runImport imports an Excalidraw scene as a drawing.
func runImport(args []string, _ io.Reader, stdout, stderr io.Writer) int {
	fs := pflag.NewFlagSet("import", pflag.ContinueOnError)
	out := fs.StringP("out", "o", "", "write the drawing to this file instead of standard output")
	asGraph := fs.String("as", "drawing", "what to write: drawing (every element where it is) or graph (shapes joined by bound arrows, laid out afresh)")
	themeRef := fs.String("theme", "", "the theme whose palette names the colours: "+themeUsage())
	if code, ok := parseFlags(fs, args, importUsage, stdout, stderr); !ok {
		return code
	}
	if fs.NArg() != 1 {
		fmt.Fprintln(stderr, "sketchdeck import: name one Excalidraw file")
		return exitUsage
	}
	if *asGraph != "drawing" && *asGraph != "graph" {
		fmt.Fprintf(stderr, "sketchdeck import: --as %q: valid choices are drawing, graph\n", *asGraph)
		return exitUsage
	}
	th, err := loadTheme(*themeRef)
	if err != nil {
		fmt.Fprintln(stderr, "sketchdeck:", err)
		return exitUsage
	}
	file := fs.Arg(0)
	data, err := input.ReadFile(file, excalin.MaxScene)
	if err != nil {
		fmt.Fprintln(stderr, "sketchdeck:", err)
		return exitBad
	}
	base := filepath.Base(file)
	title := strings.TrimSuffix(strings.TrimSuffix(base, filepath.Ext(base)), ".excalidraw")
	imp := excalin.Import
	if *asGraph == "graph" {
		imp = excalin.ImportGraph
	}
	toml, err := imp(data, title, palette(th))
	if err != nil {
		fmt.Fprintf(stderr, "%s: %v\n", file, err)
		return exitBad
	}
	return writeOut(*out, toml, stdout, stderr)
}

// palette maps each of the theme's colours to its first name.
func palette(th *theme.Theme) excalin.Palette {
	p := excalin.Palette{}
	for _, n := range th.Names() {
		c, err := th.Color(n)
		if err != nil {
			continue
		}
		c = strings.ToLower(c)
		if _, ok := p[c]; !ok {
			p[c] = n
		}
	}
	return p
}
