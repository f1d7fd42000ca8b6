package schema

import (
	"maps"
	"reflect"
	"slices"
	"strings"
)

// enum is one enumeration of the format: its type, the internal/spec function
// listing its canonical choices, and the aliases it also accepts.
type enum struct {
	typ     reflect.Type
	choices func() []string
	aliases map[string]string
}

func enumsByType() map[reflect.Type]enum {
	m := map[reflect.Type]enum{}
	for _, e := range enums() {
		m[e.typ] = e
	}
	return m
}

// schema offers the canonical choices first, then the aliases, which the
// decoder accepts too (so a file using them is valid).
func (e enum) schema() *Schema {
	choices := e.choices()
	vals := slices.Clone(choices)
	var alias []string
	for _, k := range slices.Sorted(maps.Keys(e.aliases)) {
		vals = append(vals, k)
		alias = append(alias, k+" = "+e.aliases[k])
	}
	desc := "One of " + strings.Join(choices, ", ") + "."
	if len(alias) > 0 {
		desc += " Aliases: " + strings.Join(alias, ", ") + "."
	}
	return &Schema{Type: "string", Enum: vals, Description: desc}
}
