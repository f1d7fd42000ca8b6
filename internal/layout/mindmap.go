package layout

import (
	"context"
	"slices"
	"strconv"

	"github.com/sketchdeck/sketchdeck/internal/geom"
	"github.com/sketchdeck/sketchdeck/internal/scene"
	"github.com/sketchdeck/sketchdeck/internal/spec"
)

// Mind map defaults, px.
const (
	mmWrap       = 320 // widest a topic's text goes before it wraps
	mmLevelGap   = 70  // room for the connectors between a topic and its children
	mmSiblingGap = 14  // blank between two sibling subtrees
	mmAnchorGap  = 6   // blank between a connector's end and the topic
)

// mmPalette is the branch colours used in turn when the map gives none:
// the deck's palette without its yellow, which reads poorly as text.
var mmPalette = []string{"blue", "red", "green", "orange", "purple", "teal", "pink", "violet"}

// Mindmap lays out the mindmap kind: the central topic in an ellipse, its
// branches split left and right (balanced), to the right, or around it
// (radial), joined by curved connectors that thin out away from the centre.
type Mindmap struct{}

// Layout implements Engine.
func (Mindmap) Layout(ctx context.Context, d *spec.Diagram, env Env) (*scene.Scene, error) {
	env = env.bounded()
	var errs spec.ErrorList
	r := resolver{env: env, d: d, file: d.File, errs: &errs}
	mm := newMindmap(d, r)
	mm.place()
	items := mm.items()
	if err := errs.Err(); err != nil {
		return nil, err
	}
	return frame(d, env, items, d.Mindmap.Margin), nil
}

// mmNode is one topic, measured and then placed.
type mmNode struct {
	id    string
	text  richText // wrapped
	depth int
	color string
	side  spec.Side // a main branch's pinned side
	size  float64   // font size
	w, h  float64   // the topic's box
	box   geom.Rect // placed
	kids  []*mmNode
	pos   spec.Pos
	step  int       // its own build step, or its parent's when later
	fig   *mmFigure // the topic's icon or picture, or nil

	dir    float64 // +1 grows right, -1 left (balanced); the ray's angle (radial)
	band   float64 // height of the subtree's band (balanced)
	leaves int     // leaves under it (radial)
}

// mindmap is a mind map being laid out.
type mindmap struct {
	d                *spec.Diagram
	r                resolver
	root             *mmNode
	all              []*mmNode // depth-first order
	levelGap, sibGap float64
	// radialOK is set once a radial layout came out clean.
	radialOK bool
}

func newMindmap(d *spec.Diagram, r resolver) *mindmap {
	m := &d.Mindmap
	mm := &mindmap{d: d, r: r, levelGap: m.LevelGap, sibGap: m.SiblingGap}
	if mm.levelGap == 0 {
		mm.levelGap = mmLevelGap
	}
	if mm.sibGap == 0 {
		mm.sibGap = mmSiblingGap
	}
	rootColor := r.color(m.Color, r.env.Theme.Stroke, spec.Pos{})
	mm.root = mm.node("root", &m.TopicLook, "mindmap", richText{plain: m.Topic, lines: m.Lines, path: "mindmap.lines"}, 0, rootColor, spec.Pos{})
	palette := m.Palette
	if len(palette) == 0 {
		for _, c := range mmPalette {
			palette = append(palette, spec.Color(c))
		}
	}
	for i := range m.Branches {
		t := &m.Branches[i]
		color := t.Color
		if color == "" {
			color = palette[i%len(palette)]
		}
		mm.root.kids = append(mm.root.kids, mm.branch(t, "mindmap.branches["+strconv.Itoa(i)+"]", strconv.Itoa(i+1), 1, r.color(color, "", t.P)))
	}
	mm.walk(mm.root, func(n *mmNode) { mm.all = append(mm.all, n) })
	return mm
}

