package main

import (
	"github.com/sketchdeck/sketchdeck/internal/build"
	"github.com/sketchdeck/sketchdeck/internal/i18n"
)

// lintGroup is the diagrams of the paths that share one catalog folder,
// and the languages lint lays them out in.
type lintGroup struct {
	locales string
	paths   []string
	srcs    []build.Source
	langs   []language
}

// lintGroups splits paths by their catalog folder (--locales for all of
// them when given, else each folder's own locales/, a file's folder's
// locales/ for a file; standard input goes with the first) and resolves
// --lang in each: "all" is each folder's own catalogs, and a language
// named must have a catalog in every folder (the error names the one
// without).
func lintGroups(f langFlags, paths []string) ([]lintGroup, error) {
	var groups []lintGroup
	index := map[string]int{}
	for _, p := range paths {
		loc := localesOf(f.locales, paths)
		if f.locales == "" && p != "-" {
			loc = localesOf("", []string{p})
		}
		i, ok := index[loc]
		if !ok {
			i = len(groups)
			index[loc] = i
			groups = append(groups, lintGroup{locales: loc})
		}
		groups[i].paths = append(groups[i].paths, p)
	}
	for i := range groups {
		g := &groups[i]
		srcs, err := readSources(g.paths, namesMayRepeat)
		if err != nil {
			return nil, err
		}
		langs, err := languages(f.lang, g.locales)
		if err != nil {
			return nil, err
		}
		if f.lang == "all" {
			langs = append(langs, language{code: i18n.PseudoLang, tr: i18n.Pseudo{}})
		}
		g.srcs, g.langs = srcs, langs
	}
	return groups, nil
}
