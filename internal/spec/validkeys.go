package spec

import (
	"reflect"
	"slices"
	"strings"
	"sync"
)

// validKeys lists the TOML keys of the struct reached from t along path,
// sorted. The slice is shared: callers must not change it.
func validKeys(t reflect.Type, path []string) []string {
	t = elemStruct(fieldAt(t, path))
	if t == nil {
		return nil
	}
	return keysOf(t).keys
}

// fieldAt is the type of the field reached from t along path (t itself
// for an empty path), or nil when path leaves the format's structs.
func fieldAt(t reflect.Type, path []string) reflect.Type {
	for _, seg := range path {
		t = elemStruct(t)
		if t == nil {
			return nil
		}
		f, ok := keysOf(t).fields[seg]
		if !ok {
			return nil
		}
		t = f
	}
	return t
}

func elemStruct(t reflect.Type) reflect.Type {
	if t == nil {
		return nil
	}
	for t.Kind() == reflect.Slice || t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if t.Kind() != reflect.Struct {
		return nil
	}
	return t
}

// structKeys holds, per struct type of a format (*structKeysOf by
// reflect.Type), what its struct tags say: every decode asks validKeys
// about the same few tables (for keys written in the wrong case, for
// unknown keys, for keys another kind reads), and reading the tags again
// each time was an eighth of the CPU time of decoding the deck's
// diagrams. It only remembers a function of the types, the same for every
// caller; it is safe for concurrent use.
var structKeys sync.Map

// structKeysOf is a struct type's TOML keys, sorted, and the type of the
// field under each key (the first field with that tag, an embedded
// struct's fields in its place, as the fields are read in order).
type structKeysOf struct {
	keys   []string
	fields map[string]reflect.Type
}

// keysOf is t's keys, read from its tags once.
func keysOf(t reflect.Type) *structKeysOf {
	if k, ok := structKeys.Load(t); ok {
		return k.(*structKeysOf)
	}
	k := &structKeysOf{fields: map[string]reflect.Type{}}
	k.add(t)
	slices.Sort(k.keys)
	v, _ := structKeys.LoadOrStore(t, k)
	return v.(*structKeysOf)
}

// add reads the fields of struct t, and of the structs it embeds, in order.
func (k *structKeysOf) add(t reflect.Type) {
	for i := range t.NumField() {
		f := t.Field(i)
		if f.Anonymous {
			k.add(f.Type)
			continue
		}
		tag, _, _ := strings.Cut(f.Tag.Get("toml"), ",")
		if _, ok := k.fields[tag]; !ok {
			k.fields[tag] = f.Type
		}
		if tag != "" && tag != "-" {
			k.keys = append(k.keys, tag)
		}
	}
}
