package spec

import (
	"reflect"
	"strconv"
	"strings"
)

// checkable is a value (a colour) that was kept as written while decoding
// and is checked afterwards, so that every bad value of a file is reported
// at once and at its own position. Enumerations are checked the same way,
// by their Enum.
type checkable interface{ check() error }

// checkValues walks v and reports every enumeration or checkable value that
// is invalid, with its key path, whatever diagram kind declares it.
func (c checker) checkValues(v reflect.Value, path string) {
	valueWalker{c, enumTable()}.walk(v, path)
}

type valueWalker struct {
	c     checker
	enums map[reflect.Type]Enum[string]
}

func (w valueWalker) walk(v reflect.Value, path string) {
	eachValue(v, path, w.visit)
}

// visit checks one value; true when it was a value to check, whose parts
// need no walk.
func (w valueWalker) visit(v reflect.Value, path string) bool {
	c := w.c
	if e, ok := w.enums[v.Type()]; ok {
		if _, err := e.Parse(v.String()); err != nil {
			c.errorf(path, "%s", err)
		}
		return true
	}
	if v.CanInterface() {
		if t, ok := v.Interface().(troubled); ok {
			for _, p := range t.problems() {
				at := lastKey(path)
				if p.key != "" {
					at += "." + p.key
				}
				c.errorf(path, "%s: %s", at, p.msg)
			}
		}
		if ch, ok := v.Interface().(checkable); ok {
			if err := ch.check(); err != nil {
				c.errorf(path, "%s", err)
			} else if col, ok := ch.(Color); ok {
				c.paletteName(path, col)
			} else if img, ok := ch.(Image); ok {
				c.pictureFile(path, img)
			}
			return true
		}
	}
	return false
}

// eachValue calls visit on v (a nil pointer aside, followed) and, unless
// it returns true, on every field of a struct (by its TOML key: path
// "nodes[2].fill") and element of a slice, depth first in written order.
func eachValue(v reflect.Value, path string, visit func(v reflect.Value, path string) bool) {
	if v.Kind() == reflect.Pointer {
		if v.IsNil() {
			return
		}
		v = v.Elem()
	}
	if visit(v, path) {
		return
	}
	switch v.Kind() {
	case reflect.Struct:
		t := v.Type()
		for i := range t.NumField() {
			f := t.Field(i)
			if !f.IsExported() {
				continue
			}
			name, _, _ := strings.Cut(f.Tag.Get("toml"), ",")
			switch {
			case f.Anonymous:
				eachValue(v.Field(i), path, visit)
			case name != "" && name != "-":
				eachValue(v.Field(i), join(path, name), visit)
			}
		}
	case reflect.Slice:
		for i := range v.Len() {
			eachValue(v.Index(i), path+"["+strconv.Itoa(i)+"]", visit)
		}
	}
}
