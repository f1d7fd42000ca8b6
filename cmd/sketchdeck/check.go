package main

import (
	"fmt"
	"io"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/spf13/pflag"

	"github.com/sketchdeck/sketchdeck/internal/build"
	"github.com/sketchdeck/sketchdeck/internal/deck"
	"github.com/sketchdeck/sketchdeck/internal/spec"
	"github.com/sketchdeck/sketchdeck/internal/svg"
)

// checkUsage is the --help text of "sketchdeck check".
const checkUsage = `Usage: sketchdeck check [--deck slides.md] [--images DIR] [--diagrams DIR] [build flags]

Reports every SVG a slide shows that has no diagram (and no file of its own), every
SVG that 'sketchdeck build' would rebuild (missing, edited, or built from other
inputs: decided by content, not file times), every diagram no slide shows, and every
SVG whose diagram is gone; exit 1 if any. Give the build flags (--theme, --seed,
--parts, --text, --animate, --lang) the images were built with.`

// checkFlags are the options of "sketchdeck check".
type checkFlags struct {
	deck.Options
	theme string
	seed  uint64
	parts []string
	i18n  langFlags
	// animate is build's --animate, text its --text: they are in the
	// build keys.
	animate bool
	text    string
	verb    verbosity
}

// runCheck checks a slide deck's pictures against the diagrams: exit 1 if
// a slide shows a picture with no diagram, a missing or stale SVG, if a
// diagram is shown by no slide, or an SVG's diagram is gone.
func runCheck(args []string, _ io.Reader, stdout, stderr io.Writer) int {
	var f checkFlags
	fs := pflag.NewFlagSet("check", pflag.ContinueOnError)
	fs.StringVar(&f.Deck, "deck", "slides.md", "the Markdown or remark slide deck")
	fs.StringVar(&f.Images, "images", "", "folder of the built SVGs the deck's images/NAME.svg references resolve to: build's --out (default: images/ beside the deck)")
	fs.StringVar(&f.Diagrams, "diagrams", "diagrams", "folder of the diagram sources")
	fs.StringVar(&f.theme, "theme", "", "the theme the images were built with: "+themeUsage())
	fs.Uint64Var(&f.seed, "seed", 0, "the seed the images were built with (default: the theme's)")
	fs.StringArrayVar(&f.parts, "parts", nil, "folder of extra parts the images were built with; repeatable")
	fs.BoolVar(&f.animate, "animate", false, "the images were built with --animate")
	fs.StringVar(&f.text, "text", svg.TextSelectable.String(), "the --text the images were built with")
	fs.StringVar(&f.i18n.lang, "lang", sourceLang, "the language the images were built in: en, a catalog's language or en-XA")
	fs.StringVar(&f.i18n.locales, "locales", "", "folder of the translation catalogs (default: locales/ in the diagrams folder)")
	fs.StringSlice("source", nil, "")
	_ = fs.MarkHidden("source") // gone: reported below
	f.verb.register(fs)
	if code, ok := parseFlags(fs, args, checkUsage, stdout, stderr); !ok {
		return code
	}
	if code, ok := f.verb.check(fs, stderr); !ok {
		return code
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "sketchdeck check: unexpected argument %q; the deck is given with --deck\n", fs.Arg(0))
		return exitUsage
	}
	if f.Images == "" {
		f.Images = filepath.Join(filepath.Dir(f.Deck), "images")
	}
	if f.i18n.locales == "" {
		f.i18n.locales = filepath.Join(f.Diagrams, "locales")
	}
	if fs.Changed("source") {
		fmt.Fprintln(stderr, "sketchdeck check: --source is no longer needed: check compares the build's keys, which cover the diagram, the theme (--theme), the catalogs (--lang) and sketchdeck itself")
		return exitUsage
	}
	b, code := f.keys(stderr)
	if code != exitOK {
		return code
	}
	defer b.Close()
	r, err := deck.Check(f.Options)
	if err != nil {
		fmt.Fprintln(stderr, "sketchdeck:", err)
		return exitBad
	}
	for _, p := range r.Problems {
		fmt.Fprintln(stderr, p)
	}
	for _, p := range r.Fine {
		fmt.Fprintln(f.verb.detail(stdout), p)
	}
	fmt.Fprintf(f.verb.summary(stdout), "sketchdeck check: %s: %s, %d from diagrams; %s\n", f.Deck, spec.Count(r.Refs, "image reference", "image references"), r.Diagrams, spec.Count(len(r.Problems), "problem", "problems"))
	if len(r.Problems) > 0 {
		return exitBad
	}
	return exitOK
}

// keys sets the key function of the check, which is the incremental
// build's, and the build command of its hints; the caller closes the
// Builder.
func (f *checkFlags) keys(stderr io.Writer) (*build.Builder, int) {
	if f.i18n.lang == "all" {
		fmt.Fprintln(stderr, "sketchdeck check: --lang all: a deck shows one language; give the one its images are built in")
		return nil, exitUsage
	}
	langs, err := languages(f.i18n.lang, f.i18n.locales)
	if err != nil {
		fmt.Fprintln(stderr, "sketchdeck:", err)
		return nil, exitBad
	}
	th, err := loadTheme(f.theme)
	if err != nil {
		fmt.Fprintln(stderr, "sketchdeck:", err)
		return nil, exitUsage
	}
	mode, err := svg.ParseTextMode(f.text)
	if err != nil {
		fmt.Fprintln(stderr, "sketchdeck: --text:", err)
		return nil, exitUsage
	}
	b, err := build.New(build.Options{Theme: th, Seed: f.seed, PartsDirs: f.parts, Animate: f.animate, Text: mode})
	if err != nil {
		fmt.Fprintln(stderr, "sketchdeck:", err)
		return nil, exitUsage
	}
	tool, tr := toolID(), langs[0].tr
	f.Key = func(file string, data []byte) string {
		return b.Key(tool, build.Source{File: filepath.ToSlash(file), Data: data, Translator: tr})
	}
	f.Build = f.buildCommand()
	return b, exitOK
}

// buildCommand is the build that brings the checked images up to date.
func (f *checkFlags) buildCommand() string {
	cmd := []string{"sketchdeck", "build", "--out", f.Images}
	if f.theme != "" {
		cmd = append(cmd, "--theme", f.theme)
	}
	if f.seed != 0 {
		cmd = append(cmd, "--seed", strconv.FormatUint(f.seed, 10))
	}
	for _, p := range f.parts {
		cmd = append(cmd, "--parts", p)
	}
	if f.i18n.lang != sourceLang {
		cmd = append(cmd, "--lang", f.i18n.lang)
	}
	return strings.Join(append(cmd, f.Diagrams), " ")
}
