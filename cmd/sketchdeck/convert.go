package main

import (
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/spf13/pflag"

	"github.com/sketchdeck/sketchdeck/internal/atomicfile"
	"github.com/sketchdeck/sketchdeck/internal/build"
	"github.com/sketchdeck/sketchdeck/internal/dotin"
	"github.com/sketchdeck/sketchdeck/internal/input"
	"github.com/sketchdeck/sketchdeck/internal/spec"
)

// convertUsage is the --help text of "sketchdeck convert".
const convertUsage = "Usage: sketchdeck convert [--out FILE] GRAPH.gv\n\n" +
	"Writes a Graphviz graph (.gv, .dot) as a sketchdeck graph diagram (TOML) on standard output:\n" +
	"nodes, edges, labels, shapes, colours, heads, rankdir, layout and clusters (as groups), where the format can\n" +
	"say them. sketchdeck lays the result out afresh; `build GRAPH.gv` keeps Graphviz's layout."

// runConvert converts a Graphviz file into a graph diagram.
func runConvert(args []string, _ io.Reader, stdout, stderr io.Writer) int {
	fs := pflag.NewFlagSet("convert", pflag.ContinueOnError)
	out := fs.StringP("out", "o", "", "write the diagram to this file instead of standard output")
	if code, ok := parseFlags(fs, args, convertUsage, stdout, stderr); !ok {
		return code
	}
	if fs.NArg() != 1 || !dotin.Is(fs.Arg(0)) {
		fmt.Fprintln(stderr, "sketchdeck convert: name one Graphviz file (NAME.gv or NAME.dot)")
		return exitUsage
	}
	file := fs.Arg(0)
	data, err := input.ReadFile(file, spec.MaxSource)
	if err != nil {
		fmt.Fprintln(stderr, "sketchdeck:", err)
		return exitBad
	}
	b, err := build.New(build.Options{})
	if err != nil {
		fmt.Fprintln(stderr, "sketchdeck:", err)
		return exitBad
	}
	defer b.Close()
	laid, err := b.DOT(context.Background(), build.Source{File: file, Data: data})
	if err != nil {
		fmt.Fprintln(stderr, err)
		return exitBad
	}
	toml, err := dotin.Convert(file, data, laid)
	if errors.As(err, new(spec.ErrorList)) {
		fmt.Fprintln(stderr, err) // placed already
		return exitBad
	}
	if err != nil {
		fmt.Fprintf(stderr, "%s: %v\n", file, err)
		return exitBad
	}
	return writeOut(*out, toml, stdout, stderr)
}

// writeOut writes data to the file out, or to stdout when out is "", and
// is the command's exit code.
func writeOut(out string, data []byte, stdout, stderr io.Writer) int {
	var err error
	if out != "" {
		err = atomicfile.Write(out, data)
	} else {
		_, err = stdout.Write(data)
	}
	if err != nil {
		fmt.Fprintln(stderr, "sketchdeck:", err)
		return exitBad
	}
	return exitOK
}
