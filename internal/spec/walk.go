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
	valueWalker{c, enumsByType()}.walk(v, path)
}

type valueWalker struct {
	c     checker
	enums map[reflect.Type]Enum[string]
}

func (w valueWalker) walk(v reflect.Value, path string) {
	c := w.c
	if v.Kind() == reflect.Pointer {
		if v.IsNil() {
			return
		}
		v = v.Elem()
	}
	if e, ok := w.enums[v.Type()]; ok {
		if _, err := e.Parse(v.String()); err != nil {
			c.errorf(path, "%s", err)
		}
		return
	}
	if v.CanInterface() {
		if ch, ok := v.Interface().(checkable); ok {
			if err := ch.check(); err != nil {
				c.errorf(path, "%s", err)
			} else if col, ok := ch.(Color); ok {
				c.paletteName(path, col)
			}
			return
		}
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
				w.walk(v.Field(i), path)
			case name != "" && name != "-":
				w.walk(v.Field(i), join(path, name))
			}
		}
	case reflect.Slice:
		for i := range v.Len() {
			w.walk(v.Index(i), path+"["+strconv.Itoa(i)+"]")
		}
	}
}
