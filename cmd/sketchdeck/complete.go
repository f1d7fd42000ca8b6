package main

import (
	"bytes"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/sketchdeck/sketchdeck/internal/build"
	"github.com/sketchdeck/sketchdeck/internal/dotin"
	"github.com/sketchdeck/sketchdeck/internal/i18n"
	"github.com/sketchdeck/sketchdeck/internal/spec"
	"github.com/sketchdeck/sketchdeck/internal/svg"
	"github.com/sketchdeck/sketchdeck/internal/theme"
)

// completeCommand is the hidden command the completion scripts run:
// "sketchdeck __complete WORD... CURRENT" prints the candidates for
// CURRENT, one a line, or one of the directives below, which leave the
// completion to the shell.
const completeCommand = "__complete"

// Directives: complete a file name, or a folder name.
const (
	completeFiles = ":files"
	completeDirs  = ":dirs"
)

// flagInfo is one flag of a command, as its --help lists it.
type flagInfo struct {
	long, short string // "--out", "-o" ("" if none)
	value       bool   // takes a value
}

// runComplete prints the candidates for the last of args, the words of a
// command line after "sketchdeck" (the last one being typed, maybe "").
// It never fails: a word it cannot complete has no candidates.
func runComplete(args []string, stdout io.Writer) int {
	if len(args) == 0 {
		args = []string{""}
	}
	for _, c := range completions(args[:len(args)-1], args[len(args)-1]) {
		fmt.Fprintln(stdout, c)
	}
	return exitOK
}

// completions are the candidates for cur after the words before it.
func completions(before []string, cur string) []string {
	if len(before) == 0 {
		var names []string
		for _, c := range commands() {
			names = append(names, c.name)
		}
		return withPrefix(append(names, "--help", "--version"), cur)
	}
	cmd := before[0]
	switch {
	case cmd == "help" && len(before) == 1:
		return completions(nil, cur)
	case cmd == "completion" && len(before) == 1:
		return withPrefix(slices.Sorted(maps.Keys(completionScripts)), cur)
	}
	c, ok := findCommand(cmd)
	if !ok {
		return nil
	}
	flags := commandFlags(c)
	if f, ok := lookupFlag(flags, before[len(before)-1]); ok && f.value && len(before) > 1 {
		return flagValues(f.long, before, cur)
	}
	if strings.HasPrefix(cur, "-") {
		var names []string
		for _, f := range flags {
			names = append(names, f.long)
		}
		return withPrefix(names, cur)
	}
	if cmd == "i18n" && len(positionals(before[1:], flags)) == 0 {
		return withPrefix([]string{"check", "export", "extract", "import", "init"}, cur)
	}
	switch cmd {
	case "build", "lint", "serve", "i18n":
		return diagramPaths(cur)
	case "import", "convert":
		return []string{completeFiles}
	}
	return nil
}

// writesOneFile reports whether command cmd's --out names a file (import,
// convert and schema write one), not a folder of pictures.
func writesOneFile(cmd string) bool {
	return cmd == "import" || cmd == "convert" || cmd == "schema"
}

// flagValues are the candidates for the value of flag.
func flagValues(flag string, before []string, cur string) []string {
	switch flag {
	case "--theme":
		if isThemeFile(cur) {
			return []string{completeFiles}
		}
		return withPrefix(theme.Shipped(), cur)
	case "--lang":
		langs := []string{sourceLang, i18n.PseudoLang, "all"}
		files, _ := catalogFiles(localesOf(flagValue(before, "--locales"), diagramArgs(before)))
		return withPrefix(append(langs, slices.Sorted(maps.Keys(files))...), cur)
	case "--text":
		return withPrefix(svg.TextModes(), cur)
	case "--kind":
		return withPrefix(spec.Kinds().Names(), cur)
	case "--format":
		return formatValues(cur)
	case "--graphviz":
		return withPrefix([]string{"wasm", "native"}, cur)
	case "--as":
		return withPrefix([]string{"drawing", "graph"}, cur)
	case "--out":
		if writesOneFile(before[0]) {
			return []string{completeFiles}
		}
		return []string{completeDirs}
	case "--parts", "--locales", "--images", "--diagrams", "--dir":
		return []string{completeDirs}
	case "--deck":
		return []string{completeFiles}
	}
	return nil
}

