package lint

import (
	"math"
	"slices"
	"strings"

	"github.com/sketchdeck/sketchdeck/internal/geom"
	"github.com/sketchdeck/sketchdeck/internal/scene"
	"github.com/sketchdeck/sketchdeck/internal/shape"
	"github.com/sketchdeck/sketchdeck/internal/text"
)

// Inker measures the ink of one line of text, glyph by glyph (text.Fonts
// does): each glyph's box with the pen at the origin on the baseline, y
// down.
type Inker interface {
	Ink(s string, size float64) []text.InkBox
}

// inkIn is ink set in a text's own family (scene.Text.Font; "" keeps the
// theme's). Only the shipped fonts hold several families.
func inkIn(ink Inker, font string) Inker {
	if fs, ok := ink.(*text.Fonts); ok {
		return fs.Named(font)
	}
	return ink
}

// piece is one scene item as geometry.
type piece struct {
	it  *scene.Item
	idx int // draw order
	g   *group
	// lines are a text's inked lines, each a (possibly turned) box.
	lines []textLine
	grow  float64 // the clearance its glyph boxes were grown by
	// spanList are the lines' spans once found (spans).
	spanList []span
	spanned  bool
	// area is a closed shape's outline, convex (a star's hull); filled
	// says whether its inside is painted.
	area   polygon
	filled bool
	// strokes are the painted lines: an open line's pieces, a closed
	// shape's sides.
	strokes []seg
	// all holds every point the item reaches, for the canvas check.
	all []geom.Point
}

// textLine is one inked line of a text item: its glyphs' boxes, each
// grown by the clearance text needs (and turned with the item), and their
// bounds for quick rejection.
type textLine struct {
	text   string
	glyphs []polygon
	bounds geom.Rect
}

// newPiece turns an item into geometry; ink measures text.
func newPiece(it *scene.Item, idx int, g *group, ink Inker) *piece {
	p := &piece{it: it, idx: idx, g: g}
	turn := func(q geom.Point) geom.Point { return q }
	if it.Rotate != 0 {
		c, a := it.Box.Center(), it.Rotate*math.Pi/180
		turn = func(q geom.Point) geom.Point { return q.Rotate(c, a) }
	}
	stroked := paints(it.Style.Stroke)
	switch it.Kind {
	case scene.Label:
		p.text(ink, turn)
	case scene.Polygon:
		p.closed(polygon(it.Points), turn, stroked)
	case scene.Polyline, scene.Freehand:
		p.open(it.Points, turn, stroked)
	case scene.Bezier:
		p.open(flattenBezier(it.Points), turn, stroked)
	case scene.Curve:
		p.open(flattenCurve(it.Points), turn, stroked)
	case scene.Picture:
		p.picture(turn)
	default:
		if o, ok := shape.OutlineNamed(string(it.Kind)); ok {
			p.figure(o.Figure(it.Box, it.Params()), turn, stroked)
		}
	}
	return p
}

// figure takes a shape's outline as the sketch stage draws it (the
// registry's plain pieces): its fill piece is the area, its stroke pieces
// the strokes (a cylinder's lid crosses its body).
func (p *piece) figure(f shape.Figure, turn func(geom.Point) geom.Point, stroked bool) {
	p.closed(flatten(f.Fill), turn, stroked)
	if !stroked {
		return
	}
	p.strokes = nil
	for _, pc := range f.Stroke {
		pts := flatten(pc)
		for i := range pts {
			pts[i] = turn(pts[i])
		}
		p.strokes = append(p.strokes, segs(pts, pc.Kind == shape.PolygonPiece || pc.Kind == shape.EllipsePiece || pc.Kind == shape.PathPiece)...)
	}
}

// flatten turns a figure's piece into points: a polygon's corners, an
// ellipse or arc sampled, a line's ends.
func flatten(pc shape.Piece) []geom.Point {
	switch pc.Kind {
	case shape.EllipsePiece:
		return arc(pc.Center, pc.W, pc.H, 0, 2*math.Pi, false)
	case shape.ArcPiece:
		return arc(pc.Center, pc.W, pc.H, pc.From, pc.To, true)
	case shape.PathPiece:
		return shape.Flatten(pc)
	}
	return append([]geom.Point(nil), pc.Points...)
}

