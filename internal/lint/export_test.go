package lint

import "github.com/sketchdeck/sketchdeck/internal/spec"

// ElementPos is where the element that draws item id is written in d, for
// the external tests.
func ElementPos(d *spec.Diagram, id string) spec.Pos { return owners(d).of(id).pos }
