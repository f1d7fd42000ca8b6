package spec

import "reflect"

// Clone returns a deep copy of d: changing the copy (translating its
// texts, or a layout filling in what it leaves out) leaves d as it was.
// A translated build takes its original from a clone of the diagram it
// decoded instead of decoding the source a second time.
//
// What decoding keeps for its checks alone (where each key is written,
// the problems of a value read by hand) is shared, never changed after
// decoding.
func (d *Diagram) Clone() *Diagram {
	c := new(Diagram)
	deepCopy(reflect.ValueOf(c).Elem(), reflect.ValueOf(d).Elem())
	return c
}

// deepCopy sets dst to a copy of src of the same type that shares no
// slice, map or pointer that an exported field reaches. Unexported fields
// are copied as they are (dst cannot set them one by one). The format's
// types hold no interface, channel or function.
func deepCopy(dst, src reflect.Value) {
	switch src.Kind() {
	case reflect.Struct:
		dst.Set(src)
		for i := range src.NumField() {
			if f := dst.Field(i); f.CanSet() && holdsReferences(f.Kind()) {
				deepCopy(f, src.Field(i))
			}
		}
	case reflect.Slice:
		if src.IsNil() {
			dst.SetZero()
			return
		}
		s := reflect.MakeSlice(src.Type(), src.Len(), src.Len())
		if holdsReferences(src.Type().Elem().Kind()) {
			for i := range src.Len() {
				deepCopy(s.Index(i), src.Index(i))
			}
		} else {
			reflect.Copy(s, src)
		}
		dst.Set(s)
	case reflect.Pointer:
		if src.IsNil() {
			dst.SetZero()
			return
		}
		p := reflect.New(src.Type().Elem())
		deepCopy(p.Elem(), src.Elem())
		dst.Set(p)
	case reflect.Array:
		dst.Set(src)
		if holdsReferences(src.Type().Elem().Kind()) {
			for i := range src.Len() {
				deepCopy(dst.Index(i), src.Index(i))
			}
		}
	case reflect.Map:
		if src.IsNil() {
			dst.SetZero()
			return
		}
		m := reflect.MakeMapWithSize(src.Type(), src.Len())
		for it := src.MapRange(); it.Next(); {
			v := reflect.New(src.Type().Elem()).Elem()
			deepCopy(v, it.Value())
			m.SetMapIndex(it.Key(), v)
		}
		dst.Set(m)
	default:
		dst.Set(src)
	}
}

// holdsReferences tells whether a value of kind k may reach memory that
// a shallow copy would share.
func holdsReferences(k reflect.Kind) bool {
	switch k {
	case reflect.Struct, reflect.Slice, reflect.Pointer, reflect.Map, reflect.Array:
		return true
	}
	return false
}
