package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/pflag"

	"github.com/sketchdeck/sketchdeck/internal/atomicfile"
	"github.com/sketchdeck/sketchdeck/internal/build"
	"github.com/sketchdeck/sketchdeck/internal/i18n"
	"github.com/sketchdeck/sketchdeck/internal/input"
	"github.com/sketchdeck/sketchdeck/internal/linediff"
	"github.com/sketchdeck/sketchdeck/internal/spec"
)

const i18nUsage = `Usage: sketchdeck i18n COMMAND [flags] [FILE|DIR]...

Keeps the translation catalogs (diagrams/locales/LANG.toml) in line with the
diagrams (default: diagrams/). See docs/i18n.md.

Commands:
  extract [--lang L]          add new texts to every catalog (or start L's), keep translations
  init L                      start the catalog of language L (diagrams/locales/L.toml)
  check                       list missing, stale, fuzzy, untranslated-as-English and
                              overflowing translations; exit 1 if any
  export --lang L             write L's catalog as a gettext PO file to standard output
  export --template           write a PO template (POT) for a new language to standard output
  import FILE.po [--lang L]   read a PO file's translations into its catalog, printing each
                              change (--dry-run: print the catalog's diff, write nothing)

Flags:
`

// i18nFlags are the options every i18n command takes.
type i18nFlags struct {
	lang     string
	locales  string
	dryRun   bool
	template bool
}

