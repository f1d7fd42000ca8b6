package spec

import (
	"encoding"
	"reflect"
	"strings"
	"testing"
)

// TestEnumsComplete: every enumerated type a diagram or a part can hold (a
// string type decoded with UnmarshalText, colours aside) is in Enums, once,
// so validation checks it and the schema lists its choices.
func TestEnumsComplete(t *testing.T) {
	known := map[reflect.Type]int{}
	for _, e := range Enums() {
		known[e.Type]++
	}
	for ty, n := range known {
		if n > 1 {
			t.Errorf("Enums lists %v %d times", ty, n)
		}
	}
	textUnmarshaler := reflect.TypeFor[encoding.TextUnmarshaler]()
	seen := map[reflect.Type]bool{}
	var walk func(reflect.Type)
	walk = func(ty reflect.Type) {
		for ty.Kind() == reflect.Pointer || ty.Kind() == reflect.Slice || ty.Kind() == reflect.Map {
			ty = ty.Elem()
		}
		if seen[ty] {
			return
		}
		seen[ty] = true
		if ty.Kind() == reflect.String && reflect.PointerTo(ty).Implements(textUnmarshaler) && ty != reflect.TypeFor[Color]() {
			if known[ty] == 0 {
				t.Errorf("enumeration %v is missing from Enums", ty)
			}
		}
		if ty.Kind() == reflect.Struct {
			for i := range ty.NumField() {
				walk(ty.Field(i).Type)
			}
		}
	}
	walk(reflect.TypeFor[Diagram]())
	walk(reflect.TypeFor[Part]())
}

// TestEnumsDecode: each type's UnmarshalText reads its own Enum: every
// choice (in any case) and alias decodes to the canonical choice, and an
// unknown value is kept as written for validation to report.
func TestEnumsDecode(t *testing.T) {
	decode := func(ty reflect.Type, s string) string {
		v := reflect.New(ty)
		if err := v.Interface().(encoding.TextUnmarshaler).UnmarshalText([]byte(s)); err != nil {
			t.Fatalf("%v: UnmarshalText(%q): %v", ty, s, err)
		}
		return v.Elem().String()
	}
	for _, e := range Enums() {
		for _, c := range e.Choices {
			if got := decode(e.Type, " "+strings.ToUpper(c)+" "); got != c {
				t.Errorf("%v: %q decodes to %q, want %q", e.Type, strings.ToUpper(c), got, c)
			}
		}
		for a, c := range e.Aliases {
			if got := decode(e.Type, a); got != c {
				t.Errorf("%v: alias %q decodes to %q, want %q", e.Type, a, got, c)
			}
		}
		if got := decode(e.Type, "no-such-value"); got != "no-such-value" {
			t.Errorf("%v: an unknown value decodes to %q, want it kept as written", e.Type, got)
		}
	}
}

func TestEnumParse(t *testing.T) {
	for _, tc := range []struct{ in, want, err string }{
		{"", "", ""},
		{"Box", "rectangle", ""},
		{" CIRCLE ", "circle", ""},
		{"circel", "", `unknown shape "circel" (did you mean "circle"?): valid choices are "rectangle", "square", "circle", "ellipse", "diamond", "cylinder", "text", "tube", "hexagon", "parallelogram", "document", "note" or "cloud"`},
		{"blob", "", `unknown shape "blob": valid choices are "rectangle", "square", "circle", "ellipse", "diamond", "cylinder", "text", "tube", "hexagon", "parallelogram", "document", "note" or "cloud"`},
	} {
		got, err := Shapes().Parse(tc.in)
		msg := ""
		if err != nil {
			msg = err.Error()
		}
		if string(got) != tc.want || msg != tc.err {
			t.Errorf("Parse(%q) = %q, %q; want %q, %q", tc.in, got, msg, tc.want, tc.err)
		}
	}
}
