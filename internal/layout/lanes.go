package layout

import (
	"strconv"

	"github.com/sketchdeck/sketchdeck/internal/geom"
	"github.com/sketchdeck/sketchdeck/internal/scene"
	"github.com/sketchdeck/sketchdeck/internal/spec"
)

// lanes are a graph's swimlanes once placed: each lane's band across the
// flow, in written order.
type lanes struct {
	across bool        // bands are rows (LR, RL); else columns (TB, BT)
	bands  []geom.Rect // one per lane, header included
	head   float64     // the names' strip at the bands' start
}

// fitLanes moves each lane's nodes (and group frames) across the flow
// into a band of its own, the bands in written order and touching, and
// returns the bands. Graphviz's clusters keep a lane's nodes together but
// not its band free of other lanes' nodes across the ranks; here each
// lane keeps its own arrangement, shifted as one.
func fitLanes(d *spec.Diagram, r resolver, nodes []node, centers []geom.Point, f *frames) lanes {
	ls := lanes{across: d.Layout.Direction == spec.LR || d.Layout.Direction == spec.RL}
	cross := func(b geom.Rect) (lo, hi float64) {
		if ls.across {
			return b.Y, b.Y + b.H
		}
		return b.X, b.X + b.W
	}
	index := map[string]int{}
	for i, l := range d.Lanes {
		index[l.ID] = i
	}
	content := make([]geom.Rect, len(d.Lanes))
	var all geom.Rect
	for i, nd := range nodes {
		b := nd.foot.Translate(centers[i])
		k := index[nd.spec.Lane]
		content[k] = content[k].Union(b)
		all = all.Union(b)
	}
	groupLane := map[string]int{}
	for id, b := range f.boxes {
		k := index[f.groupLane(id)]
		groupLane[id] = k
		content[k] = content[k].Union(b)
		all = all.Union(b)
	}
	ls.head = laneHead(d, r, f.size, ls.across)
	at := 0.0
	shift := make([]float64, len(d.Lanes))
	for k, l := range d.Lanes {
		lo, hi := cross(content[k])
		if content[k].Empty() {
			lo, hi = 0, f.size*2
		}
		lo, hi = lo-lanePad, hi+lanePad
		shift[k] = at - lo
		size := hi - lo
		_, nameH := measure(r.env.Text, l.Name, f.size)
		if ls.across {
			size = max(size, nameH+lanePad)
		}
		ls.bands = append(ls.bands, ls.band(all, at, size))
		at += size
	}
	for i, nd := range nodes {
		centers[i] = ls.move(centers[i], shift[index[nd.spec.Lane]])
	}
	for id, b := range f.boxes {
		d := ls.move(geom.Point{}, shift[groupLane[id]])
		f.boxes[id] = b.Translate(d)
	}
	return ls
}

// laneHead is the depth of the strip that holds the lanes' names: a
// column as wide as the widest name, or a row as tall as the tallest.
func laneHead(d *spec.Diagram, r resolver, size float64, across bool) float64 {
	head := 0.0
	for _, l := range d.Lanes {
		w, h := measure(r.env.Text, l.Name, size)
		if across {
			head = max(head, w)
		} else {
			head = max(head, h)
		}
	}
	return head + 2*lanePad
}

func (ls lanes) move(p geom.Point, by float64) geom.Point {
	if ls.across {
		return geom.Pt(p.X, p.Y+by)
	}
	return geom.Pt(p.X+by, p.Y)
}

// band is a lane's box: across the flow from at, size deep; along it,
// the whole drawing with the names' strip before it.
func (ls lanes) band(all geom.Rect, at, size float64) geom.Rect {
	if ls.across {
		return geom.Rect{X: all.X - lanePad - ls.head, Y: at, W: all.W + 2*lanePad + ls.head, H: size}
	}
	return geom.Rect{X: at, Y: all.Y - lanePad - ls.head, W: size, H: all.H + 2*lanePad + ls.head}
}

// items draws the lanes: fills, the names in their strip, and the rules
// between lanes and around them, in lane_rule's dash.
func (ls lanes) items(d *spec.Diagram, r resolver, prefix string, size float64) []scene.Item {
	if len(ls.bands) == 0 {
		return nil
	}
	var out []scene.Item
	var outer geom.Rect
	for k, l := range d.Lanes {
		b := ls.bands[k]
		outer = outer.Union(b)
		path := prefix + "lanes[" + strconv.Itoa(k) + "]"
		if l.Fill != "" {
			st := r.style(look{Fill: l.Fill, FillStyle: spec.Solid, Stroke: "none"}, "", path, path+".fill")
			out = append(out, scene.Item{ID: "lane:" + l.ID, Kind: scene.Rect, Box: b, Style: st, Step: int(l.Step)})
		}
		if l.Name != "" {
			color := r.color("", r.env.Theme.TextColor, path)
			t := textSpec{ID: "lane:" + l.ID + ":name", Text: l.Name, Size: size, Color: color}
			out = append(out, stamp([]scene.Item{textInBox(r.env.Text, t, ls.headBox(b))}, int(l.Step))...)
		}
	}
	dash := d.Layout.LaneRule
	if dash == "" {
		dash = spec.StrokeSolid
	}
	st := r.style(look{StrokeStyle: dash}, "", "layout.lane_rule", "")
	line := func(id string, a, b geom.Point) {
		out = append(out, scene.Item{ID: id, Kind: scene.Polyline, Points: []geom.Point{a, b}, Style: st})
	}
	for k := 1; k < len(ls.bands); k++ {
		b := ls.bands[k]
		if ls.across {
			line("lanes:rule:"+strconv.Itoa(k), geom.Pt(b.X, b.Y), geom.Pt(b.X+b.W, b.Y))
		} else {
			line("lanes:rule:"+strconv.Itoa(k), geom.Pt(b.X, b.Y), geom.Pt(b.X, b.Y+b.H))
		}
	}
	if ls.across {
		line("lanes:head", geom.Pt(outer.X+ls.head, outer.Y), geom.Pt(outer.X+ls.head, outer.Y+outer.H))
	} else {
		line("lanes:head", geom.Pt(outer.X, outer.Y+ls.head), geom.Pt(outer.X+outer.W, outer.Y+ls.head))
	}
	frame := r.base()
	out = append(out, scene.Item{ID: "lanes:frame", Kind: scene.Rect, Box: outer, Style: frame})
	return out
}

// headBox is where a lane's name goes: the band's part of the names' strip.
func (ls lanes) headBox(b geom.Rect) geom.Rect {
	if ls.across {
		return geom.Rect{X: b.X, Y: b.Y, W: ls.head, H: b.H}
	}
	return geom.Rect{X: b.X, Y: b.Y, W: b.W, H: ls.head}
}
