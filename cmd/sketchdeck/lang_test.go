package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// langDir is a deck of one diagram, cache, with a French catalog.
func langDir(t *testing.T) (dir, locales string) {
	t.Helper()
	dir = t.TempDir()
	write(t, filepath.Join(dir, "diagrams", "cache.toml"), "title = \"Caching\"\n[[nodes]]\nid = \"a\"\n")
	locales = filepath.Join(dir, "diagrams", "locales")
	write(t, filepath.Join(locales, "fr.toml"), "[cache]\ntitle = { source = \"Caching\", text = \"Mise en cache\" }\n")
	return dir, locales
}

// TestBuildStdinLang: standard input is built in --lang's language (it
// was always English), and an unknown language is an error naming the
// languages there are (it exited 0).
func TestBuildStdinLang(t *testing.T) {
	dir, locales := langDir(t)
	src := read(t, filepath.Join(dir, "diagrams", "cache.toml"))
	const notTag = ` is not a language tag: write a BCP 47 tag or a locale name, as in fr, pt-BR or fr_FR.UTF-8 (letters, digits, - and _)`
	cases := []struct {
		args  []string
		code  int
		title string // in the SVG
		err   string // the whole of stderr; L is the locales folder
	}{
		{[]string{"--lang", "fr", "--name", "cache"}, exitOK, "Mise en cache", ""},
		{[]string{"--lang", "fr_FR.UTF-8", "--name", "cache"}, exitOK, "Mise en cache", ""},
		{[]string{"--lang", "fr-FR", "--name", "cache"}, exitOK, "Mise en cache", ""},
		{[]string{"--lang", "en"}, exitOK, "Caching", ""},
		{[]string{"--lang", "en_US"}, exitOK, "Caching", ""},
		{[]string{"--lang", "en-XA"}, exitOK, "[Çáçhîñg one]", ""},
		{[]string{"--lang", "zz"}, exitBad, "", `sketchdeck: no catalog for language "zz" in L; languages: en, en-XA, all, fr (sketchdeck i18n extract --lang zz starts one)`},
		{[]string{"--lang", "../../x"}, exitBad, "", `sketchdeck: --lang "../../x"` + notTag},
		{[]string{"--lang", "all"}, exitBad, "", `sketchdeck: '-' (standard input) is built in one language: --lang all is for files`},
		{[]string{"--lang", "fr"}, exitBad, "", `sketchdeck: standard input has no file name to find its translations in L/fr.toml by: give the diagram's name with --name NAME`},
		{[]string{"--lang", "fr", "--name", "cach"}, exitBad, "", `sketchdeck: L/fr.toml has no translations for a diagram "cach" (did you mean "cache"?)`},
	}
	for _, c := range cases {
		t.Run(strings.Join(c.args, " "), func(t *testing.T) {
			args := append(append([]string{"build", "--locales", locales}, c.args...), "-")
			code, out, errs := runCLI(t, src, args...)
			errs = strings.TrimSuffix(strings.ReplaceAll(errs, filepath.ToSlash(locales), "L"), "\n")
			if code != c.code || errs != c.err {
				t.Errorf("exit %d, stderr\n%s\nwant exit %d, stderr\n%s", code, errs, c.code, c.err)
			}
			if c.title != "" && !strings.Contains(out, c.title) {
				t.Errorf("the SVG does not say %q", c.title)
			}
		})
	}
}

// TestBuildStdinName: standard input built with --name NAME is the SVG
// a file NAME.toml builds, its ids prefixed sd-NAME (--name once chose
// only the catalog's table, and the ids were sd--), in English and in a
// translation.
func TestBuildStdinName(t *testing.T) {
	dir, locales := langDir(t)
	file := filepath.Join(dir, "diagrams", "cache.toml")
	src := read(t, file)
	for _, lang := range []string{"en", "fr"} {
		t.Run(lang, func(t *testing.T) {
			out := filepath.Join(dir, "out", lang)
			if code, _, errs := runCLI(t, "", "build", "--quiet", "--lang", lang, "--locales", locales, "--out", out, file); code != exitOK {
				t.Fatalf("build %s: exit %d, stderr %q", file, code, errs)
			}
			want := read(t, filepath.Join(out, "cache.svg")) + "\n" // read trims it
			code, got, errs := runCLI(t, src, "build", "--lang", lang, "--locales", locales, "--name", "cache", "-")
			if code != exitOK {
				t.Fatalf("build --name cache -: exit %d, stderr %q", code, errs)
			}
			if !strings.Contains(got, `id="sd-cache-`) {
				t.Errorf("build --name cache -: no id starts sd-cache-")
			}
			if got != want {
				i := 0
				for i < min(len(got), len(want)) && got[i] == want[i] {
					i++
				}
				t.Errorf("build --name cache - differs from building cache.toml at byte %d: %.80q, not %.80q", i, got[i:], want[i:])
			}
		})
	}
	_, got, _ := runCLI(t, src, "build", "-")
	if !strings.Contains(got, `id="sd--`) || strings.Contains(got, "sd-cache") {
		t.Errorf("build - without --name: want ids starting sd--, as before")
	}
}

