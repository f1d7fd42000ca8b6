package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/spf13/pflag"

	"github.com/sketchdeck/sketchdeck/internal/graphviz/native"
	"github.com/sketchdeck/sketchdeck/internal/graphviz/worker"
)

// parseFlags parses a command's flags. --help prints usage (its
// "Usage: …" line and what the command does), then the flags, to stdout;
// a bad flag is reported on stderr with how to get help. ok is false
// when the command is to stop there, with exit status code.
func parseFlags(fs *pflag.FlagSet, args []string, usage string, stdout, stderr io.Writer) (code int, ok bool) {
	fs.SetOutput(io.Discard) // the messages are written below, once
	err := fs.Parse(args)
	if errors.Is(err, pflag.ErrHelp) {
		fmt.Fprintf(stdout, "%s\n\nFlags:\n", usage)
		fs.SetOutput(stdout)
		fs.PrintDefaults()
		return exitOK, false
	}
	if err != nil {
		return usageError(fs, err, stderr), false
	}
	return exitOK, true
}

// usageError reports a wrong command line and how to get help.
func usageError(fs *pflag.FlagSet, err error, stderr io.Writer) int {
	fmt.Fprintf(stderr, "sketchdeck %s: %v\nRun 'sketchdeck %s --help' for the flags.\n", fs.Name(), err, fs.Name())
	return exitUsage
}

// layoutTimeoutUsage is the help of --layout-timeout.
const layoutTimeoutUsage = "CPU time one graph's layout may use in Graphviz before it is stopped " +
	"(counted in work, not wall-clock time: a busy machine does not make a layout fail); raise it for very large graphs"

// exactColorsUsage is the help of --exact-colors.
const exactColorsUsage = "draw a Graphviz file's colours exactly as written, instead of as the theme's palette colours nearest to them"

// graphvizUsage is the help of --graphviz.
const graphvizUsage = `where Graphviz lays graphs out: "wasm", the WebAssembly Graphviz built into sketchdeck ` +
	`(nothing to install), or "native", the dot program on PATH (Graphviz 2.40 or later): often about twice ` +
	`as fast on large graphs, but positions, and so the output bytes, depend on the installed Graphviz release`

// graphvizFlags are --layout-timeout and --graphviz, of every command
// that lays graphs out: how long and where Graphviz lays each one out.
type graphvizFlags struct {
	timeout time.Duration // --layout-timeout
	mode    string        // --graphviz
}

func (f *graphvizFlags) register(fs *pflag.FlagSet) {
	fs.DurationVar(&f.timeout, "layout-timeout", worker.DefaultTimeout, layoutTimeoutUsage)
	fs.StringVar(&f.mode, "graphviz", "wasm", graphvizUsage)
}

// findDot finds the installed dot (native.Find). Ctrl-C or SIGTERM while
// it runs, before a command listens for them, ends its work instead of
// the process: its first run checks dot's plugins (several dot runs) in a
// folder of sketchdeck's cache folder, which it then removes, where a
// process killed outright left it behind. interrupted says a signal came.
func findDot() (d *native.Dot, interrupted bool, err error) {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	d, err = native.Find(ctx)
	return d, ctx.Err() != nil, err
}

// options are the layout options the flags ask for. A limit that would
// stop every layout is refused; with "native" the installed dot is found
// and checked first, and if it is missing or too old the message says
// how to install it or to drop the flag.
func (f graphvizFlags) options(stderr io.Writer) (worker.Options, int, bool) {
	opt := worker.Options{Timeout: f.timeout}
	if f.timeout <= 0 {
		fmt.Fprintf(stderr, "sketchdeck: --layout-timeout must be more than 0, not %v (the default is %v)\n", f.timeout, worker.DefaultTimeout)
		return opt, exitUsage, false
	}
	switch f.mode {
	case "wasm":
		return opt, exitOK, true
	case "native":
		d, interrupted, err := findDot()
		if interrupted {
			fmt.Fprintln(stderr, "sketchdeck: interrupted: stopped while checking the installed Graphviz")
			return opt, exitBad, false
		}
		if err != nil {
			fmt.Fprintln(stderr, "sketchdeck:", err)
			return opt, exitUsage, false
		}
		opt.Native = d
		return opt, exitOK, true
	}
	fmt.Fprintf(stderr, "sketchdeck: --graphviz must be wasm or native, not %q\n", f.mode)
	return opt, exitUsage, false
}