// branch builds a topic's node and its children's; a child without a
// colour takes its parent's.
// key is the topic's key path, for errors; path its number ("2.1").
func (mm *mindmap) branch(t *spec.Topic, key, path string, depth int, color string) *mmNode {
	id := t.ID
	if id == "" {
		id = path
	}
	n := mm.node(id, &t.TopicLook, key, richText{plain: t.Topic, lines: t.Lines, pos: t.P}, depth, color, t.P)
	n.side = t.Side
	n.step = int(t.Step)
	for i := range t.Branches {
		k := &t.Branches[i]
		c := color
		if k.Color != "" {
			c = mm.r.color(k.Color, "", k.P)
		}
		kid := mm.branch(k, key+".branches["+strconv.Itoa(i)+"]", path+"."+strconv.Itoa(i+1), depth+1, c)
		inheritStep(kid, n.step)
		n.kids = append(n.kids, kid)
	}
	return n
}

// node measures a topic: the centre is larger and in an ellipse, main
// branches are boxed, deeper topics are plain text a little smaller; an
// icon or a picture (t's) makes room for itself, key is where t is written.
func (mm *mindmap) node(id string, t *spec.TopicLook, key string, text richText, depth int, color string, pos spec.Pos) *mmNode {
	m := &mm.d.Mindmap
	size := m.FontSize
	if size == 0 {
		size = mm.r.env.Theme.FontSize
	}
	switch {
	case depth == 0:
		size *= 1.2
	case depth >= 2:
		size *= 0.8
	}
	wrap := m.Wrap
	if wrap == 0 {
		wrap = mmWrap
	}
	if depth == 0 {
		wrap *= 1.4
	}
	n := &mmNode{id: id, depth: depth, color: color, size: size, pos: pos}
	text.size = size
	text.plain = wrapText(mm.r.env.Text, text.plain, size, wrap)
	text.lines = slices.Clone(text.lines)
	for i := range text.lines {
		text.lines[i].Text = wrapText(in(mm.r.env.Text, text.lines[i].Font), text.lines[i].Text, size, wrap)
	}
	n.text = text
	tw, th := text.measure(mm.r.env.Text)
	n.fig, tw, th = mm.figure(t, key, tw, th)
	switch {
	case depth == 0:
		n.w, n.h = tw*1.42+30, th*1.42+24
	case depth == 1:
		n.w, n.h = tw+36, th+20
	default:
		n.w, n.h = tw+12, th+4
	}
	return n
}

// inheritStep makes a topic and its branches appear no earlier than
// their parent, at step.
func inheritStep(n *mmNode, step int) {
	if n.step >= step {
		return
	}
	n.step = step
	for _, k := range n.kids {
		inheritStep(k, step)
	}
}

func (mm *mindmap) walk(n *mmNode, f func(*mmNode)) {
	f(n)
	for _, k := range n.kids {
		mm.walk(k, f)
	}
}

// place lays the topics out; a radial layout that cannot be made clean
// falls back to the balanced one, which always is.
func (mm *mindmap) place() {
	switch mm.d.Mindmap.Layout {
	case spec.MindmapRadial:
		if mm.radial() {
			return
		}
		mm.balanced(false)
	case spec.MindmapRight:
		mm.balanced(true)
	default:
		mm.balanced(false)
	}
}

// links lists every connector, parent first.
func (mm *mindmap) links() [][2]*mmNode {
	var out [][2]*mmNode
	for _, n := range mm.all {
		for _, k := range n.kids {
			out = append(out, [2]*mmNode{n, k})
		}
	}
	return out
}

// items draws the map: connectors first, so that topics sit on their ends.
func (mm *mindmap) items() []scene.Item {
	var out []scene.Item
	for _, l := range mm.links() {
		out = append(out, stamp([]scene.Item{mm.connector(l[0], l[1])}, l[1].step)...)
	}
	for _, n := range mm.all {
		out = append(out, stamp(mm.topic(n), n.step)...)
	}
	return out
}

