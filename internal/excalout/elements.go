package excalout

import (
	"math"
	"strings"

	"github.com/sketchdeck/sketchdeck/internal/geom"
	"github.com/sketchdeck/sketchdeck/internal/head"
	"github.com/sketchdeck/sketchdeck/internal/scene"
)

// converter writes one item as its elements.
type converter func(w *writer, it *scene.Item)

// converters are the item kinds with an element of their own; every other
// outline of internal/shape is drawn as lines (outlineConverter).
var converters = map[scene.Kind]converter{
	scene.Rect:     shapeElement("rectangle"),
	scene.Ellipse:  shapeElement("ellipse"),
	"diamond":      shapeElement("diamond"),
	scene.Polygon:  func(w *writer, it *scene.Item) { w.linear(it, it.ID, turned(it, it.Points), false, true) },
	scene.Polyline: func(w *writer, it *scene.Item) { w.linear(it, it.ID, turned(it, it.Points), false, false) },
	scene.Curve:    func(w *writer, it *scene.Item) { w.linear(it, it.ID, turned(it, it.Points), true, false) },
	scene.Bezier:   func(w *writer, it *scene.Item) { w.linear(it, it.ID, turned(it, bezierPoints(it.Points)), true, false) },
	scene.Freehand: freedraw,
	scene.Label:    textElement,
	scene.Picture:  image,
}

// FontFamilies are Excalidraw's font families of sketchdeck's text
// families: Virgil, its handwriting face, is sketchdeck's too.
var FontFamilies = map[string]int{"handwriting": 1, "sans": 2, "mono": 3}

// Arrowheads are Excalidraw's arrowheads of sketchdeck's heads (by
// internal/head's names; "" is the default head).
var Arrowheads = map[string]string{
	"": "arrow", "open": "arrow", "triangle": "triangle_outline", "filled": "triangle", "bar": "bar",
	"dot": "circle", "circle": "circle_outline", "diamond": "diamond_outline", head.NoneName: "",
}

func shapeElement(typ string) converter {
	return func(w *writer, it *scene.Item) {
		e := Element{Type: typ, X: round(it.Box.X), Y: round(it.Box.Y), Width: round(it.Box.W), Height: round(it.Box.H), Angle: radians(it.Rotate)}
		fill(&e, it.Style)
		if typ == "rectangle" && it.Radius < 0 {
			e.Roundness = &Roundness{Type: 3} // Excalidraw's adaptive radius is sketchdeck's default
		} else if typ == "rectangle" && it.Radius > 0 {
			e.Roundness = &Roundness{Type: 3, Value: round(it.Radius)}
		}
		w.add(it, e)
	}
}

func radians(deg float64) float64 {
	if deg == 0 {
		return 0
	}
	return math.Mod(deg, 360) * math.Pi / 180
}

// turned is pts turned by the item's rotation around its box's centre (the
// bounds of its points when it has no box), as the sketch stage turns it:
// Excalidraw turns a line around its own bounds, so the turn is applied.
func turned(it *scene.Item, pts []geom.Point) []geom.Point {
	if it.Rotate == 0 || len(pts) == 0 {
		return pts
	}
	c := it.Box.Center()
	if it.Box == (geom.Rect{}) {
		c = geom.Bounds(it.Points).Center()
	}
	out := make([]geom.Point, len(pts))
	for i, p := range pts {
		out[i] = p.Rotate(c, it.Rotate*math.Pi/180)
	}
	return out
}

// bezierPoints are the points a round line goes through to follow cubic
// segments P0 C1 C2 P1 ...: each segment's ends and its middle.
func bezierPoints(pts []geom.Point) []geom.Point {
	if len(pts) < 4 {
		return pts
	}
	out := []geom.Point{pts[0]}
	for i := 0; i+3 < len(pts); i += 3 {
		a, b, c, d := pts[i], pts[i+1], pts[i+2], pts[i+3]
		mid := geom.Pt((a.X+3*b.X+3*c.X+d.X)/8, (a.Y+3*b.Y+3*c.Y+d.Y)/8)
		out = append(out, mid, d)
	}
	return out
}

// relative are pts relative to the first, rounded, and the size of their
// bounds.
func relative(pts []geom.Point) (rel [][2]float64, w, h float64) {
	o := pts[0]
	rel = make([][2]float64, len(pts))
	minX, minY, maxX, maxY := 0.0, 0.0, 0.0, 0.0
	for i, p := range pts {
		x, y := round(p.X-o.X), round(p.Y-o.Y)
		rel[i] = [2]float64{x, y}
		minX, maxX, minY, maxY = min(minX, x), max(maxX, x), min(minY, y), max(maxY, y)
	}
	return rel, round(maxX - minX), round(maxY - minY)
}

