package main

import (
	"embed"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/pflag"

	"github.com/sketchdeck/sketchdeck/internal/atomicfile"
	"github.com/sketchdeck/sketchdeck/internal/spec"
)

// starters holds one starter diagram per kind, as KIND.toml; NAME and
// TITLE in them are replaced by the new diagram's name and title.
//
//go:embed starters/*.toml
var starters embed.FS

// newUsage is the --help text of "sketchdeck new".
const newUsage = `Usage: sketchdeck new NAME [--kind KIND] [--dir DIR] [--force]

Writes DIR/NAME.toml, a starter diagram of KIND that builds as it is.`

// runNew writes a starter diagram of a kind, ready to build and edit.
func runNew(args []string, _ io.Reader, stdout, stderr io.Writer) int {
	fs := pflag.NewFlagSet("new", pflag.ContinueOnError)
	kind := fs.String("kind", string(spec.KindGraph), "kind of diagram: "+strings.Join(spec.Kinds().Names(), ", "))
	dir := fs.String("dir", "diagrams", "folder to write NAME.toml into")
	force := fs.Bool("force", false, "overwrite an existing file")
	if code, ok := parseFlags(fs, args, newUsage, stdout, stderr); !ok {
		return code
	}
	if fs.NArg() != 1 {
		return usageError(fs, errors.New("give one NAME, e.g. `sketchdeck new queue --kind graph`"), stderr)
	}
	name := strings.TrimSuffix(fs.Arg(0), ".toml")
	data, err := starter(name, *kind)
	if err != nil {
		fmt.Fprintln(stderr, "sketchdeck new:", err)
		return exitUsage
	}
	path := filepath.Join(*dir, name+".toml")
	if _, err := os.Stat(path); err == nil && !*force {
		fmt.Fprintf(stderr, "sketchdeck new: %s exists; use --force to overwrite it\n", path)
		return exitBad
	}
	if err := atomicfile.Write(path, data); err != nil {
		fmt.Fprintln(stderr, "sketchdeck:", err)
		return exitBad
	}
	fmt.Fprintf(stdout, "sketchdeck: wrote %s; build it with `sketchdeck build %s`\n", path, path)
	return exitOK
}

// starter returns the starter source of kind for a diagram called name.
func starter(name, kind string) ([]byte, error) {
	if name == "" || strings.ContainsAny(name, `/\`) || strings.HasPrefix(name, ".") {
		return nil, fmt.Errorf("bad diagram name %q: use a plain file name such as \"queue\"", name)
	}
	var k spec.Kind
	_ = k.UnmarshalText([]byte(kind)) // keeps an unknown kind as written; checked below
	data, err := fs.ReadFile(starters, "starters/"+string(k)+".toml")
	if err != nil {
		return nil, fmt.Errorf("no starter for kind %q: kinds with a starter are %s", kind, strings.Join(starterKinds(), ", "))
	}
	title := strings.ToUpper(name[:1]) + strings.ReplaceAll(name[1:], "-", " ")
	s := strings.ReplaceAll(string(data), "NAME", name)
	s = strings.ReplaceAll(s, "TITLE", strings.ReplaceAll(title, `"`, `\"`))
	return []byte(s), nil
}

// starterKinds lists the kinds that have a starter, in KindChoices order.
func starterKinds() []string {
	var out []string
	for _, k := range spec.Kinds().Names() {
		if _, err := fs.Stat(starters, "starters/"+k+".toml"); err == nil {
			out = append(out, k)
		}
	}
	return out
}
