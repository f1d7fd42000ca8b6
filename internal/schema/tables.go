package schema

import (
	"maps"
	"slices"
)

// Root is the name Tables gives the top level of a diagram file.
const Root = "Diagram"

// Tables lists the keys of every table of the format, sorted, by table
// name: Root for the top level and the Go type's name for the others
// ("Node", "Edge", "Layout"...). The format reference documents each.
func (s *Schema) Tables() map[string][]string {
	out := map[string][]string{Root: slices.Sorted(maps.Keys(s.Properties))}
	for name, def := range s.Definitions {
		if def != nil {
			out[name] = slices.Sorted(maps.Keys(def.Properties))
		}
	}
	return out
}
