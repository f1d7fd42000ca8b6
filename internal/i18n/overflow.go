package i18n

import (
	"fmt"
	"strings"

	"github.com/sketchdeck/sketchdeck/internal/geom"
	"github.com/sketchdeck/sketchdeck/internal/scene"
	"github.com/sketchdeck/sketchdeck/internal/shape"
)

// Metrics gives the vertical extent of text; layout.Measurer is one.
type Metrics interface {
	Ascent(size float64) float64
	Descent(size float64) float64
}

// Spill is one text block that does not fit where it is drawn.
type Spill struct {
	// ItemID is the text item's id; Lines its text.
	ItemID string
	Lines  []string
	// Container is the id of the item it spills out of ("" for its own
	// box, "canvas" for the drawing's edge); By is how far, px.
	Container string
	By        float64
}

func (s Spill) String() string {
	in := "its box"
	switch s.Container {
	case "":
	case "canvas":
		in = "the canvas"
	default:
		in = s.Container
	}
	return fmt.Sprintf("%q overflows %s by %.0f px", strings.Join(s.Lines, `\n`), in, s.By)
}

// tolerance absorbs rounding: a spill under it is not reported.
const tolerance = 1.0

// Overflows lists the text of a laid-out scene that does not fit: text
// wider or taller than the box an engine set it in (a fixed-size cell),
// text that spills out of the closed shape it belongs to (the item whose
// id prefixes its own, "node:x" for "node:x:label") when it is drawn
// inside it, and text past the canvas; each text is reported once. Engines that grow shapes to their
// text never produce any; fixed-size containers can.
func Overflows(sc *scene.Scene, m Metrics) []Spill {
	shapes := map[string]scene.Item{}
	for _, it := range sc.Items {
		if _, closed := shape.OutlineNamed(string(it.Kind)); closed {
			shapes[it.ID] = it
		}
	}
	canvas := geom.Rect{W: sc.Width, H: sc.Height}
	var out []Spill
	for _, it := range sc.Items {
		if it.Kind != scene.Label || it.Text == nil || len(it.Text.Lines) == 0 {
			continue
		}
		ink := inkBox(it.Text, m)
		lines := make([]string, len(it.Text.Lines))
		for i, l := range it.Text.Lines {
			lines[i] = l.Text
		}
		// One report per text: the shape it is written in says most, then
		// its own cell, then the canvas.
		var boxes []Spill
		if c, ok := container(shapes, it); ok {
			boxes = append(boxes, Spill{Container: c.ID, By: excess(ink, c.Box)})
		}
		if it.Rotate == 0 {
			boxes = append(boxes, Spill{By: excess(ink, it.Box.Inset(-tolerance))})
		}
		boxes = append(boxes, Spill{Container: "canvas", By: excess(ink, canvas)})
		for _, b := range boxes {
			if b.By > tolerance {
				out = append(out, Spill{ItemID: it.ID, Lines: lines, Container: b.Container, By: b.By})
				break
			}
		}
	}
	return out
}

// container is the shape a text item belongs to and is drawn inside of.
func container(shapes map[string]scene.Item, it scene.Item) (scene.Item, bool) {
	id := it.ID
	for {
		i := strings.LastIndexByte(id, ':')
		if i <= 0 {
			return scene.Item{}, false
		}
		id = id[:i]
		if c, ok := shapes[id]; ok {
			return c, c.Rotate == 0 && it.Rotate == 0 && contains(c.Box, it.Box.Center())
		}
	}
}

func contains(r geom.Rect, p geom.Point) bool {
	return p.X >= r.X && p.X <= r.X+r.W && p.Y >= r.Y && p.Y <= r.Y+r.H
}

// inkBox is the area a text block's glyphs cover.
func inkBox(t *scene.Text, m Metrics) geom.Rect {
	var r geom.Rect
	for i, l := range t.Lines {
		x := l.X
		switch t.Align {
		case scene.Center, "":
			x -= l.Width / 2
		case scene.Right:
			x -= l.Width
		}
		lr := geom.Rect{X: x, Y: l.Y - m.Ascent(t.Size), W: l.Width, H: m.Ascent(t.Size) + m.Descent(t.Size)}
		if i == 0 {
			r = lr
			continue
		}
		r = r.Union(lr)
	}
	return r
}

// excess is how far a reaches outside b, px (0 when inside).
func excess(a, b geom.Rect) float64 {
	return max(0, b.X-a.X, a.X+a.W-(b.X+b.W), b.Y-a.Y, a.Y+a.H-(b.Y+b.H))
}

// KeyOf finds which text a drawn block shows: the one holding all its
// lines in order (engines may wrap a text into several lines). "" if none.
func KeyOf(texts []Text, lines []string) string {
	for _, t := range texts {
		rest := strings.Join(strings.Fields(t.Source), " ")
		ok := true
		for _, l := range lines {
			l = strings.Join(strings.Fields(l), " ")
			i := strings.Index(rest, l)
			if i < 0 {
				ok = false
				break
			}
			rest = rest[i+len(l):]
		}
		if ok && len(lines) > 0 {
			return t.Key
		}
	}
	return ""
}
