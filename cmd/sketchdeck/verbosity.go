package main

import (
	"errors"
	"io"

	"github.com/spf13/pflag"
)

// verbosity is the -q and -v of build, check and lint: -q prints only
// problems (on standard error, as always), -v also each file the command
// wrote or checked. Problems are printed whatever the verbosity.
type verbosity struct {
	quiet, verbose bool
}

func (v *verbosity) register(fs *pflag.FlagSet) {
	fs.BoolVarP(&v.quiet, "quiet", "q", false, "print only problems: no summary")
	fs.BoolVarP(&v.verbose, "verbose", "v", false, "also print each file written or checked")
}

// check reports -q and -v given together.
func (v verbosity) check(fs *pflag.FlagSet, stderr io.Writer) (code int, ok bool) {
	if v.quiet && v.verbose {
		return usageError(fs, errors.New("-q (--quiet) and -v (--verbose) contradict each other: give one"), stderr), false
	}
	return exitOK, true
}

// summary is where a command's summary goes: stdout, or nowhere with -q.
func (v verbosity) summary(stdout io.Writer) io.Writer {
	if v.quiet {
		return io.Discard
	}
	return stdout
}

// detail is where -v's lines go: stdout with -v, else nowhere.
func (v verbosity) detail(stdout io.Writer) io.Writer {
	if v.verbose {
		return stdout
	}
	return io.Discard
}
