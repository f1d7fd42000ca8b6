package layout

import (
	"github.com/sketchdeck/sketchdeck/internal/geom"
	"github.com/sketchdeck/sketchdeck/internal/scene"
	"github.com/sketchdeck/sketchdeck/internal/spec"
)

// cellIconSize is the side of a cell's icon, px (a mark's height), and
// cellIconGap the blank under it.
const cellIconSize, cellIconGap = 60, 6

// cellIcon draws a cell's icon in the cell's colour; an unknown name is
// reported at the cell's icon key.
func (tl *tableLayout) cellIcon(b *cellBlock, id string, box geom.Rect, color string) []scene.Item {
	at := b.path + ".icon"
	parts := tl.r.env.Parts
	if parts == nil {
		tl.r.errorAt(at, "icon %q: no parts library is available to draw it", b.cell.Icon)
		return nil
	}
	if err := parts.Check(b.cell.Icon); err != nil {
		tl.r.errorAt(at, "%v", err)
		return nil
	}
	o := PartOptions{Budget: tl.r.env.Budget, Colors: map[string]string{"stroke": color}}
	items, err := parts.Place(b.cell.Icon, id, box, o)
	if err != nil {
		tl.r.errorAt(at, "icon %q: %v", b.cell.Icon, err)
	}
	return items
}

// cellImageSize is the size of a cell's picture: as tall as a cell's icon,
// its aspect kept, and at most four times as wide.
func (tl *tableLayout) cellImageSize(file spec.Image) (w, h float64) {
	img := tl.r.env.Images[file]
	if img == nil {
		return 0, 0 // reported at the image key when the cell is drawn
	}
	w, h = imageSize(img, max(img.Width, img.Height))
	k := min(cellIconSize/h, 4*cellIconSize/w)
	return w * k, h * k
}
