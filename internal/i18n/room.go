package i18n

import (
	"fmt"
	"math"

	"github.com/sketchdeck/sketchdeck/internal/scene"
	"github.com/sketchdeck/sketchdeck/internal/shape"
	"github.com/sketchdeck/sketchdeck/internal/spec"
)

// Widths measures a line of text; layout.Measurer is one.
type Widths interface {
	Width(s string, size float64) float64
}

// sample is a run of letters as common in English and French text; its
// average advance is a character's width for a translator.
const sample = "etaoin shrdlu cmfwyp vbgkqj"

// Room says, for each text of the diagram d, how much room a translation
// has where it is drawn, from two layouts: en, in English, and long, in
// the pseudo-locale (every text about 40% longer). A text whose box (the
// closed shape it is written in, else the box the engine set it in) is
// no wider in long has a fixed room, given in characters of the shipped
// font at its size: "about 14 characters a line". One whose box grew has
// room to grow. Texts not found in the layouts are left out.
func Room(d *spec.Diagram, en, long *scene.Scene, m Widths) map[string]string {
	texts := Texts(d)
	shapesEn, shapesLong := closedShapes(en), closedShapes(long)
	longItems := map[string]scene.Item{}
	for _, it := range long.Items {
		longItems[it.ID] = it
	}
	out := map[string]string{}
	for _, it := range en.Items {
		if it.Kind != scene.Label || it.Text == nil || len(it.Text.Lines) == 0 {
			continue
		}
		lines := make([]string, len(it.Text.Lines))
		for i, l := range it.Text.Lines {
			lines[i] = l.Text
		}
		t, ok := textOf(texts, Spill{ItemID: it.ID, Lines: lines})
		if !ok {
			continue
		}
		li, ok := longItems[it.ID]
		if !ok {
			continue
		}
		box, longBox := roomBox(shapesEn, it), roomBox(shapesLong, li)
		if longBox > box+tolerance {
			out[t.Key] = "the box grows with the text"
			continue
		}
		per := m.Width(sample, it.Text.Size) / float64(len([]rune(sample)))
		if per <= 0 {
			continue
		}
		out[t.Key] = fmt.Sprintf("about %d characters a line; the box does not grow", int(math.Floor(box/per)))
	}
	return out
}

// closedShapes indexes the closed shapes of a scene by id.
func closedShapes(sc *scene.Scene) map[string]scene.Item {
	shapes := map[string]scene.Item{}
	for _, it := range sc.Items {
		if _, closed := shape.OutlineNamed(string(it.Kind)); closed {
			shapes[it.ID] = it
		}
	}
	return shapes
}

// roomBox is the width a text item has: its shape's, when it is written
// inside one, else its own box's.
func roomBox(shapes map[string]scene.Item, it scene.Item) float64 {
	if c, ok := container(shapes, it); ok {
		return c.Box.W
	}
	return it.Box.W
}
