package layout

import (
	"context"
	"strconv"

	"github.com/sketchdeck/sketchdeck/internal/geom"
	"github.com/sketchdeck/sketchdeck/internal/scene"
	"github.com/sketchdeck/sketchdeck/internal/spec"
)

// Panel arrangement defaults, px.
const (
	panelGap      = 120 // between two panels' contents; the divider runs down its middle
	dividerReach  = 12  // how far a divider runs past the panels' ends
	panelTitleGap = 36  // between a panel's title and its drawing
)

// Panels lays out the panels kind: each panel is a graph laid out on its
// own (as the graph kind lays one out), then the panels are set side by
// side or stacked, under their titles, with hand-drawn dividers between.
type Panels struct{}

// panelBlock is one laid-out panel before it is moved into place.
type panelBlock struct {
	id      string
	title   *scene.Item
	content []scene.Item
	box     geom.Rect // the content's bounds
}

// Layout implements Engine.
func (Panels) Layout(ctx context.Context, d *spec.Diagram, env Env) (*scene.Scene, error) {
	env = env.bounded()
	var errs spec.ErrorList
	r := resolver{env: env, d: d, errs: &errs}
	blocks := make([]panelBlock, len(d.Panels))
	for i := range d.Panels {
		b, err := panelItems(ctx, d, r, i)
		if err != nil {
			return nil, err
		}
		blocks[i] = b
	}
	items, boxes := arrange(d.Split, blocks)
	items = append(items, dividers(r, d.Split, boxes)...)
	pl := placed{items: items, nodes: map[string]outline{}}
	for i, b := range blocks {
		pl.nodes[b.id] = outline{Kind: scene.Rect, Box: boxes[i]}
	}
	marks, movers := markItems(r, d.Marks, "", pl)
	items = append(items, marks...)
	if err := errs.Err(); err != nil {
		return nil, err
	}
	makeRoom(d, env, items, movers)
	return frame(d, env, items, d.Layout.Margin), nil
}

// panelItems lays out panel i as a graph with its marks; its item ids are
// prefixed with "panel:ID:" so that two panels never share a wobble.
func panelItems(ctx context.Context, d *spec.Diagram, r resolver, i int) (panelBlock, error) {
	p := &d.Panels[i]
	prefix := "panels[" + strconv.Itoa(i) + "]."
	g := p.Graph(d)
	var orig *spec.Diagram
	if o := r.env.Original; o != nil && i < len(o.Panels) && o.Panels[i].ID == p.ID {
		orig = o.Panels[i].Graph(o)
	}
	pl, err := graphItems(ctx, g, r, prefix, orig)
	if err != nil {
		return panelBlock{}, err
	}
	marks, movers := markItems(r, g.Marks, prefix, pl)
	items := append(pl.items, marks...)
	for k := range items {
		items[k].Prefix("panel:" + p.ID + ":")
	}
	makeRoom(d, r.env, items, movers)
	stamp(items, int(p.Step))
	b := panelBlock{id: p.ID, content: items, box: contentBounds(items)}
	if p.Title != "" {
		size := pick(p.TitleSize, pick(d.Split.TitleSize, r.env.Theme.TitleSize))
		color, _ := r.env.Theme.Color(r.env.Theme.TextColor)
		t := textItem(r.env.Text, textSpec{ID: "panel:" + p.ID + ":title", Text: p.Title, Size: size, Color: color}, geom.Point{})
		t.Step = int(p.Step)
		b.title = &t
	}
	return b, nil
}

// arrange moves the panels into a row (or a column) and returns every
// item with each panel's box (title and content).
func arrange(s spec.Split, blocks []panelBlock) ([]scene.Item, []geom.Rect) {
	stacked := s.Direction == spec.TB
	gap := pick(s.Gap, panelGap)
	titleH, contentH, contentW := 0.0, 0.0, 0.0
	for _, b := range blocks {
		if b.title != nil {
			titleH = max(titleH, b.title.Box.H)
		}
		contentH, contentW = max(contentH, b.box.H), max(contentW, b.box.W)
	}
	top := 0.0
	if titleH > 0 {
		top = titleH + panelTitleGap
	}
	var items []scene.Item
	boxes := make([]geom.Rect, len(blocks))
	cursor := 0.0
	for i, b := range blocks {
		col := b.box.W
		if b.title != nil {
			col = max(col, b.title.Box.W)
		}
		var origin geom.Point // the panel's top-left corner
		var cell geom.Point   // the room its content is aligned in
		if stacked {
			origin, cell = geom.Pt(0, cursor), geom.Pt(contentW, b.box.H)
			col = contentW
			cursor += top + b.box.H + gap
		} else {
			origin, cell = geom.Pt(cursor, 0), geom.Pt(col, contentH)
			cursor += col + gap
		}
		dy := (cell.Y - b.box.H) * alignFactor(s.Align)
		translate(b.content, geom.Pt(origin.X+(col-b.box.W)/2-b.box.X, origin.Y+top+dy-b.box.Y))
		items = append(items, b.content...)
		boxes[i] = geom.Rect{X: origin.X, Y: origin.Y, W: col, H: top + cell.Y}
		if b.title != nil {
			t := []scene.Item{*b.title}
			c := t[0].Box.Center()
			translate(t, geom.Pt(origin.X+col/2-c.X, origin.Y+titleH/2-c.Y))
			items = append(items, t...)
		}
	}
	return items, boxes
}

func alignFactor(a spec.PanelAlign) float64 {
	switch a {
	case spec.AlignTop:
		return 0
	case spec.AlignBottom:
		return 1
	}
	return 0.5
}

// dividers draws the hand-drawn lines between panels, down the middle of
// the gaps, a little longer than the panels.
func dividers(r resolver, s spec.Split, boxes []geom.Rect) []scene.Item {
	if s.Divider == spec.DividerNone {
		return nil
	}
	st := r.base()
	st.StrokeWidth = pick(s.DividerWidth, 1)
	if s.Divider == spec.DividerDashed {
		st.Dash = scene.Dashed
	}
	all := geom.Rect{}
	for _, b := range boxes {
		all = all.Union(b)
	}
	var out []scene.Item
	for i := 1; i < len(boxes); i++ {
		a, b := boxes[i-1], boxes[i]
		var p, q geom.Point
		if s.Direction == spec.TB {
			y := (a.Y + a.H + b.Y) / 2
			p, q = geom.Pt(all.X-dividerReach, y), geom.Pt(all.X+all.W+dividerReach, y)
		} else {
			x := (a.X + a.W + b.X) / 2
			p, q = geom.Pt(x, all.Y-dividerReach), geom.Pt(x, all.Y+all.H+dividerReach)
		}
		out = append(out, scene.Item{ID: "divider:" + strconv.Itoa(i), Kind: scene.Polyline, Points: []geom.Point{p, q}, Style: st})
	}
	return out
}
