package schema

import (
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// Validate checks a TOML document decoded into map[string]any (as
// toml.Decode gives it) against s, the root of a generated schema. It
// returns one message per problem, "key.path: message", in document order
// of keys (sorted), or nil.
func (s *Schema) Validate(doc any) []string {
	v := &validator{root: s}
	v.check(s, doc, "")
	return v.errs
}

type validator struct {
	root *Schema
	errs []string
}

func (v *validator) errorf(path, format string, args ...any) {
	if path == "" {
		path = "(top level)"
	}
	v.errs = append(v.errs, path+": "+fmt.Sprintf(format, args...))
}

func (v *validator) check(s *Schema, x any, path string) {
	if s.Ref != "" {
		def, ok := v.root.Definitions[strings.TrimPrefix(s.Ref, refPrefix)]
		if !ok || def == nil {
			v.errorf(path, "schema has no definition %s", s.Ref)
			return
		}
		s = def
	}
	if len(s.AnyOf) > 0 {
		for _, alt := range s.AnyOf {
			sub := &validator{root: v.root}
			sub.check(alt, x, path)
			if len(sub.errs) == 0 {
				return
			}
		}
		v.errorf(path, "%s matches none of the allowed forms%s", show(x), hint(s))
		return
	}
	if s.Type != "" && !hasType(s.Type, x) {
		v.errorf(path, "want %s, got %s", s.Type, show(x))
		return
	}
	if len(s.Enum) > 0 && !slices.Contains(s.Enum, fmt.Sprint(x)) {
		v.errorf(path, "%s is not one of %s", show(x), strings.Join(s.Enum, ", "))
	}
	if s.Pattern != "" {
		if str, ok := x.(string); ok && !regexp.MustCompile(s.Pattern).MatchString(str) {
			v.errorf(path, "%s does not match %s", show(x), s.Pattern)
		}
	}
	switch x := x.(type) {
	case map[string]any:
		v.object(s, x, path)
	case []map[string]any:
		for i, e := range x {
			v.item(s, e, path, i)
		}
	case []any:
		for i, e := range x {
			v.item(s, e, path, i)
		}
	}
}

func (v *validator) item(s *Schema, x any, path string, i int) {
	if s.Items != nil {
		v.check(s.Items, x, path+"["+strconv.Itoa(i)+"]")
	}
}

func (v *validator) object(s *Schema, m map[string]any, path string) {
	for _, k := range slices.Sorted(maps.Keys(m)) {
		p := k
		if path != "" {
			p = path + "." + k
		}
		if ps, ok := s.Properties[k]; ok {
			v.check(ps, m[k], p)
			continue
		}
		switch extra := s.AdditionalProperties.(type) {
		case *Schema:
			v.check(extra, m[k], p)
		case bool:
			if !extra {
				v.errorf(p, "unknown key; valid keys are %s", strings.Join(slices.Sorted(maps.Keys(s.Properties)), ", "))
			}
		}
	}
}

func hasType(t string, x any) bool {
	switch x.(type) {
	case map[string]any:
		return t == "object"
	case []any, []map[string]any:
		return t == "array"
	case string:
		return t == "string"
	case bool:
		return t == "boolean"
	case int64, int:
		return t == "integer" || t == "number"
	case float64:
		return t == "number"
	}
	return false
}

func show(x any) string {
	switch x := x.(type) {
	case string:
		return strconv.Quote(x)
	case map[string]any:
		return "a table"
	case []any, []map[string]any:
		return "an array"
	}
	return fmt.Sprint(x)
}

func hint(s *Schema) string {
	if s.Description == "" {
		return ""
	}
	return " (" + s.Description + ")"
}
