package spec

import (
	"reflect"
	"strconv"
	"strings"
)

// checkable is a value (an enumeration or a colour) that was kept as
// written while decoding and is checked afterwards, so that every bad
// value of a file is reported at once and at its own position.
type checkable interface{ check() error }

// checkValues walks v and reports every checkable value that is invalid,
// with its key path, whatever diagram kind declares it.
func (c checker) checkValues(v reflect.Value, path string) {
	if v.Kind() == reflect.Pointer {
		if v.IsNil() {
			return
		}
		v = v.Elem()
	}
	if v.CanInterface() {
		if ch, ok := v.Interface().(checkable); ok {
			if err := ch.check(); err != nil {
				c.errorf(path, "%s", err)
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
				c.checkValues(v.Field(i), path)
			case name != "" && name != "-":
				c.checkValues(v.Field(i), join(path, name))
			}
		}
	case reflect.Slice:
		for i := range v.Len() {
			c.checkValues(v.Index(i), path+"["+strconv.Itoa(i)+"]")
		}
	}
}
