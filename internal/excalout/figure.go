package excalout

import (
	"crypto/sha1"
	"encoding/base64"
	"encoding/hex"
	"math"
	"strconv"

	"github.com/sketchdeck/sketchdeck/internal/geom"
	"github.com/sketchdeck/sketchdeck/internal/scene"
	"github.com/sketchdeck/sketchdeck/internal/shape"
)

// arcSteps is how many chords stand for a half turn of an arc.
const arcSteps = 16

// outlineConverter draws a figure Excalidraw has no element for (a
// cylinder, a cloud, a note, a block arrow ...) as its pieces, grouped:
// an invisible rectangle over its box, which takes the item's id so that
// arrows bind to it and its label is bound to it, then the filled
// silhouette as a closed line without a stroke, then each stroked piece as
// a line (an ellipse piece as an ellipse).
func outlineConverter(k scene.Kind) (converter, bool) {
	o, ok := shape.OutlineNamed(string(k))
	if !ok {
		return nil, false
	}
	return func(w *writer, it *scene.Item) {
		fig := o.Figure(it.Box, it.Params())
		group := []string{it.ID}
		w.add(it, Element{Type: "rectangle", X: round(it.Box.X), Y: round(it.Box.Y), Width: round(it.Box.W), Height: round(it.Box.H),
			Angle: radians(it.Rotate), StrokeColor: "transparent", GroupIDs: group})
		if pts := shape.Flatten(fig.Fill); len(pts) > 2 && colour(it.Style.Fill, "transparent") != "transparent" && it.Style.FillStyle != scene.FillNone {
			if i := w.linear(it, it.ID+":fill", turned(it, pts), false, true); i >= 0 {
				w.els[i].StrokeColor, w.els[i].GroupIDs = "transparent", group
			}
		}
		for k, pc := range fig.Stroke {
			id := it.ID + ":" + strconv.Itoa(k)
			if pc.Kind == shape.EllipsePiece && it.Rotate == 0 {
				e := Element{ID: id, Type: "ellipse", X: round(pc.Center.X - pc.W/2), Y: round(pc.Center.Y - pc.H/2),
					Width: round(pc.W), Height: round(pc.H), GroupIDs: group}
				w.add(it, e)
				continue
			}
			if i := w.linear(&scene.Item{ID: it.ID, Style: it.Style}, id, turned(it, piecePoints(pc)), false, false); i >= 0 {
				w.els[i].GroupIDs = group
			}
		}
	}, true
}

// piecePoints are the points along a stroked piece; a closed one ends
// where it starts.
func piecePoints(pc shape.Piece) []geom.Point {
	switch pc.Kind {
	case shape.LinePiece:
		return pc.Points
	case shape.ArcPiece:
		n := max(2, int(math.Ceil(math.Abs(pc.To-pc.From)/math.Pi*arcSteps)))
		return geom.ArcPoints(pc.Center, pc.W/2, pc.H/2, pc.From, pc.To, n)
	}
	pts := shape.Flatten(pc)
	if len(pts) > 0 {
		pts = append(pts[:len(pts):len(pts)], pts[0])
	}
	return pts
}

// image writes a picture as an image element, fitted into the item's box
// as the SVG shows it (aspect kept, centred), and its file.
func image(w *writer, it *scene.Item) {
	img := it.Image
	if img == nil || len(img.Data) == 0 {
		return
	}
	box := it.Box
	if img.Width > 0 && img.Height > 0 {
		box, _ = box.Fit(img.Width, img.Height)
	}
	sum := sha1.Sum(img.Data)
	id := hex.EncodeToString(sum[:])
	if _, ok := w.files[id]; !ok {
		w.files[id] = FileData{MimeType: img.MIME, ID: id, Created: 1,
			DataURL: "data:" + img.MIME + ";base64," + base64.StdEncoding.EncodeToString(img.Data)}
	}
	e := Element{Type: "image", X: round(box.X), Y: round(box.Y), Width: round(box.W), Height: round(box.H), Angle: radians(it.Rotate),
		StrokeColor: "transparent", ImageProps: &ImageProps{FileID: &id, Status: "saved", Scale: [2]float64{1, 1}}}
	w.add(it, e)
}
