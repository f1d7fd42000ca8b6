package i18n

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/sketchdeck/sketchdeck/internal/geom"
	"github.com/sketchdeck/sketchdeck/internal/scene"
	"github.com/sketchdeck/sketchdeck/internal/shape"
	"github.com/sketchdeck/sketchdeck/internal/spec"
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
			return c, c.Rotate == 0 && it.Rotate == 0 && c.Box.Contains(it.Box.Center())
		}
	}
}

// inkBox is the area a text block's glyphs cover.
func inkBox(t *scene.Text, m Metrics) geom.Rect {
	var r geom.Rect
	for i, l := range t.Lines {
		lr := geom.Rect{X: t.Start(l), Y: l.Y - m.Ascent(t.Size), W: l.Width, H: m.Ascent(t.Size) + m.Descent(t.Size)}
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

// OverflowProblems lists the texts of the translated diagram d, laid out
// as sc, that do not fit (Overflows). Each is reported at its catalog
// entry when c (which may be nil) has one, else at the text in d's file;
// text that no field of d holds (a layout's own) is reported at its item.
func OverflowProblems(d *spec.Diagram, sc *scene.Scene, m Metrics, c *Catalog) []Problem {
	texts := Texts(d)
	var out []Problem
	for _, s := range Overflows(sc, m) {
		out = append(out, problemAt(d, texts, c, s.ItemID, s.Lines, Problem{Kind: Overflow, Msg: s.String()}))
	}
	return out
}

// ProblemAt places p, about the text item itemID of d's scene (whose
// lines it shows), at the text's catalog entry when c (which may be nil)
// has one, else at the text in d's file, else (a layout's own text, or an
// item that is no text) at the item: its key names the item.
func ProblemAt(d *spec.Diagram, c *Catalog, itemID string, lines []string, p Problem) Problem {
	return problemAt(d, Texts(d), c, itemID, lines, p)
}

func problemAt(d *spec.Diagram, texts []Text, c *Catalog, itemID string, lines []string, p Problem) Problem {
	p.File, p.Diagram, p.Key = d.File, d.Name, itemID
	if t, ok := textOf(texts, Spill{ItemID: itemID, Lines: lines}); ok && len(lines) > 0 {
		p.Key, p.Pos = t.Key+" ("+itemID+")", t.Pos
		if c != nil {
			if e := c.Section(d.Name).Entry(t.Key); e != nil {
				p.File, p.Pos, p.Key = c.File, e.Pos, t.Key
			}
		}
	}
	return p
}

// textOf finds the text a spilling block shows: the one whose whole text
// its lines are (an engine wraps a text into lines, so white space may
// differ). Texts that read the same are told apart by the block's item
// id, which holds its element's id ("node:db:label" for nodes.db.label).
func textOf(texts []Text, s Spill) (Text, bool) {
	ink := strings.Join(strings.Fields(strings.Join(s.Lines, "")), "")
	best, score := -1, -1
	for i, t := range texts {
		if strings.Join(strings.Fields(t.Source), "") != ink {
			continue
		}
		if n := sharedSegments(t.Key, s.ItemID); n > score {
			best, score = i, n
		}
	}
	if best < 0 {
		return Text{}, false
	}
	return texts[best], true
}

// edgeKeyName is the catalog's name of an edge an item id names: the
// item's "a->b#0" (the first edge from a to b) is the key's "a->b", its
// "a->b#1" the key's "a->b#2". Other segments are returned as they are.
func edgeKeyName(seg string) string {
	at := strings.LastIndexByte(seg, '#')
	if at < 0 || !strings.Contains(seg[:at], "->") {
		return seg
	}
	nth, err := strconv.Atoi(seg[at+1:])
	if err != nil || nth < 0 {
		return seg
	}
	if nth == 0 {
		return seg[:at]
	}
	return seg[:at] + "#" + strconv.Itoa(nth+1)
}

// sharedSegments counts the segments of a catalog key ("nodes.db.label")
// found among those of an item id ("node:db:label").
func sharedSegments(key, itemID string) int {
	ids := strings.FieldsFunc(itemID, func(r rune) bool { return r == ':' || r == '/' })
	for i, seg := range ids {
		ids[i] = edgeKeyName(seg)
	}
	n := 0
	for _, seg := range strings.Split(key, ".") {
		if slices.Contains(ids, seg) {
			n++
		}
	}
	return n
}