// topic draws a topic's outline (centre and main branches) and its text,
// aligned towards its parent.
func (mm *mindmap) topic(n *mmNode) []scene.Item {
	id := "mindmap:" + n.id
	var out []scene.Item
	st := mm.r.base()
	st.Stroke = n.color
	align := scene.Center
	textColor := n.color
	switch {
	case n.depth == 0:
		st.StrokeWidth = 2
		out = append(out, scene.Item{ID: id, Kind: scene.Ellipse, Box: n.box, Style: st})
		textColor, _ = mm.r.env.Theme.Color(mm.r.env.Theme.TextColor)
	case n.depth == 1:
		st.StrokeWidth = 1.5
		out = append(out, scene.Item{ID: id, Kind: scene.Rect, Box: n.box, Style: st})
	case n.box.Center().X < mm.root.box.Center().X:
		align = scene.Right
		textColor, _ = mm.r.env.Theme.Color(mm.r.env.Theme.TextColor)
	default:
		align = scene.Left
		textColor, _ = mm.r.env.Theme.Color(mm.r.env.Theme.TextColor)
	}
	tw, th := n.text.measure(mm.r.env.Text)
	tb := geom.RectCenter(n.box.Center(), tw, th)
	if n.fig != nil {
		out = append(out, n.fig.items(mm.r, id, n.box.Center(), n.color)...)
		tb = n.fig.text.Translate(n.box.Center())
	}
	return append(out, n.text.items(mm.r, id+":text", textColor, align, tb)...)
}

// connector is the curve from a parent to a child, thick near the centre
// and thinner at each level out.
func (mm *mindmap) connector(p, k *mmNode) scene.Item {
	pts := mm.curve(p, k)
	st := mm.r.base()
	st.Stroke = k.color
	st.StrokeWidth = []float64{3.5, 3.5, 2, 1.25}[min(k.depth, 3)]
	st.Roughness = min(st.Roughness, 1.2)
	return scene.Item{ID: "mindmap:link:" + k.id, Kind: scene.Bezier, Points: pts, Style: st}
}

// curve is a connector's cubic: it leaves the parent and reaches the child
// along their axis (horizontal when balanced, the rays when radial).
func (mm *mindmap) curve(p, k *mmNode) []geom.Point {
	a, b := mm.anchors(p, k)
	if mm.radialOK {
		u := mm.outward(p, k)
		v := mm.outward(k, k).Scale(-1)
		reach := a.Dist(b) / 3
		return []geom.Point{a, a.Add(u.Scale(reach)), b.Add(v.Scale(reach)), b}
	}
	mid := (a.X + b.X) / 2
	return []geom.Point{a, geom.Pt(mid, a.Y), geom.Pt(mid, b.Y), b}
}

// anchors are where a connector starts and ends: a little off the sides
// of the two topics (balanced), or off their outlines on the line between
// their centres (radial).
func (mm *mindmap) anchors(p, k *mmNode) (geom.Point, geom.Point) {
	pc, kc := p.box.Center(), k.box.Center()
	if mm.radialOK {
		a := mm.outline(p).exit(kc)
		b := mm.outline(k).exit(pc)
		u := kc.Sub(pc).Unit()
		return a.Add(u.Scale(mmAnchorGap)), b.Sub(u.Scale(mmAnchorGap))
	}
	dir := 1.0
	if kc.X < pc.X {
		dir = -1
	}
	a := geom.Pt(pc.X+dir*(p.box.W/2+mmAnchorGap), pc.Y)
	if p.depth == 0 {
		a = mm.outline(p).exit(geom.Pt(pc.X+dir*p.box.W, kc.Y))
	}
	b := geom.Pt(kc.X-dir*(k.box.W/2+mmAnchorGap), kc.Y)
	return a, b
}

// outline is a topic's drawn shape, for ending connectors on it.
func (mm *mindmap) outline(n *mmNode) outline {
	if n.depth == 0 {
		return outline{Kind: scene.Ellipse, Box: n.box}
	}
	return outline{Kind: scene.Rect, Box: n.box}
}

// outward is the direction a connector leaves n towards its child k: away
// from the centre along n's ray, or straight at k from the centre itself.
func (mm *mindmap) outward(n, k *mmNode) geom.Point {
	c := mm.root.box.Center()
	if n.depth == 0 {
		return k.box.Center().Sub(c).Unit()
	}
	return n.box.Center().Sub(c).Unit()
}
