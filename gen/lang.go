package gen

import (
	"github.com/sketchdeck/sketchdeck/gen/i18n"
	"github.com/sketchdeck/sketchdeck/gen/spec"
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
	return src.Translator.Identity(spec.NameOf(src.File))
}
