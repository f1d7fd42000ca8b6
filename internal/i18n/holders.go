package i18n

import (
	"reflect"
	"strings"
	"sync"

	"github.com/sketchdeck/sketchdeck/internal/spec"
)

// textHolders tells, for each type a spec.Diagram reaches, whether a value
// of it can hold a text tagged i18n:"text", so that walk skips what cannot
// (styles, positions, lists of numbers) without asking reflect for every
// field or naming every element. Made once from the types and only read.
var textHolders = sync.OnceValue(func() map[reflect.Type]bool {
	return holdersFrom(reflect.TypeFor[spec.Diagram]())
})

// holdsText reports whether a value of type t can hold a translatable
// text: true for a type outside the format's, which walk then visits.
func holdsText(t reflect.Type) bool {
	h, ok := textHolders()[t]
	return h || !ok
}

// holdersFrom works out holdsText for every type root reaches: a type
// holds a text when it is tagged so, or when a field, element or target
// walk follows holds one, until nothing changes (types may reach
// themselves).
func holdersFrom(root reflect.Type) map[reflect.Type]bool {
	next := map[reflect.Type][]reflect.Type{} // what walk follows from each type
	holds := map[reflect.Type]bool{}
	var add func(t reflect.Type)
	add = func(t reflect.Type) {
		if _, ok := next[t]; ok {
			return
		}
		next[t] = nil
		switch t.Kind() {
		case reflect.Pointer, reflect.Slice, reflect.Array:
			next[t] = []reflect.Type{t.Elem()}
		case reflect.Interface:
			holds[t] = true
		case reflect.Struct:
			for i := range t.NumField() {
				f := t.Field(i)
				name, _, _ := strings.Cut(f.Tag.Get("toml"), ",")
				switch {
				case !f.IsExported():
					continue
				case f.Anonymous:
				case name == "" || name == "-":
					continue
				case f.Tag.Get("i18n") == "text":
					holds[t] = true
					continue
				}
				next[t] = append(next[t], f.Type)
			}
		}
		for _, u := range next[t] {
			add(u)
		}
	}
	add(root)
	for changed := true; changed; {
		changed = false
		for t, us := range next {
			for _, u := range us {
				if holds[u] && !holds[t] {
					holds[t], changed = true, true
				}
			}
		}
	}
	out := make(map[reflect.Type]bool, len(next))
	for t := range next {
		out[t] = holds[t]
	}
	return out
}
