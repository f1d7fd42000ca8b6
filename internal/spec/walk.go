package spec

import (
	"reflect"
	"strconv"
)

// checkable is a value (a colour) that was kept as written while decoding
// and is checked afterwards, so that every bad value of a file is reported
// at once and at its own position. Enumerations are checked the same way,
// by their Enum.
type checkable interface{ check() error }

// checkValues walks v and reports every enumeration or checkable value that
// is invalid, with its key path, whatever diagram kind declares it. It
// visits only the values whose type can hold one (typePlan), and spells a
// key path only for a problem.
func (c checker) checkValues(v reflect.Value, path string) {
	c.walkChecks(v, planOf(v.Type()), newKeyPath(path))
}

func (c checker) walkChecks(v reflect.Value, p *typePlan, path *keyPath) {
	if v.Kind() == reflect.Pointer {
		if v.IsNil() {
			return
		}
		v, p = v.Elem(), p.elem
	}
	if !p.checks || c.visit(v, p, path) {
		return
	}
	switch p.kind {
	case reflect.Struct:
		for _, f := range p.fields {
			if f.plan.checks {
				mark := path.child(f.key)
				c.walkChecks(v.Field(f.index), f.plan, path)
				path.up(mark)
			}
		}
	case reflect.Slice:
		if p.elem.checks {
			for i := range v.Len() {
				mark := path.elem(i)
				c.walkChecks(v.Index(i), p.elem, path)
				path.up(mark)
			}
		}
	}
}

// visit checks one value of plan p; true when it was a value to check,
// whose parts need no walk.
func (c checker) visit(v reflect.Value, p *typePlan, path *keyPath) bool {
	if p.isEnum {
		if _, err := p.enum.Parse(v.String()); err != nil {
			c.errorf(path.String(), "%s", err)
		}
		return true
	}
	if !v.CanInterface() {
		return false
	}
	if p.troubled {
		if ps := methods(v).(troubled).problems(); len(ps) > 0 {
			at := path.String()
			for _, t := range ps {
				k := lastKey(at)
				if t.key != "" {
					k += "." + t.key
				}
				c.errorf(at, "%s: %s", k, t.msg)
			}
		}
	}
	if !p.checkable {
		return false
	}
	switch p.t {
	case colorType:
		col := Color(v.String())
		if err := col.check(); err != nil {
			c.errorf(path.String(), "%s", err)
		} else if err := c.paletteError(col); err != nil {
			c.errorf(path.String(), "%s", err)
		}
	case imageType:
		img := Image(v.String())
		if err := img.check(); err != nil {
			c.errorf(path.String(), "%s", err)
		} else if c.picture != nil && img != "" {
			c.pictureFile(path.String(), img)
		}
	default:
		if err := methods(v).(checkable).check(); err != nil {
			c.errorf(path.String(), "%s", err)
		}
	}
	return true
}

// methods is v as an interface value whose methods are v's type's: a
// pointer to v when v is addressable (no copy of a struct to make), v
// itself otherwise.
func methods(v reflect.Value) any {
	if v.CanAddr() {
		return v.Addr().Interface()
	}
	return v.Interface()
}

// keyPath is the key path of the value a walk is at ("nodes[2].fill"),
// spelled in one buffer as the walk goes down and up, and made a string
// only when a message needs it: most values walked have nothing to say.
type keyPath struct{ b []byte }

func newKeyPath(root string) *keyPath {
	return &keyPath{b: append(make([]byte, 0, 64), root...)}
}

// child goes down to key, or stays for "" (an embedded struct, whose keys
// are its holder's); elem goes down to element i. Each returns the mark
// that up takes to come back.
func (k *keyPath) child(key string) int {
	n := len(k.b)
	if key != "" {
		if n > 0 {
			k.b = append(k.b, '.')
		}
		k.b = append(k.b, key...)
	}
	return n
}

func (k *keyPath) elem(i int) int {
	n := len(k.b)
	k.b = append(k.b, '[')
	k.b = strconv.AppendInt(k.b, int64(i), 10)
	k.b = append(k.b, ']')
	return n
}

func (k *keyPath) up(mark int) { k.b = k.b[:mark] }

// String spells the path as the format writes it.
func (k *keyPath) String() string { return string(k.b) }
