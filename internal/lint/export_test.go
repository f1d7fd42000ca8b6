package lint

import (
	"math"
	"reflect"

	"github.com/sketchdeck/sketchdeck/internal/scene"
	"github.com/sketchdeck/sketchdeck/internal/spec"
)

// ElementPos is where the element that draws item id is written in d, for
// the external tests.
func ElementPos(d *spec.Diagram, id string) spec.Pos { return owners(d).of(id).where(d) }

// NewRoomIndexed is NewRoom with its pieces indexed in a grid from the
// first query (indexed) or never, for the tests that compare the two.
func NewRoomIndexed(d *spec.Diagram, items []scene.Item, ink Inker, indexed bool) *Room {
	r := NewRoom(d, items, ink)
	r.tried = math.MinInt / 2
	if indexed {
		r.tried = gridAfter
	}
	return r
}

// MeasureSame reports whether the items of d measured on one goroutine
// and on parts give equal pieces, and whether there were enough items to
// split.
func MeasureSame(d *spec.Diagram, items []scene.Item, ink Inker, parts int) (same, split bool) {
	gs := owners(d)
	one := measureOn(1, items, gs, ink)
	many := measureOn(parts, items, gs, ink)
	return reflect.DeepEqual(one, many), len(items) > measureAlone
}
