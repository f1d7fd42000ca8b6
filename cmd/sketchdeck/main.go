// Command sketchdeck turns TOML diagrams into hand-drawn-looking SVGs.
//
//	sketchdeck build [flags] [FILE|DIR|-]...
//
// Run "sketchdeck help" for the commands and "sketchdeck help CMD" for
// each command's flags; "sketchdeck completion bash|zsh|fish" prints a
// shell completion script.
package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/sketchdeck/sketchdeck/internal/gcpace"
)

// Exit codes.
const (
	exitOK    = 0
	exitBad   = 1 // a diagram (or the build) failed
	exitUsage = 2 // the command line is wrong
)

func main() {
	if len(os.Args) > 1 && os.Args[1] == "build" {
		// A build is a short-lived process with a small live heap: it
		// collects garbage against a memory budget rather than every
		// time the heap doubles. Not in run, which tests call in parallel.
		gcpace.Build(gcpace.Budget)
	}
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
		{"convert", "write a Graphviz graph (.gv, .dot) as a sketchdeck graph diagram", runConvert},
		{"import", "write an Excalidraw scene as a sketchdeck drawing", runImport},
		{"schema", "print the JSON Schema of the diagram format, for editors", runSchema},
		{"i18n", "translations: extract, init, check, export and import catalogs", runI18n},
		{"completion", "print the shell completion script for bash, zsh or fish", runCompletion},
		{"help", "show this help, or a command's: help COMMAND", nil},
	}
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		usage(stderr)
		return exitUsage
	}
	switch args[0] {
	case "help", "-h", "--help":
		return runHelp(args[1:], stdout, stderr)
	case "--version":
		fmt.Fprintln(stdout, versionText())
		return exitOK
	case completeCommand:
		return runComplete(args[1:], stdout)
	}
	if c, ok := findCommand(args[0]); ok {
		return c.run(args[1:], stdin, stdout, stderr)
	}
	fmt.Fprintf(stderr, "sketchdeck: unknown command %q\n\n", args[0])
	usage(stderr)
	return exitUsage
}

// findCommand is the subcommand called name ("help" is none: run
// answers it).
func findCommand(name string) (command, bool) {
	for _, c := range commands() {
		if c.name == name && c.run != nil {
			return c, true
		}
	}
	return command{}, false
}

// runHelp answers "sketchdeck help [COMMAND]": the top-level help, or the
// command's own (what "sketchdeck COMMAND --help" prints).
func runHelp(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "help" {
		usage(stdout)
		return exitOK
	}
	c, ok := findCommand(args[0])
	if !ok || len(args) > 1 {
		if ok {
			fmt.Fprintf(stderr, "sketchdeck help: one command at a time: 'sketchdeck help %s'\n", args[0])
		} else {
			fmt.Fprintf(stderr, "sketchdeck help: unknown command %q\n\n", args[0])
			usage(stderr)
		}
		return exitUsage
	}
	return c.run([]string{"--help"}, strings.NewReader(""), stdout, stderr)
}
func usage(w io.Writer) {
	fmt.Fprintln(w, "sketchdeck turns TOML diagrams into hand-drawn-looking SVG diagrams.")
	fmt.Fprintln(w, "\nUsage:\n  sketchdeck COMMAND [flags] [args]\n\nCommands:")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-10s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "\nRun 'sketchdeck help COMMAND' (or 'sketchdeck COMMAND --help') for a command's flags,")
	fmt.Fprintln(w, "'sketchdeck --version' for the versions of sketchdeck and Graphviz.")
}
