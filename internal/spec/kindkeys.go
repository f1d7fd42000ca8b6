package spec

import (
	"reflect"
	"slices"
	"strings"

	"github.com/BurntSushi/toml"
)

// commonKeys are the top-level keys every kind reads.
func commonKeys() []string {
	return []string{"animate", "description", "hide_title", "kind", "lint", "parts", "seed", "steps", "title", "title_size", "version"}
}

// kindKeys lists the top-level keys a kind reads besides commonKeys, and
// which keys of [layout] it reads (nil: all). A key written for another
// kind would be silently ignored, so it is an error.
func kindKeys(k Kind) (keys, layout []string) {
	switch k {
	case KindGraph:
		return []string{"defaults", "edges", "groups", "lanes", "layout", "marks", "nodes"}, nil
	case KindPanels:
		return []string{"defaults", "layout", "marks", "panels", "split"}, []string{"margin"}
	case KindTable:
		return []string{"table"}, nil
	case KindMindmap:
		return []string{"mindmap"}, nil
	case KindDrawing:
		return []string{"defaults", "elements", "layout"}, []string{"margin"}
	}
	return nil, nil
}

// kindHints say where a key misplaced in a kind belongs.
func kindHint(k Kind, key string) string {
	if k == KindPanels && (key == "nodes" || key == "edges") {
		return "a panels diagram keeps its " + key + " in its panels: write [[panels." + key + "]] under a [[panels]] table, not [[" + key + "]]"
	}
	return ""
}

// checkKindKeys reports every top-level key (and [layout] key) the
// diagram's kind does not read, at its first occurrence.
func checkKindKeys(d *Diagram, md toml.MetaData, pos positions, errs *ErrorList) {
	if _, err := Kinds().Parse(string(d.Kind)); err != nil {
		return // reported as an unknown kind
	}
	own, layout := kindKeys(d.Kind)
	allowed := append(commonKeys(), own...)
	slices.Sort(allowed)
	known := validKeys(reflect.TypeFor[Diagram](), nil)
	seen := map[string]bool{}
	for _, k := range md.Keys() {
		if len(k) > 2 || len(k) == 2 && k[0] != "layout" {
			continue // neither a top-level key nor one of [layout]
		}
		key := k.String()
		if seen[key] || !slices.Contains(known, k[0]) { // unknown keys are reported as such
			continue
		}
		seen[key] = true
		switch {
		case len(k) == 1 && !slices.Contains(allowed, k[0]):
			msg := kindHint(d.Kind, k[0])
			if msg == "" {
				msg = "kind \"" + string(d.Kind) + "\" has no key \"" + k[0] + "\"; its keys are " + strings.Join(allowed, ", ")
			}
			errs.Add(d.File, pos.first(k), "", "%s", msg)
		case len(k) == 2 && k[0] == "layout" && layout != nil && !slices.Contains(layout, k[1]):
			errs.Add(d.File, pos.first(k), "", "kind %q reads only %s in [layout], not %q", d.Kind, strings.Join(layout, ", "), k[1])
		}
	}
}