// formatValues completes the last format of a comma-separated list with
// those not in it yet: "svg,p" gives "svg,png" and "svg,pdf".
func formatValues(cur string) []string {
	done, last := "", cur
	if i := strings.LastIndexByte(cur, ','); i >= 0 {
		done, last = cur[:i+1], cur[i+1:]
	}
	var out []string
	for _, f := range build.Formats {
		if !slices.Contains(strings.Split(done, ","), string(f)) && strings.HasPrefix(string(f), last) {
			out = append(out, done+string(f))
		}
	}
	return out
}

// diagramPaths are the diagram files (NAME.toml, NAME.md) and folders
// whose path starts with cur: those of diagrams/ when cur names no
// folder yet.
func diagramPaths(cur string) []string {
	dir := filepath.Dir(cur)
	if !strings.ContainsRune(cur, '/') {
		dir = "."
	}
	entries, _ := os.ReadDir(dir)
	var out []string
	for _, e := range entries {
		p := e.Name()
		if dir != "." || strings.HasPrefix(cur, "./") {
			p = strings.TrimSuffix(dir, "/") + "/" + p
		}
		switch {
		case strings.HasPrefix(e.Name(), "."):
		case e.IsDir():
			out = append(out, p+"/")
		case strings.HasSuffix(p, ".toml") || dotin.Is(p) || strings.HasSuffix(p, ".md") && !strings.EqualFold(e.Name(), "README.md"):
			out = append(out, p)
		}
	}
	return withPrefix(out, cur)
}

// commandFlags are the flags of c, read from what its --help lists, so
// that completion knows every flag a command has without a second list.
func commandFlags(c command) []flagInfo {
	var help bytes.Buffer
	c.run([]string{"--help"}, strings.NewReader(""), &help, io.Discard)
	var flags []flagInfo
	for _, line := range strings.Split(help.String(), "\n") {
		line = strings.TrimSpace(line)
		if !strings.HasPrefix(line, "-") {
			continue
		}
		// pflag writes "-o, --out string   usage" or
		// "--force[=true|false]   usage".
		head, _, _ := strings.Cut(line, "   ")
		var f flagInfo
		for _, w := range strings.Fields(strings.ReplaceAll(head, ",", " ")) {
			w, _, _ = strings.Cut(w, "[") // a bool's "--force[=true|false]"
			switch {
			case strings.HasPrefix(w, "--"):
				f.long = w
			case strings.HasPrefix(w, "-"):
				f.short = w
			default:
				f.value = true
			}
		}
		if f.long != "" {
			flags = append(flags, f)
		}
	}
	return append(flags, flagInfo{long: "--help", short: "-h"})
}

func lookupFlag(flags []flagInfo, word string) (flagInfo, bool) {
	for _, f := range flags {
		if word == f.long || word == f.short && f.short != "" {
			return f, true
		}
	}
	return flagInfo{}, false
}

// positionals are the words of args that are neither flags nor their
// values.
func positionals(args []string, flags []flagInfo) []string {
	var out []string
	for i := 0; i < len(args); i++ {
		if f, ok := lookupFlag(flags, args[i]); ok {
			if f.value {
				i++
			}
			continue
		}
		if !strings.HasPrefix(args[i], "-") {
			out = append(out, args[i])
		}
	}
	return out
}

// flagValue is the last value given to flag among words, or "".
func flagValue(words []string, flag string) string {
	v := ""
	for i := 0; i+1 < len(words); i++ {
		if words[i] == flag {
			v = words[i+1]
		}
	}
	return v
}

// diagramArgs are the paths among a command line's words (after the
// command), for finding the catalogs of the diagrams named.
func diagramArgs(before []string) []string {
	c, _ := findCommand(before[0])
	args := positionals(before[1:], commandFlags(c))
	if before[0] == "i18n" && len(args) > 0 {
		args = args[1:] // the i18n command
	}
	return args
}

// withPrefix is the words that start with prefix, in order.
func withPrefix(words []string, prefix string) []string {
	var out []string
	for _, w := range words {
		if strings.HasPrefix(w, prefix) {
			out = append(out, w)
		}
	}
	return out
}