func paints(c string) bool { return c != "" && c != "none" && c != "transparent" }

func (p *piece) closed(pts polygon, turn func(geom.Point) geom.Point, stroked bool) {
	out := make(polygon, len(pts))
	for i, q := range pts {
		out[i] = turn(q)
	}
	p.all = out
	p.filled = p.it.Style.FillStyle != scene.FillNone && paints(p.it.Style.Fill)
	if !stroked && !p.filled {
		return // draws nothing
	}
	p.area = hull(out)
	if stroked {
		p.strokes = segs(out, true)
	}
}

// picture takes an image as an opaque box: painted all over, with no
// strokes of its own.
func (p *piece) picture(turn func(geom.Point) geom.Point) {
	c := p.it.Box.Corners()
	pts := polygon(c[:])
	for i := range pts {
		pts[i] = turn(pts[i])
	}
	p.all, p.area, p.filled = pts, hull(pts), true
}

func (p *piece) open(pts []geom.Point, turn func(geom.Point) geom.Point, stroked bool) {
	out := make([]geom.Point, len(pts))
	for i, q := range pts {
		out[i] = turn(q)
	}
	p.all = out
	if stroked {
		p.strokes = segs(out, false)
	}
}

// text measures each line's ink where the SVG writer sets it: anchored at
// X by the alignment, on the baseline Y. A line's glyph boxes share one
// array, and the ink's corners go straight into all: a large graph has
// thousands of texts, and a moved one is measured again at each place
// tried.
func (p *piece) text(ink Inker, turn func(geom.Point) geom.Point) {
	t := p.it.Text
	if t == nil || ink == nil {
		return
	}
	grow := max(clearance, clearanceEm*t.Size)
	p.grow = grow
	ink = inkIn(ink, t.Font)
	for _, l := range t.Lines {
		start := t.Start(l)
		boxes := ink.Ink(l.Text, t.Size)
		if len(boxes) == 0 {
			continue
		}
		tl := textLine{text: l.Text, glyphs: make([]polygon, len(boxes))}
		n := 4 * len(boxes)
		buf := make([]geom.Point, 2*n)
		grown := buf[:n:n]
		if p.all == nil {
			p.all = buf[n:n]
		} else {
			p.all = slices.Grow(p.all, n)
		}
		for k, b := range boxes {
			r := geom.Rect{X: start + b.X0, Y: l.Y + b.Y0, W: b.X1 - b.X0, H: b.Y1 - b.Y0}
			q := polygon(grown[4*k : 4*k+4 : 4*k+4])
			grew, c := r.Inset(-grow).Corners(), r.Corners()
			copy(q, grew[:])
			for i := range q {
				q[i], c[i] = turn(q[i]), turn(c[i])
			}
			tl.glyphs[k] = q
			tl.bounds = tl.bounds.Union(q.box())
			p.all = append(p.all, c[:]...) // the canvas must hold the ink, not the clearance
		}
		if p.lines == nil {
			p.lines = make([]textLine, 0, len(t.Lines))
		}
		p.lines = append(p.lines, tl)
	}
}

// label names the item in a message: a text by its words and id, any
// other item by its kind and id.
func (p *piece) label() string {
	if p.it.Kind == scene.Label && p.it.Text != nil {
		var words []string
		for _, l := range p.it.Text.Lines {
			words = append(words, l.Text)
		}
		s := strings.Join(words, " ")
		if r := []rune(s); len(r) > 40 {
			s = string(r[:39]) + "…"
		}
		return "text \"" + s + "\" (" + p.it.ID + ")"
	}
	return string(p.it.Kind) + " " + p.it.ID
}

// unit is what findings are counted by: a text item itself, any other
// item by its group, so that a part of twelve strokes over a node is one
// finding, not twelve.
func (p *piece) unit() string {
	if p.it.Kind == scene.Label {
		return p.it.ID
	}
	return p.g.id
}
