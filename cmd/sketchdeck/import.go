package main

import (
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/spf13/pflag"

	"github.com/sketchdeck/sketchdeck/internal/atomicfile"
	"github.com/sketchdeck/sketchdeck/internal/excalin"
	"github.com/sketchdeck/sketchdeck/internal/input"
	"github.com/sketchdeck/sketchdeck/internal/theme"
)

// importUsage is the --help text of "sketchdeck import".
const importUsage = "Usage: sketchdeck import [--out FILE] [--as drawing|graph] [--theme NAME|FILE] DRAWING.excalidraw\n\n" +
	"Writes an Excalidraw scene (.excalidraw, .json, or an SVG or PNG export with the scene embedded)\n" +
	"as a sketchdeck drawing (TOML) on standard output. Colours that are exactly one of the theme's\n" +
	"become its palette names; others stay hex. The scene's pictures are written beside the --out file\n" +
	"(FILE-1.png, FILE-2.jpg, …); what a drawing cannot keep (groups, frame membership) is named on\n" +
	"standard error and at the top of the drawing."

// runImport imports an Excalidraw scene as a drawing.
func runImport(args []string, _ io.Reader, stdout, stderr io.Writer) int {
	fs := pflag.NewFlagSet("import", pflag.ContinueOnError)
	out := fs.StringP("out", "o", "", "write the drawing to this file instead of standard output, and the scene's pictures beside it")
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
	if *asGraph == "graph" {
		r, err := excalin.ImportGraph(data, stem(file), palette(th))
		if err != nil {
			return importFailed(file, err, stderr)
		}
		for _, w := range r.Warnings {
			fmt.Fprintf(stderr, "%s: warning: %s\n", file, w)
		}
		return writeOut(*out, r.TOML, stdout, stderr)
	}
	opt := excalin.Options{Title: stem(file), Palette: palette(th)}
	if *out != "" {
		opt.Pictures = stem(*out)
	}
	r, err := excalin.ImportScene(data, opt)
	if err != nil {
		return importFailed(file, err, stderr)
	}
	for _, w := range r.Warnings {
		fmt.Fprintf(stderr, "%s: warning: %s\n", file, w)
	}
	for _, p := range r.Pictures { // before the drawing, which refers to them
		if err := atomicfile.Write(filepath.Join(filepath.Dir(*out), p.Name), p.Data); err != nil {
			fmt.Fprintln(stderr, "sketchdeck:", err)
			return exitBad
		}
	}
	return writeOut(*out, r.TOML, stdout, stderr)
}

// importFailed reports why file could not be imported: at its line and
// column when the scene is wrong, with a hint when its pictures need a
// file name.
func importFailed(file string, err error, stderr io.Writer) int {
	var pe *excalin.Error
	switch {
	case errors.As(err, &pe) && pe.Embedded:
		fmt.Fprintf(stderr, "%s (its embedded scene):%d:%d: %s\n", file, pe.Line, pe.Col, pe.Msg)
	case errors.As(err, &pe):
		fmt.Fprintf(stderr, "%s:%d:%d: %s\n", file, pe.Line, pe.Col, pe.Msg)
	default:
		fmt.Fprintf(stderr, "%s: %v\n", file, err)
	}
	if errors.Is(err, excalin.ErrPictures) {
		fmt.Fprintf(stderr, "hint: write the drawing to a file, and its pictures are written beside it: sketchdeck import -o %s.toml %s (pictures %s-1.png, …)\n",
			stem(file), file, stem(file))
	}
	return exitBad
}

// stem is a file's name without its folder and endings (.json,
// .excalidraw, .excalidraw.svg, .toml).
func stem(file string) string {
	base := filepath.Base(file)
	base = strings.TrimSuffix(base, filepath.Ext(base))
	return strings.TrimSuffix(base, ".excalidraw")
}

// palette maps each of the theme's colours to its name.
func palette(th *theme.Theme) excalin.Palette {
	colors := map[string]string{}
	for _, n := range th.Names() {
		if c, err := th.Color(n); err == nil {
			colors[n] = c
		}
	}
	return excalin.NewPalette(colors)
}