func runI18n(args []string, _ io.Reader, stdout, stderr io.Writer) int {
	var f i18nFlags
	fs := pflag.NewFlagSet("i18n", pflag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {}
	fs.StringVar(&f.lang, "lang", "", "language of the catalog (fr)")
	fs.StringVar(&f.locales, "locales", "", "folder of the catalogs (LANG.toml) (default: locales/ in the diagrams' folder)")
	fs.BoolVar(&f.dryRun, "dry-run", false, "import: print what would change, as a diff, and write nothing")
	fs.BoolVar(&f.template, "template", false, "export: write a PO template (POT) with empty translations")
	err := fs.Parse(args)
	if errors.Is(err, pflag.ErrHelp) || err == nil && fs.NArg() == 0 {
		out := stdout
		if err == nil {
			out = stderr
		}
		fmt.Fprint(out, i18nUsage)
		fs.SetOutput(out)
		fs.PrintDefaults()
		if err == nil {
			return exitUsage
		}
		return exitOK
	}
	if err != nil {
		fmt.Fprintf(stderr, "sketchdeck i18n: %v\nRun 'sketchdeck i18n --help' for the commands.\n", err)
		return exitUsage
	}
	cmd, rest := fs.Arg(0), fs.Args()[1:]
	if (cmd == "import" || cmd == "init") && len(rest) > 0 {
		f.locales = localesOf(f.locales, paths(rest[1:]))
	} else {
		f.locales = localesOf(f.locales, paths(rest))
	}
	switch cmd {
	case "extract":
		return i18nExtract(f, paths(rest), stdout, stderr)
	case "init":
		if len(rest) == 0 {
			fmt.Fprintln(stderr, "sketchdeck i18n init: name the language, e.g. sketchdeck i18n init de")
			return exitUsage
		}
		return i18nInit(f, rest[0], paths(rest[1:]), stdout, stderr)
	case "check":
		return i18nCheck(f, paths(rest), stdout, stderr)
	case "export":
		return i18nExport(f, paths(rest), stdout, stderr)
	case "import":
		if len(rest) == 0 {
			fmt.Fprintln(stderr, "sketchdeck i18n import: name the PO file to read")
			return exitUsage
		}
		return i18nImport(f, rest[0], paths(rest[1:]), stdout, stderr)
	}
	fmt.Fprintf(stderr, "sketchdeck i18n: unknown command %q; commands are extract, init, check, export and import\n", cmd)
	return exitUsage
}

func paths(args []string) []string {
	if len(args) == 0 {
		return []string{"diagrams"}
	}
	return args
}

// corpus is what the i18n commands read: the diagrams' sources, the texts of
// those that decode, and whether a diagram exists at all.
type corpus struct {
	srcs  []build.Source
	texts []i18n.DiagramTexts
	names map[string]bool
	errs  []error // diagrams that do not decode
}

// load reads the diagrams and the catalogs a command works on (create
// makes a missing catalog); a failure is reported on stderr.
func (f i18nFlags) load(paths []string, create bool, stderr io.Writer) (*corpus, []*i18n.Catalog, bool) {
	d, err := readDeck(paths)
	if err != nil {
		fmt.Fprintln(stderr, "sketchdeck:", err)
		return nil, nil, false
	}
	cats, err := f.catalogs(create)
	if err != nil {
		fmt.Fprintln(stderr, "sketchdeck:", err)
		return nil, nil, false
	}
	return d, cats, true
}

func readDeck(paths []string) (*corpus, error) {
	srcs, err := readSources(paths, oneOutputEach)
	if err != nil {
		return nil, err
	}
	d := &corpus{srcs: srcs, names: map[string]bool{}}
	for _, src := range srcs {
		d.names[spec.NameOf(src.File)] = true
		dg, err := build.Decode(src)
		if err != nil {
			d.errs = append(d.errs, err)
			continue
		}
		d.texts = append(d.texts, i18n.Of(dg))
	}
	return d, nil
}

func (d *corpus) exists(name string) bool { return d.names[name] }

// catalogs are the catalogs a command works on: --lang's, or all of them.
func (f i18nFlags) catalogs(create bool) ([]*i18n.Catalog, error) {
	if f.lang == "" {
		return loadCatalogs(f.locales)
	}
	code, file, err := findCatalog(f.lang, f.locales)
	switch {
	case err != nil:
		return nil, err
	case file == "" && !create:
		return nil, noCatalog(code, f.locales)
	case file == "":
		c := &i18n.Catalog{File: filepath.ToSlash(filepath.Join(f.locales, code+".toml")), Lang: code}
		if _, fr := i18n.MatchLang(code, []string{"fr"}); fr {
			c.Typography = "fr"
		}
		return []*i18n.Catalog{c}, nil
	}
	c, err := loadCatalog(file)
	if err != nil {
		return nil, err
	}
	return []*i18n.Catalog{c}, nil
}

func i18nExtract(f i18nFlags, paths []string, stdout, stderr io.Writer) int {
	d, cats, ok := f.load(paths, true, stderr)
	if !ok {
		return exitBad
	}
	for _, e := range d.errs {
		fmt.Fprintf(stderr, "%v\n(its catalog entries are kept as they are)\n", e)
	}
	for _, c := range cats {
		before := c.Encode()
		changes := c.Merge(d.texts, d.exists)
		after := c.Encode()
		for _, ch := range changes {
			fmt.Fprintf(stdout, "%s: %s\n", c.File, ch)
		}
		if string(before) == string(after) {
			if _, err := os.Stat(c.File); err == nil {
				continue
			}
		}
		if err := atomicfile.Write(c.File, after); err != nil {
			fmt.Fprintln(stderr, "sketchdeck:", err)
			return exitBad
		}
		fmt.Fprintf(stdout, "sketchdeck i18n: wrote %s (%d changes)\n", c.File, len(changes))
	}
	if len(d.errs) > 0 {
		return exitBad
	}
	return exitOK
}

func i18nExport(f i18nFlags, paths []string, stdout, stderr io.Writer) int {
	if f.lang == "" && !f.template {
		fmt.Fprintln(stderr, "sketchdeck i18n export: say which language, e.g. --lang fr, or --template for a template")
		return exitUsage
	}
	if f.lang != "" && f.template {
		fmt.Fprintln(stderr, "sketchdeck i18n export: --template is for a new language and takes no --lang")
		return exitUsage
	}
	d, err := readDeck(paths)
	if err != nil {
		fmt.Fprintln(stderr, "sketchdeck:", err)
		return exitBad
	}
	for _, e := range d.errs {
		fmt.Fprintln(stderr, e)
	}
	texts, err := roomOf(d)
	if err != nil {
		fmt.Fprintln(stderr, "sketchdeck:", err)
		return exitBad
	}
	if f.template {
		if err := i18n.ExportPOT(stdout, texts); err != nil {
			fmt.Fprintln(stderr, "sketchdeck:", err)
			return exitBad
		}
		return exitOK
	}
	cats, err := f.catalogs(false)
	if err != nil {
		fmt.Fprintln(stderr, "sketchdeck:", err)
		return exitBad
	}
	c := cats[0]
	c.Merge(d.texts, d.exists) // new texts appear in the PO file, still untranslated
	if err := c.ExportPO(stdout, texts); err != nil {
		fmt.Fprintln(stderr, "sketchdeck:", err)
		return exitBad
	}
	return exitOK
}

// i18nInit starts a language's catalog: every text, untranslated.
func i18nInit(f i18nFlags, lang string, paths []string, stdout, stderr io.Writer) int {
	code, file, err := findCatalog(lang, f.locales)
	if err != nil {
		fmt.Fprintln(stderr, "sketchdeck i18n init:", strings.TrimPrefix(err.Error(), "--lang "))
		return exitUsage
	}
	if file != "" {
		fmt.Fprintf(stderr, "sketchdeck i18n init: %s already has the catalog of %s (sketchdeck i18n extract updates it)\n", filepath.ToSlash(file), lang)
		return exitBad
	}
	f.lang = code
	return i18nExtract(f, paths, stdout, stderr)
}

func i18nImport(f i18nFlags, file string, paths []string, stdout, stderr io.Writer) int {
	data, err := input.ReadFile(file, i18n.MaxCatalog)
	if err != nil {
		fmt.Fprintln(stderr, "sketchdeck:", err)
		return exitBad
	}
	po, err := i18n.ReadPO(file, data)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return exitBad
	}
	if f.lang == "" {
		f.lang = po.Lang
	}
	if f.lang == "" {
		fmt.Fprintf(stderr, "sketchdeck i18n import: %s has no Language header; say which language, e.g. --lang fr\n", file)
		return exitUsage
	}
	d, cats, ok := f.load(paths, false, stderr)
	if !ok {
		return exitBad
	}
	c := cats[0]
	c.Merge(d.texts, d.exists)
	before := c.Encode()
	rep, err := c.ImportPO(po, d.texts)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return exitBad
	}
	after := c.Encode()
	for _, s := range rep.Stale {
		fmt.Fprintln(stderr, s)
	}
	verb := "changed"
	if f.dryRun {
		verb = "would change"
	}
	for _, ch := range rep.Changes {
		fmt.Fprintf(stdout, "%s: %s\n", c.File, ch)
	}
	if f.dryRun {
		fmt.Fprint(stdout, linediff.Unified(c.File, c.File+" (after import)", string(before), string(after)))
	} else if string(before) != string(after) {
		if err := atomicfile.Write(c.File, after); err != nil {
			fmt.Fprintln(stderr, "sketchdeck:", err)
			return exitBad
		}
	}
	fmt.Fprintf(stdout, "sketchdeck i18n: %s: %d entries %s", c.File, len(rep.Changes), verb)
	if len(rep.Stale) > 0 {
		fmt.Fprintf(stdout, ", %d stale messages not applied", len(rep.Stale))
	}
	fmt.Fprintln(stdout)
	return exitOK
}

