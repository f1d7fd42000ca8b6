package layout

import "github.com/sketchdeck/sketchdeck/internal/scene"

// stamp makes items appear at build step step at the earliest (an item
// inside a panel of step 2 with a step of its own of 3 keeps 3), and
// returns them.
func stamp(items []scene.Item, step int) []scene.Item {
	for i := range items {
		items[i].Step = max(items[i].Step, step)
	}
	return items
}