// TestLangPaths: no language tag reaches a path unchecked. --lang
// ../../x once wrote SVGs outside out/, and a PO file's Language header
// "settings-/../../../../victim/settings" made import rewrite
// ../victim/settings.toml.
func TestLangPaths(t *testing.T) {
	dir, locales := langDir(t)
	victim := filepath.Join(dir, "victim", "settings.toml")
	write(t, victim, "precious = true\n")
	const notTag = ` is not a language tag: write a BCP 47 tag or a locale name, as in fr, pt-BR or fr_FR.UTF-8 (letters, digits, - and _)`
	trav := filepath.Join(dir, "trav.po")
	write(t, trav, "msgid \"\"\nmsgstr \"\"\n\"Language: settings-/../../../victim/settings\\n\"\n")
	fr := filepath.Join(dir, "fr.po")
	write(t, fr, "msgid \"\"\nmsgstr \"\"\n\"Language: fr_FR.UTF-8\\n\"\n\nmsgctxt \"cache/title\"\nmsgid \"Caching\"\nmsgstr \"Cache\"\n")
	cases := []struct {
		args []string
		code int
		err  string // the whole of stderr; D is the test's folder
	}{
		{[]string{"build", "--lang", "../../x", "--locales", "D/diagrams/locales", "--out", "D/out/{lang}", "D/diagrams"}, exitBad, `sketchdeck: --lang "../../x"` + notTag},
		{[]string{"build", "--lang", "zz", "--locales", "D/diagrams/locales", "--out", "D/out/{lang}", "D/diagrams"}, exitBad, `sketchdeck: no catalog for language "zz" in D/diagrams/locales; languages: en, en-XA, all, fr (sketchdeck i18n extract --lang zz starts one)`},
		{[]string{"i18n", "extract", "--lang", "../victim/settings", "--locales", "D/diagrams/locales", "D/diagrams"}, exitBad, `sketchdeck: --lang "../victim/settings"` + notTag},
		{[]string{"i18n", "export", "--lang", "fr/../../victim/settings", "--locales", "D/diagrams/locales", "D/diagrams"}, exitBad, `sketchdeck: --lang "fr/../../victim/settings"` + notTag},
		{[]string{"i18n", "import", "--locales", "D/diagrams/locales", "D/trav.po", "D/diagrams"}, exitBad, `D/trav.po:1:1: Language: "settings-/../../../victim/settings"` + notTag},
		{[]string{"i18n", "import", "--lang", "../victim/settings", "--locales", "D/diagrams/locales", "D/fr.po", "D/diagrams"}, exitBad, `sketchdeck: --lang "../victim/settings"` + notTag},
		// A PO file for fr_FR goes to fr.toml when there is only fr.
		{[]string{"i18n", "import", "--locales", "D/diagrams/locales", "D/fr.po", "D/diagrams"}, exitOK, ""},
	}
	for _, c := range cases {
		args := make([]string, len(c.args))
		for i, a := range c.args {
			args[i] = strings.ReplaceAll(a, "D/", dir+"/")
		}
		code, _, errs := runCLI(t, "", args...)
		errs = strings.TrimSuffix(strings.ReplaceAll(errs, filepath.ToSlash(dir)+"/", "D/"), "\n")
		if code != c.code || errs != c.err {
			t.Errorf("%s: exit %d, stderr\n%s\nwant exit %d, stderr\n%s", strings.Join(c.args, " "), code, errs, c.code, c.err)
		}
	}
	if got := read(t, victim); got != "precious = true" {
		t.Errorf("the file outside the locales folder was rewritten:\n%s", got)
	}
	if !strings.Contains(read(t, filepath.Join(locales, "fr.toml")), `text = "Cache"`) {
		t.Error("the fr_FR PO file did not reach fr.toml")
	}
	var outside []string
	filepath.Walk(dir, func(p string, info os.FileInfo, err error) error { //nolint:errcheck // a listing for the message
		if err == nil && strings.HasSuffix(p, ".svg") {
			outside = append(outside, p)
		}
		return nil
	})
	if len(outside) > 0 {
		t.Errorf("SVGs written: %v", outside)
	}
}

// TestLangAllElsewhere: --lang all with a diagram folder that is not
// ./diagrams finds the catalogs in that folder's locales/ (it built English
// only, silently), for build and lint, run from another working directory.
func TestLangAllElsewhere(t *testing.T) {
	dir, _ := langDir(t)
	t.Chdir(t.TempDir())
	out := filepath.Join(dir, "out", "{lang}")
	code, stdout, errs := runCLI(t, "", "build", "--lang", "all", "--out", out, filepath.Join(dir, "diagrams"))
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	svg := read(t, filepath.Join(dir, "out", "fr", "cache.svg"))
	if !strings.Contains(svg, "Mise en cache") || !strings.Contains(stdout, filepath.Join(dir, "out", "fr")) {
		t.Errorf("no French build: %s", stdout)
	}
	// A diagram file names its folder too.
	code, stdout, errs = runCLI(t, "", "build", "--lang", "fr", "--out", out, filepath.Join(dir, "diagrams", "cache.toml"))
	if code != exitOK || !strings.Contains(stdout, "up to date") {
		t.Errorf("--lang fr with a file: exit %d: %s%s", code, stdout, errs)
	}
	if code, stdout, errs := runCLI(t, "", "lint", "--lang", "all", filepath.Join(dir, "diagrams")); code != exitOK || !strings.Contains(stdout, "× 3 languages") {
		t.Errorf("lint --lang all: exit %d: %s%s", code, stdout, errs)
	}
}
