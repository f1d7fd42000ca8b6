// Command sketchdeck turns TOML diagrams into hand-drawn-looking SVGs.
//
//	sketchdeck build [flags] [FILE|DIR|-]...
//
// Run "sketchdeck help" for the commands and "sketchdeck CMD --help" for
// each command's flags.
package main

import (
	"fmt"
	"io"
	"os"
)

// Exit codes.
const (
	exitOK    = 0
	exitBad   = 1 // a diagram (or the build) failed
	exitUsage = 2 // the command line is wrong
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// command is one subcommand.
type command struct {
	name    string
	summary string
	run     func(args []string, stdin io.Reader, stdout, stderr io.Writer) int
}

func commands() []command {
	return []command{
		{"build", "build diagrams into SVG files", runBuild},
		{"check", "check a slide deck's image references against the diagrams", runCheck},
		{"serve", "live preview: rebuild on change and show every diagram in a browser", runServe},
		{"lint", "report text, strokes and shapes that collide in the laid-out diagrams", runLint},
		{"new", "write a starter diagram of a kind", runNew},
		{"parts", "list the parts a drawing can place", runParts},
		{"icons", "search the parts and icon sets by name and tag", runIcons},
		{"schema", "print the JSON Schema of the diagram format, for editors", runSchema},
		{"i18n", "translations: extract, check, export and import catalogs", runI18n},
		{"help", "show this help", nil},
	}
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		usage(stderr)
		return exitUsage
	}
	switch args[0] {
	case "help", "-h", "--help":
		usage(stdout)
		return exitOK
	}
	for _, c := range commands() {
		if c.name == args[0] && c.run != nil {
			return c.run(args[1:], stdin, stdout, stderr)
		}
	}
	fmt.Fprintf(stderr, "sketchdeck: unknown command %q\n\n", args[0])
	usage(stderr)
	return exitUsage
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "sketchdeck turns TOML diagrams into hand-drawn-looking SVG diagrams.")
	fmt.Fprintln(w, "\nUsage:\n  sketchdeck COMMAND [flags] [args]\n\nCommands:")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-8s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "\nRun 'sketchdeck COMMAND --help' for a command's flags.")
}
