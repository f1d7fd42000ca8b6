package spec

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// exampleSources are the TOML diagrams of the deck and of the build's
// golden cases: every kind, most keys.
func exampleSources(tb testing.TB) map[string][]byte {
	tb.Helper()
	var files []string
	for _, glob := range []string{"../../diagrams/*.toml", "../build/testdata/*.toml"} {
		f, _ := filepath.Glob(glob)
		files = append(files, f...)
	}
	if len(files) == 0 {
		tb.Skip("no example diagrams")
	}
	out := map[string][]byte{}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		out[f] = data
	}
	return out
}

// TestClone checks that a clone equals its diagram and shares nothing a
// change could reach: no slice, map or pointer of an exported field.
func TestClone(t *testing.T) {
	cloned := 0
	for file, data := range exampleSources(t) {
		d, err := Decode(file, data)
		if err != nil {
			continue // an error case
		}
		c := d.Clone()
		if !reflect.DeepEqual(d, c) {
			t.Errorf("%s: the clone differs from the diagram", file)
		}
		if p := sharedRef(reflect.ValueOf(d).Elem(), reflect.ValueOf(c).Elem(), ""); p != "" {
			t.Errorf("%s: the clone shares %s with the diagram", file, p)
		}
		cloned++
	}
	if cloned < 10 {
		t.Fatalf("only %d example diagrams decoded", cloned)
	}
}

// sharedRef is the first field path at which a and b share memory through
// exported fields, or "".
func sharedRef(a, b reflect.Value, path string) string {
	switch a.Kind() {
	case reflect.Struct:
		for i := range a.NumField() {
			if !a.Type().Field(i).IsExported() {
				continue
			}
			if p := sharedRef(a.Field(i), b.Field(i), path+"."+a.Type().Field(i).Name); p != "" {
				return p
			}
		}
	case reflect.Slice:
		if a.Len() > 0 && a.Pointer() == b.Pointer() {
			return path
		}
		for i := range a.Len() {
			if p := sharedRef(a.Index(i), b.Index(i), path+"[]"); p != "" {
				return p
			}
		}
	case reflect.Pointer:
		if a.IsNil() {
			break
		}
		if a.Pointer() == b.Pointer() {
			return path
		}
		return sharedRef(a.Elem(), b.Elem(), path)
	case reflect.Map:
		if a.IsNil() {
			break
		}
		if a.Pointer() == b.Pointer() {
			return path
		}
		for it := a.MapRange(); it.Next(); {
			if p := sharedRef(it.Value(), b.MapIndex(it.Key()), path+"{}"); p != "" {
				return p
			}
		}
	}
	return ""
}