// linear writes a line, or an arrow when the item has heads, through pts
// (absolute): smooth draws it as a curve, closed as a filled polygon. It
// returns the element's index.
func (w *writer) linear(it *scene.Item, id string, pts []geom.Point, smooth, closed bool) int {
	if len(pts) < 2 {
		return -1
	}
	if closed && pts[0] != pts[len(pts)-1] {
		pts = append(pts[:len(pts):len(pts)], pts[0])
	}
	rel, wd, ht := relative(pts)
	e := Element{ID: id, Type: "line", X: round(pts[0].X), Y: round(pts[0].Y), Width: wd, Height: ht}
	lp := &LinearProps{}
	e.Points = rel
	hd := it.Heads
	if hd.Start {
		lp.StartArrowhead = arrowhead(hd.Tail)
	}
	if hd.End {
		lp.EndArrowhead = arrowhead(hd.Head)
	}
	e.LinearProps = lp
	if lp.StartArrowhead != nil || lp.EndArrowhead != nil || it.From != "" || it.To != "" {
		e.Type, e.ArrowProps = "arrow", &ArrowProps{}
	} else {
		e.LineProps = &LineProps{Polygon: closed && len(pts) > 3}
	}
	if smooth {
		e.Roundness = &Roundness{Type: 2}
	}
	if closed {
		fill(&e, it.Style)
	}
	i := w.add(it, e)
	if it.From != "" || it.To != "" {
		w.edges = append(w.edges, edge{el: i, from: it.From, to: it.To})
	}
	return i
}

func arrowhead(name string) *string {
	h, ok := Arrowheads[name]
	if !ok {
		h = "arrow"
	}
	if h == "" {
		return nil
	}
	return &h
}

// freedraw writes a pencil stroke.
func freedraw(w *writer, it *scene.Item) {
	pts := turned(it, it.Points)
	if len(pts) == 0 {
		return
	}
	rel, wd, ht := relative(pts)
	e := Element{Type: "freedraw", X: round(pts[0].X), Y: round(pts[0].Y), Width: wd, Height: ht, Points: rel,
		FreedrawProps: &FreedrawProps{Pressures: []float64{}, SimulatePressure: true,
			StrokeOptions: StrokeOptions{Variability: "variable", Streamline: 0.5}}}
	w.add(it, e)
}

// textElement writes a text block: its lines' box, where the scene's
// metrics put the first line's baseline; a shape's label (the item
// SHAPE:label after the shape) is bound to the shape.
func textElement(w *writer, it *scene.Item) {
	t := it.Text
	if t == nil || len(t.Lines) == 0 {
		return
	}
	words := make([]string, len(t.Lines))
	left, right := math.Inf(1), math.Inf(-1)
	for i, l := range t.Lines {
		words[i] = l.Text
		left, right = min(left, t.Start(l)), max(right, t.Start(l)+l.Width)
	}
	s := strings.Join(words, "\n")
	if strings.TrimSpace(s) == "" {
		return
	}
	m := w.o.metrics(t.Font)
	lh, asc, desc := m.LineHeight(t.Size), m.Ascent(t.Size), m.Descent(t.Size)
	top := t.Lines[0].Y - ((lh-(asc+desc))/2 + asc)
	box := geom.Rect{X: left, Y: top, W: right - left, H: float64(len(t.Lines)) * lh}
	if it.Rotate != 0 {
		c := box.Center().Rotate(it.Box.Center(), it.Rotate*math.Pi/180)
		box.X, box.Y = c.X-box.W/2, c.Y-box.H/2
	}
	align := string(t.Align)
	if align == "" {
		align = "center"
	}
	tp := &TextProps{Text: s, FontSize: round(t.Size), FontFamily: w.o.fontFamily(t.Font), TextAlign: align, VerticalAlign: "top",
		OriginalText: s, AutoResize: true, LineHeight: math.Round(lh/t.Size*1e4) / 1e4}
	e := Element{Type: "text", X: round(box.X), Y: round(box.Y), Width: round(box.W), Height: round(box.H), Angle: radians(it.Rotate),
		StrokeColor: colour(t.Color, "#1e1e1e"), TextProps: tp}
	if c, ok := w.container(it.ID); ok {
		tp.ContainerID, tp.VerticalAlign = &w.els[c].ID, "middle"
		w.els[c].BoundElements = append(w.els[c].BoundElements, BoundElement{ID: it.ID, Type: "text"})
	}
	w.add(it, e)
}

// container is the shape element a label with this id belongs to: the
// element SHAPE of the label SHAPE:label, a rectangle, ellipse or diamond
// that holds no text yet.
func (w *writer) container(id string) (int, bool) {
	shape, ok := strings.CutSuffix(id, ":label")
	if !ok {
		return 0, false
	}
	c, ok := w.at[shape]
	if !ok {
		return 0, false
	}
	switch w.els[c].Type {
	case "rectangle", "ellipse", "diamond":
	default:
		return 0, false
	}
	for _, b := range w.els[c].BoundElements {
		if b.Type == "text" {
			return 0, false
		}
	}
	return c, true
}
