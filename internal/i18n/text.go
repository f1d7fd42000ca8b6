package i18n

import (
	"reflect"
	"slices"
	"strconv"
	"strings"

	"github.com/sketchdeck/sketchdeck/internal/spec"
)

// Text is one translatable string of a diagram.
type Text struct {
	// Key names the text within its diagram: "title", "nodes.origin.label".
	Key string
	// Source is the text as the diagram file writes it (English).
	Source string
	// Path is the spec key path ("nodes[3].label"), to find its position.
	Path string
	// Pos is where the text is written in the diagram file, when known.
	Pos spec.Pos
	// Room says how much room the text has where it is drawn, for a
	// translator ("about 14 characters a line"), when known.
	Room string
}

// Translator gives the translation of one text, or false to keep the source.
type Translator interface {
	Translate(diagram, key, source string) (string, bool)
	// Identity is everything the translations of one diagram depend on,
	// for incremental builds: when it changes, the diagram is rebuilt.
	Identity(diagram string) string
}

// maxDepth bounds the walk; TOML values cannot nest deeper than this in a
// diagram a person writes, and the bound keeps recursive types safe.
const maxDepth = 32

// Texts lists every non-empty translatable text of d, in the order the
// struct tree declares them: the title first, then each kind's elements.
func Texts(d *spec.Diagram) []Text {
	var out []Text
	walk(reflect.ValueOf(d).Elem(), "", "", 0, func(key, path string, v reflect.Value) {
		if s := v.String(); s != "" {
			out = append(out, Text{Key: key, Source: s, Path: path, Pos: d.At(path)})
		}
	})
	return out
}

// Apply replaces every translatable text of d that tr translates. The
// diagram's ids, and so its item ids and wobble, are left untouched.
func Apply(d *spec.Diagram, tr Translator) {
	walk(reflect.ValueOf(d).Elem(), "", "", 0, func(key, _ string, v reflect.Value) {
		if s := v.String(); s != "" && v.CanSet() {
			if t, ok := tr.Translate(d.Name, key, s); ok {
				v.SetString(t)
			}
		}
	})
}

// walk calls visit for every string tagged i18n:"text" under v, with its
// catalog key and its spec key path.
func walk(v reflect.Value, key, path string, depth int, visit func(key, path string, v reflect.Value)) {
	if depth > maxDepth {
		return
	}
	for v.Kind() == reflect.Pointer || v.Kind() == reflect.Interface {
		if v.IsNil() {
			return
		}
		v = v.Elem()
	}
	if !spec.HoldsText(v.Type()) {
		return
	}
	switch v.Kind() {
	case reflect.Struct:
		walkStruct(v, key, path, depth, visit)
	case reflect.Slice, reflect.Array:
		segs := elemKeys(v)
		for i := range v.Len() {
			walk(v.Index(i), dot(key, segs[i]), path+"["+strconv.Itoa(i)+"]", depth+1, visit)
		}
	}
}

func walkStruct(v reflect.Value, key, path string, depth int, visit func(key, path string, v reflect.Value)) {
	t := v.Type()
	for i := range t.NumField() {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		if !spec.HoldsText(f.Type) && f.Tag.Get("i18n") != "text" {
			continue
		}
		if f.Anonymous {
			walk(v.Field(i), key, path, depth+1, visit)
			continue
		}
		name, _, _ := strings.Cut(f.Tag.Get("toml"), ",")
		if name == "" || name == "-" {
			continue
		}
		fv := v.Field(i)
		if f.Tag.Get("i18n") == "text" {
			visitStrings(fv, dot(key, name), dot(path, name), visit)
			continue
		}
		walk(fv, dot(key, name), dot(path, name), depth+1, visit)
	}
}

// visitStrings visits a tagged field: a string, or a list keyed by index
// (their order is their meaning, as lines of a cell are) of strings or of
// lines (spec.Line), whose own tagged text keeps the line's key.
func visitStrings(v reflect.Value, key, path string, visit func(key, path string, v reflect.Value)) {
	switch v.Kind() {
	case reflect.String:
		visit(key, path, v)
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			k, p, e := key+"."+strconv.Itoa(i), path+"["+strconv.Itoa(i)+"]", v.Index(i)
			switch e.Kind() {
			case reflect.String:
				visit(k, p, e)
			case reflect.Struct:
				if f, name, ok := textField(e); ok {
					visit(k, dot(p, name), f)
				}
			}
		}
	}
}

// textField is the one field of struct v tagged i18n:"text" (a line's
// text), with its toml name.
func textField(v reflect.Value) (reflect.Value, string, bool) {
	t := v.Type()
	for i := range t.NumField() {
		f := t.Field(i)
		if f.IsExported() && f.Tag.Get("i18n") == "text" && f.Type.Kind() == reflect.String {
			name, _, _ := strings.Cut(f.Tag.Get("toml"), ",")
			return v.Field(i), name, true
		}
	}
	return reflect.Value{}, "", false
}

// elemKeys names the elements of a list: by id when they have one, by
// "from->to" for edges (with #2, #3 for parallel ones), else by index.
// Duplicated names get #n too, so every key is unique.
func elemKeys(v reflect.Value) []string {
	keys := make([]string, v.Len())
	seen := map[string]int{}
	for i := range v.Len() {
		k := elemName(v.Index(i))
		if k == "" {
			keys[i] = strconv.Itoa(i)
			continue
		}
		seen[k]++
		if n := seen[k]; n > 1 {
			k += "#" + strconv.Itoa(n)
		}
		keys[i] = k
	}
	// A generated "x#2" may clash with a written id "x#2": fall back to
	// indices for the whole list rather than give two texts one key.
	if dup := slices.Compact(slices.Sorted(slices.Values(keys))); len(dup) != len(keys) {
		for i := range keys {
			keys[i] = strconv.Itoa(i)
		}
	}
	return keys
}

// elemName is a struct element's id, or "from->to", or "".
func elemName(v reflect.Value) string {
	for v.Kind() == reflect.Pointer {
		if v.IsNil() {
			return ""
		}
		v = v.Elem()
	}
	if v.Kind() != reflect.Struct {
		return ""
	}
	if id := stringField(v, "id"); id != "" {
		return id
	}
	from, to := stringField(v, "from"), stringField(v, "to")
	if from != "" || to != "" {
		return from + "->" + to
	}
	return ""
}

// stringField is the string field of v whose toml name (or, untagged, Go
// name) is name, looking into embedded structs.
func stringField(v reflect.Value, name string) string {
	t := v.Type()
	for i := range t.NumField() {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		if f.Anonymous && f.Type.Kind() == reflect.Struct {
			if s := stringField(v.Field(i), name); s != "" {
				return s
			}
			continue
		}
		tag, _, _ := strings.Cut(f.Tag.Get("toml"), ",")
		if (tag == name || tag == "" && strings.EqualFold(f.Name, name)) && f.Type.Kind() == reflect.String {
			return v.Field(i).String()
		}
	}
	return ""
}

func dot(a, b string) string {
	if a == "" {
		return b
	}
	return a + "." + b
}
