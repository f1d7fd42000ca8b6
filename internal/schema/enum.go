package schema

import (
	"slices"
	"strings"

	"github.com/sketchdeck/sketchdeck/internal/spec"
)

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
