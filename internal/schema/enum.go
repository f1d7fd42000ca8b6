package schema

import (
	"reflect"
	"slices"
	"strings"

	"github.com/sketchdeck/sketchdeck/internal/spec"
)

func enumsByType() map[reflect.Type]spec.EnumInfo {
	m := map[reflect.Type]spec.EnumInfo{}
	for _, e := range spec.Enums() {
		m[e.Type] = e
	}
	return m
}

// enumSchema offers the canonical choices first, then the aliases, which
// the decoder accepts too (so a file using them is valid).
func enumSchema(e spec.EnumInfo) *Schema {
	vals := slices.Clone(e.Choices)
	var alias []string
	for _, k := range e.AliasNames() {
		vals = append(vals, k)
		alias = append(alias, k+" = "+e.Aliases[k])
	}
	desc := "One of " + strings.Join(e.Choices, ", ") + "."
	if len(alias) > 0 {
		desc += " Aliases: " + strings.Join(alias, ", ") + "."
	}
	return &Schema{Type: "string", Enum: vals, Description: desc}
}
