package main

import (
	"context"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/spf13/pflag"

	"github.com/sketchdeck/sketchdeck/internal/build"
	"github.com/sketchdeck/sketchdeck/internal/i18n"
	"github.com/sketchdeck/sketchdeck/internal/input"
)

// sourceLang is the language the diagram files are written in.
const sourceLang = "en"

// localesUsage is the help of the --locales flag.
const localesUsage = "folder of the translation catalogs (LANG.toml) (default: locales/ in the diagrams' folder)"

// localesOf is the folder of the catalogs for the diagrams of paths:
// --locales when it is given, else locales/ in the first diagram folder
// (or the folder of the first diagram file), so that a diagram folder
// anywhere finds its own catalogs; diagrams/locales with no paths.
func localesOf(flag string, paths []string) string {
	if flag != "" {
		return flag
	}
	for _, p := range paths {
		if p == "-" {
			continue
		}
		if st, err := os.Stat(p); err == nil && st.IsDir() {
			return filepath.Join(p, "locales")
		}
		return filepath.Join(filepath.Dir(p), "locales")
	}
	return filepath.Join("diagrams", "locales")
}

// langFlags are the language options of "sketchdeck build".
type langFlags struct {
	lang    string
	locales string
	name    string // standard input's diagram name
}

func (f *langFlags) register(fs *pflag.FlagSet) {
	fs.StringVar(&f.lang, "lang", sourceLang, "language: en, one with a catalog (fr), en-XA (pseudo-locale) or all (en and every catalog)")
	fs.StringVar(&f.locales, "locales", "", localesUsage)
	fs.StringVar(&f.name, "name", "", "with '-': the diagram's name, as a file NAME.toml's: its table of the catalog translates it, and its SVG ids start sd-NAME")
}

// language is one variant to build: its code and the translator that
// makes it (nil for the source language).
type language struct {
	code string
	tr   i18n.Translator
}

// languages resolves --lang: "en", a catalog's language ("fr", or
// "fr_FR.UTF-8" when there is only fr), the pseudo-locale "en-XA", or
// "all" (English and every catalog).
func languages(lang, locales string) ([]language, error) {
	switch lang {
	case "", sourceLang:
		return []language{{code: sourceLang}}, nil
	case "all":
		cats, err := loadCatalogs(locales)
		if err != nil {
			return nil, err
		}
		out := []language{{code: sourceLang}}
		for _, c := range cats {
			out = append(out, language{code: c.Lang, tr: c})
		}
		return out, nil
	}
	code, file, err := findCatalog(lang, locales, sourceLang, i18n.PseudoLang)
	switch {
	case err != nil:
		return nil, err
	case code == sourceLang:
		return []language{{code: sourceLang}}, nil
	case code == i18n.PseudoLang:
		return []language{{code: code, tr: i18n.Pseudo{}}}, nil
	case file == "":
		return nil, noCatalog(code, locales)
	}
	c, err := loadCatalog(file)
	if err != nil {
		return nil, err
	}
	return []language{{code: c.Lang, tr: c}}, nil
}

// findCatalog resolves a language tag: checked by i18n.ParseLang (no path
// is ever built from a tag that is not), then matched by i18n.MatchLang
// to one of builtin or of the catalogs of locales. code is the language
// matched, or the checked tag; file is its catalog, "" if it has none.
func findCatalog(tag, locales string, builtin ...string) (code, file string, err error) {
	code, err = i18n.ParseLang(tag)
	if err != nil {
		return "", "", fmt.Errorf("--lang %w", err)
	}
	files, err := catalogFiles(locales)
	if err != nil {
		return "", "", err
	}
	have := append(builtin, slices.Sorted(maps.Keys(files))...)
	if l, ok := i18n.MatchLang(code, have); ok {
		return l, files[l], nil
	}
	return code, "", nil
}

// catalogFiles maps the language of each catalog in dir to its file; a
// missing folder has none. A file not named for a language is left to
// loadCatalogs to report.
func catalogFiles(dir string) (map[string]string, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.toml"))
	if err != nil {
		return nil, err
	}
	out := map[string]string{}
	for _, f := range files {
		if lang, err := i18n.ParseLang(i18n.LangOf(f)); err == nil {
			out[lang] = f
		}
	}
	return out, nil
}

// noCatalog is the error for a language with no catalog: it lists the
// languages there are.
func noCatalog(code, locales string) error {
	have := []string{sourceLang, i18n.PseudoLang, "all"}
	if files, err := catalogFiles(locales); err == nil {
		have = append(have, slices.Sorted(maps.Keys(files))...)
	}
	return fmt.Errorf("no catalog for language %q in %s; languages: %s (sketchdeck i18n extract --lang %s starts one)",
		code, locales, strings.Join(have, ", "), code)
}

// loadCatalog reads and decodes one catalog.
func loadCatalog(file string) (*i18n.Catalog, error) {
	data, err := input.ReadFile(file, i18n.MaxCatalog)
	if err != nil {
		return nil, err
	}
	return i18n.Decode(filepath.ToSlash(file), data)
}

// loadCatalogs reads every catalog of a folder, sorted by language; a
// missing folder has none.
func loadCatalogs(dir string) ([]*i18n.Catalog, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.toml"))
	if err != nil {
		return nil, err
	}
	slices.Sort(files)
	var out []*i18n.Catalog
	var errs []string
	for _, f := range files {
		c, err := loadCatalog(f)
		if err != nil {
			errs = append(errs, err.Error())
			continue
		}
		out = append(out, c)
	}
	if len(errs) > 0 {
		return nil, fmt.Errorf("%s", strings.Join(errs, "\n"))
	}
	return out, nil
}

// outDir is where a language's SVGs go: {lang} in out is replaced by the
// code; otherwise out itself for one language, out/CODE for several.
func outDir(out, code string, several bool) string {
	if strings.Contains(out, "{lang}") {
		return strings.ReplaceAll(out, "{lang}", code)
	}
	if several {
		return filepath.Join(out, code)
	}
	return out
}

// buildLangs builds every source in every language of --lang, each into
// its own folder; the exit status is the worst of them.
func buildLangs(ctx context.Context, b *build.Builder, srcs []build.Source, f buildFlags, stdout, stderr io.Writer) int {
	if f.i18n.name != "" {
		fmt.Fprintln(stderr, "sketchdeck: --name names the diagram read from standard input ('-'); a file's name is its own")
		return exitUsage
	}
	langs, err := languages(f.i18n.lang, f.i18n.locales)
	if err == nil {
		err = outputClash(b, srcs)
	}
	if err != nil {
		fmt.Fprintln(stderr, "sketchdeck:", err)
		return exitBad
	}
	folders := make([]*outFolder, len(langs))
	for k, l := range langs {
		translated := make([]build.Source, len(srcs))
		for i, src := range srcs {
			src.Translator = l.tr
			translated[i] = src
		}
		folders[k] = &outFolder{out: outDir(f.out, l.code, len(langs) > 1), srcs: translated}
		if err := folderOrNone(folders[k].out); err != nil {
			fmt.Fprintln(stderr, "sketchdeck:", err)
			return exitBad
		}
	}
	return buildFiles(ctx, b, folders, f, stdout, stderr)
}
