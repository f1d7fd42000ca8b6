package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/spf13/pflag"

	"github.com/sketchdeck/sketchdeck/internal/icon"
	"github.com/sketchdeck/sketchdeck/internal/part"
)

// iconsUsage is the --help text of "sketchdeck icons".
const iconsUsage = "Usage: sketchdeck icons [--parts DIR]... [WORD]...\n\n" +
	"Lists the parts and icons whose name, description, tags or category hold every\n" +
	"WORD, best matches first; without a word, the icon sets. A drawing places an icon\n" +
	"like a part: { kind = \"part\", part = \"tabler:server-2\" }."

// runIcons searches the parts and the vendored icon sets for words, or
// says what sets there are.
func runIcons(args []string, _ io.Reader, stdout, stderr io.Writer) int {
	fs := pflag.NewFlagSet("icons", pflag.ContinueOnError)
	dirs := fs.StringArray("parts", nil, "also search the parts of this folder of NAME.toml files (repeatable)")
	if code, ok := parseFlags(fs, args, iconsUsage, stdout, stderr); !ok {
		return code
	}
	sets := icon.Shipped()
	if fs.NArg() == 0 {
		return listSets(sets, stdout, stderr)
	}
	lib, err := part.Load(part.Options{Dirs: *dirs})
	if err != nil {
		fmt.Fprintln(stderr, err)
		return exitBad
	}
	words := fs.Args()
	rows, err := partRows(lib, words)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return exitBad
	}
	matches, err := sets.Search(words...)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return exitBad
	}
	for _, m := range matches {
		rows = append(rows, [3]string{m.Set + ":" + m.Name, m.Category, tagLine(m.Tags)})
	}
	if len(rows) == 0 {
		fmt.Fprintf(stderr, "sketchdeck icons: no part or icon matches %q\n", strings.Join(words, " "))
		return exitBad
	}
	printRows(stdout, rows)
	return exitOK
}

// listSets says what each icon set is and how many icons it has.
func listSets(sets icon.Sets, stdout, stderr io.Writer) int {
	for _, s := range sets {
		names, err := s.Names()
		if err != nil {
			fmt.Fprintln(stderr, err)
			return exitBad
		}
		src, err := s.Source()
		if err != nil {
			fmt.Fprintln(stderr, err)
			return exitBad
		}
		fmt.Fprintf(stdout, "%s: %d icons, from %s\n", s.Name, len(names), src)
	}
	fmt.Fprintln(stdout, "\n'sketchdeck icons WORD' searches them; 'sketchdeck parts' lists the hand-drawn parts.")
	return exitOK
}

// partRows are the parts whose name or description holds every word.
func partRows(lib *part.Library, words []string) ([][3]string, error) {
	var rows [][3]string
	for _, n := range lib.Names() {
		p, err := lib.Part(n)
		if err != nil {
			return nil, err
		}
		hay := strings.ToLower(n + " " + p.Description)
		all := true
		for _, w := range words {
			all = all && strings.Contains(hay, strings.ToLower(w))
		}
		if all {
			rows = append(rows, [3]string{n, "part", p.Description})
		}
	}
	return rows, nil
}

// tagLine is an icon's first tags, enough to tell it from its neighbours.
func tagLine(tags []string) string {
	if len(tags) > 6 {
		return strings.Join(tags[:6], ", ") + ", …"
	}
	return strings.Join(tags, ", ")
}

func printRows(w io.Writer, rows [][3]string) {
	var w0, w1 int
	for _, r := range rows {
		w0, w1 = max(w0, len(r[0])), max(w1, len(r[1]))
	}
	for _, r := range rows {
		fmt.Fprintln(w, strings.TrimRight(fmt.Sprintf("%-*s  %-*s  %s", w0, r[0], w1, r[1], r[2]), " "))
	}
}
