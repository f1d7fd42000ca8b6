package build

import (
	"github.com/sketchdeck/sketchdeck/internal/i18n"
	"github.com/sketchdeck/sketchdeck/internal/spec"
)

// translate applies the source's translator, if any, to its decoded
// diagram. Only texts change: ids, and so the wobble, stay the same.
func (src Source) translate(d *spec.Diagram) {
	if src.Translator != nil {
		i18n.Apply(d, src.Translator)
	}
}

// identity is what the source's translation depends on, for build keys;
// "" for the diagram's own language.
func (src Source) identity() string {
	if src.Translator == nil {
		return ""
	}
	return src.Translator.Identity(src.name())
}

// Decode decodes a source as Build does (a TOML diagram, or a Markdown
// mind map), without translating it: the i18n tools read texts with it.
func Decode(src Source) (*spec.Diagram, error) { return decode(src, spec.Options{}) }
