package layout

import (
	"github.com/sketchdeck/sketchdeck/internal/geom"
	"github.com/sketchdeck/sketchdeck/internal/scene"
	"github.com/sketchdeck/sketchdeck/internal/spec"
)

// mmIconSize is the side of a topic's icon when icon_size is not set, px.
const mmIconSize = 48

// mmFigure is a topic's icon or picture and where its text goes, relative
// to the centre of the topic's content.
type mmFigure struct {
	topic *spec.TopicLook
	path  string    // the topic's key path, for errors
	box   geom.Rect // the icon's or picture's
	text  geom.Rect // the text's
}

// figure lays out a topic's icon or picture with its text of tw × th
// around it, as a node's label goes around its icon; nil when the topic
// has neither. w and h are the content's size.
func (mm *mindmap) figure(t *spec.TopicLook, path string, tw, th float64) (f *mmFigure, w, h float64) {
	if t == nil || t.Icon == "" && t.Image == "" {
		return nil, tw, th
	}
	iw, ih := t.IconSize, t.IconSize
	if iw == 0 {
		iw, ih = mmIconSize, mmIconSize
	}
	if t.Image != "" {
		iw, ih = 1, 1 // reported at the image key when the topic is drawn
		if img := mm.r.env.Images[t.Image]; img != nil {
			iw, ih = imageSize(img, t.ImageSize)
		}
	}
	side := t.LabelPosition
	if side == "" {
		side = spec.Below
	}
	f = &mmFigure{topic: t, path: path, box: geom.RectCenter(geom.Point{}, iw, ih)}
	if tw > 0 {
		f.text = labelBox(side, side == spec.Inside, f.box, tw, th)
	}
	all := f.box.Union(f.text)
	c := all.Center().Scale(-1)
	f.box, f.text = f.box.Translate(c), f.text.Translate(c)
	return f, all.W, all.H
}

// items draws the icon or picture of a topic whose box is centred on at,
// in the branch's colour.
func (f *mmFigure) items(r resolver, id string, at geom.Point, color string) []scene.Item {
	box := f.box.Translate(at)
	if f.topic.Image != "" {
		img := r.image(f.topic.Image, f.path+".image")
		if img == nil {
			return nil
		}
		return []scene.Item{imageItem(id+":image", img, box)}
	}
	at2 := f.path + ".icon"
	if r.env.Parts == nil {
		r.errorAt(at2, "icon %q: no parts library is loaded", f.topic.Icon)
		return nil
	}
	if err := r.env.Parts.Check(f.topic.Icon); err != nil {
		r.errorAt(at2, "%v", err)
		return nil
	}
	o := PartOptions{Colors: map[string]string{"stroke": color}, Budget: r.env.Budget}
	items, err := r.env.Parts.Place(f.topic.Icon, id+":icon", box, o)
	if err != nil {
		r.errorAt(at2, "icon %q: %v", f.topic.Icon, err)
	}
	return items
}