func i18nCheck(f i18nFlags, paths []string, stdout, stderr io.Writer) int {
	d, err := readDeck(paths)
	if err != nil {
		fmt.Fprintln(stderr, "sketchdeck:", err)
		return exitBad
	}
	if f.lang == i18n.PseudoLang {
		return pseudoCheck(d, stdout, stderr)
	}
	cats, err := f.catalogs(false)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return exitBad
	}
	problems := 0
	for _, e := range d.errs {
		fmt.Fprintln(stderr, e)
		problems++
	}
	for _, c := range cats {
		ps := c.Check(d.texts, d.exists)
		over, err := overflows(c, c, d)
		if err != nil {
			fmt.Fprintln(stderr, "sketchdeck:", err)
			return exitBad
		}
		for _, p := range append(ps, over...) {
			fmt.Fprintln(stdout, p.Error())
		}
		problems += len(ps) + len(over)
		if distinct, offered := c.Untranslated(d.texts); distinct+offered > 0 {
			fmt.Fprintf(stderr, "%s: %s not translated yet", c.File, spec.Count(distinct, "distinct English text is", "distinct English texts are"))
			if offered > 0 {
				fmt.Fprintf(stderr, "; %s the English of a text translated elsewhere (export offers that translation, fuzzy)", spec.Count(offered, "more place shows", "more places show"))
			}
			fmt.Fprintln(stderr)
		}
	}
	if problems > 0 {
		fmt.Fprintf(stderr, "sketchdeck i18n check: %d problems\n", problems)
		return exitBad
	}
	fmt.Fprintf(stdout, "sketchdeck i18n check: %s, %s: every text translated, none stale, nothing overflows\n", spec.Count(len(cats), "catalog", "catalogs"), spec.Count(len(d.texts), "diagram", "diagrams"))
	return exitOK
}

// pseudoCheck lays every diagram out in the pseudo-locale and lists the
// text that would not fit a language about 40% longer than English.
func pseudoCheck(d *corpus, stdout, stderr io.Writer) int {
	over, err := overflows(i18n.Pseudo{}, nil, d)
	if err != nil {
		fmt.Fprintln(stderr, "sketchdeck:", err)
		return exitBad
	}
	for _, p := range over {
		fmt.Fprintln(stdout, p.Error())
	}
	if len(over) > 0 {
		fmt.Fprintf(stderr, "sketchdeck i18n check: %d texts overflow in %s\n", len(over), i18n.PseudoLang)
		return exitBad
	}
	fmt.Fprintf(stdout, "sketchdeck i18n check: nothing overflows in %s\n", i18n.PseudoLang)
	return exitOK
}

// overflows lays out every diagram translated by tr and reports the text
// that does not fit, at its catalog entry when c has one.
func overflows(tr i18n.Translator, c *i18n.Catalog, d *corpus) ([]i18n.Problem, error) {
	b, err := build.New(build.Options{})
	if err != nil {
		return nil, err
	}
	defer b.Close()
	srcs := make([]build.Source, len(d.srcs))
	for i, src := range d.srcs {
		src.Translator = tr
		srcs[i] = src
	}
	return b.Overflows(context.Background(), srcs, c), nil
}

// roomOf is the texts of the diagrams, each with the room it has where it
// is drawn (for the PO file's extracted comments).
func roomOf(d *corpus) ([]i18n.DiagramTexts, error) {
	b, err := build.New(build.Options{})
	if err != nil {
		return nil, err
	}
	defer b.Close()
	room := map[string]i18n.DiagramTexts{}
	for _, t := range b.Room(context.Background(), d.srcs) {
		room[t.Name] = t
	}
	out := make([]i18n.DiagramTexts, len(d.texts))
	for i, t := range d.texts {
		out[i] = t
		if r, ok := room[t.Name]; ok && len(r.Texts) == len(t.Texts) {
			out[i] = r
		}
	}
	return out, nil
}
