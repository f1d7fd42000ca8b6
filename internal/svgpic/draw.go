package svgpic

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"maps"
	"math"
	"slices"
	"strings"

	"github.com/sketchdeck/sketchdeck/internal/canvas"
	"github.com/sketchdeck/sketchdeck/internal/geom"
	"github.com/sketchdeck/sketchdeck/internal/icon"
	"github.com/sketchdeck/sketchdeck/internal/picture"
	"github.com/sketchdeck/sketchdeck/internal/sketch"
)

// Error is what is wrong with an SVG picture, at the line and column of
// the element that says it.
type Error struct {
	// Src is the picture's path as the diagram wrote it.
	Src       string
	Line, Col int
	Err       error
}

func (e *Error) Error() string {
	return fmt.Sprintf("%s:%d:%d: %v", e.Src, e.Line, e.Col, e.Err)
}

func (e *Error) Unwrap() error { return e.Err }

const svgNS = "http://www.w3.org/2000/svg"

// Paths reads the SVG picture im and gives its shapes as paths placed in
// im's box (fitted, centred and turned as the SVG backend's <image>
// shows it), in painting order, each with im's Effect; or an *Error that
// names the first element or attribute it cannot draw.
func Paths(im canvas.Image) ([]canvas.Path, error) {
	r := reader{im: im, dec: xml.NewDecoder(bytes.NewReader(im.Data))}
	if err := r.run(); err != nil {
		return nil, err
	}
	return r.out, nil
}

// frame is one open element: the style and placement its children
// inherit, or skip when they draw nothing.
type frame struct {
	st   style
	m    geom.Affine
	skip bool
}

type reader struct {
	im        canvas.Image
	dec       *xml.Decoder
	stack     []frame
	root      bool // the root element was read
	line, col int  // where the token being read starts
	out       []canvas.Path
}

func (r *reader) fail(err error) error {
	return &Error{Src: r.im.Src, Line: r.line, Col: r.col, Err: err}
}

func (r *reader) run() error {
	for {
		r.line, r.col = r.dec.InputPos()
		tok, err := r.dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			var se *xml.SyntaxError
			if errors.As(err, &se) {
				r.line, r.col = r.dec.InputPos()
				err = errors.New(se.Msg)
			}
			return r.fail(fmt.Errorf("not a valid SVG file: %v", err))
		}
		switch t := tok.(type) {
		case xml.StartElement:
			f, err := r.start(t)
			if err != nil {
				return r.fail(err)
			}
			r.stack = append(r.stack, f)
		case xml.EndElement:
			r.stack = r.stack[:len(r.stack)-1]
		}
	}
	if !r.root {
		return r.fail(errors.New("not a valid SVG file: its root element is not <svg>"))
	}
	return nil
}

// skipped are the SVG elements that draw nothing themselves: their
// content is read only when something refers to it (and a reference to a
// gradient, clip path, mask, filter or marker is refused where it is
// made).
var skipped = map[string]bool{
	"title": true, "desc": true, "metadata": true, "defs": true, "symbol": true,
	"linearGradient": true, "radialGradient": true, "pattern": true, "clipPath": true,
	"mask": true, "filter": true, "marker": true,
}

// refused are the SVG elements that draw what Paths cannot, with what to
// do instead.
var refused = map[string]string{
	"text":          "convert the text to paths in your editor (Inkscape: Path > Object to Path)",
	"tspan":         "convert the text to paths in your editor (Inkscape: Path > Object to Path)",
	"textPath":      "convert the text to paths in your editor (Inkscape: Path > Object to Path)",
	"image":         "show that picture as a picture of its own",
	"use":           "unlink the clone in your editor (Inkscape: Edit > Clone > Unlink Clone)",
	"style":         "write the colours as attributes (fill=\"#333\") or in a style attribute; CSS style sheets are not read",
	"foreignObject": "draw the content as shapes",
	"switch":        "keep one of its choices",
	"svg":           "an <svg> inside the picture is not read; ungroup it in your editor",
}

// start reads one element's start: the frame its children have, after
// drawing it when it is a shape.
func (r *reader) start(se xml.StartElement) (frame, error) {
	var parent frame
	if n := len(r.stack); n > 0 {
		parent = r.stack[n-1]
	}
	name := se.Name.Local
	switch {
	case parent.skip:
		return parent, nil
	case se.Name.Space != "" && se.Name.Space != svgNS:
		return frame{skip: true}, nil // an editor's own element
	case !r.root:
		if name != "svg" {
			return frame{}, errors.New("not a valid SVG file: its root element is not <svg>")
		}
		r.root = true
		return r.element(se, frame{st: initial(), m: r.viewport(se)})
	case skipped[name]:
		return frame{skip: true}, nil
	}
	if why, ok := refused[name]; ok {
		return frame{}, fmt.Errorf("<%s> is not drawn in PNG or PDF output: %s, or build this diagram as SVG only", name, why)
	}
	if name != "g" && name != "a" && shapes[name] == nil {
		return frame{}, fmt.Errorf("<%s> is not an element drawn in PNG or PDF output; the shapes drawn are path, rect, circle, ellipse, line, polyline and polygon, in g", name)
	}
	return r.element(se, parent)
}

// element applies an element's presentation and transform to what it
// inherits, draws it when it is a shape, and gives its children's frame.
func (r *reader) element(se xml.StartElement, parent frame) (frame, error) {
	a := attrsOf(se)
	f := frame{st: parent.st, m: parent.m}
	f.st.opacity = parent.st.opacity
	display := ""
	for _, d := range presentation(a) {
		switch d[0] {
		case "display":
			display = d[1]
		case "opacity":
			op, err := opacity("opacity", d[1])
			if err != nil {
				return f, err
			}
			f.st.opacity = parent.st.opacity * op
		default:
			if err := f.st.set(d[0], d[1]); err != nil {
				return f, err
			}
		}
	}
	if display == "none" {
		return frame{skip: true}, nil
	}
	if t := a.text("transform"); t != "" && se.Name.Local != "svg" {
		m, err := parseTransform(t)
		if err != nil {
			return f, err
		}
		f.m = m.Then(f.m)
	}
	if shapes[se.Name.Local] == nil {
		return f, nil
	}
	sp, err := subpaths(se.Name.Local, a)
	if err != nil {
		return f, err
	}
	if !f.st.hidden && len(sp) > 0 {
		ops := opsOf(sp, f.m)
		if !placed(ops) {
			return f, fmt.Errorf("<%s> lands more than %g px off the picture (its numbers or transforms are too large)", se.Name.Local, far)
		}
		for _, p := range f.st.paints(f.m) {
			r.out = append(r.out, canvas.Path{Ops: ops, Paint: p, Effect: r.im.Effect})
		}
	}
	return frame{skip: true}, nil // a shape's children (title, desc) draw nothing
}

// properties are the presentation properties read, with the refused ones
// (see unsupported).
var properties = map[string]bool{
	"fill": true, "stroke": true, "color": true, "stroke-width": true, "stroke-miterlimit": true,
	"fill-opacity": true, "stroke-opacity": true, "opacity": true, "fill-rule": true,
	"stroke-linecap": true, "stroke-linejoin": true, "stroke-dasharray": true,
	"stroke-dashoffset": true, "visibility": true, "display": true,
}

// presentation is an element's presentation, in the order it applies:
// its attributes (in a fixed order), then its style attribute's
// declarations, which win. Other attributes and declarations (ids,
// classes, fonts) do not change a shape's look.
func presentation(a attrs) [][2]string {
	var out [][2]string
	for _, name := range slices.Sorted(maps.Keys(a)) {
		if properties[name] || unsupported[name] != "" {
			out = append(out, [2]string{name, a.text(name)})
		}
	}
	for _, d := range styleDecls(a["style"]) {
		if properties[d[0]] || unsupported[d[0]] != "" {
			out = append(out, d)
		}
	}
	return out
}

// viewport places the picture's user space in its box: its own size
// fitted into the box (aspect kept, centred), its viewBox mapped onto that
// as its preserveAspectRatio says, all turned around the box's centre.
func (r *reader) viewport(se xml.StartElement) geom.Affine {
	w, h := picture.RootSize(se.Attr)
	b := r.im.Box
	vp, k := b.Fit(w, h)
	a := attrsOf(se)
	m := geom.Affine{A: k, D: k, E: vp.X, F: vp.Y}
	if vx, vy, vw, vh, ok := picture.ViewBox(a["viewBox"]); ok {
		m = fitViewBox(vp, geom.Rect{X: vx, Y: vy, W: vw, H: vh}, a.text("preserveAspectRatio"))
	}
	if r.im.Rotate != 0 {
		m = m.Then(geom.Rotation(r.im.Rotate, b.Center()))
	}
	return m
}

// fitViewBox maps a viewBox onto the viewport vp as preserveAspectRatio
// par says ("xMidYMid meet" when empty or not understood, as SVG says).
func fitViewBox(vp, vb geom.Rect, par string) geom.Affine {
	sx, sy := vp.W/vb.W, vp.H/vb.H
	f := strings.Fields(strings.TrimPrefix(par, "defer"))
	align, slice := "xMidYMid", false
	if len(f) > 0 {
		align = f[0]
	}
	if len(f) > 1 && f[1] == "slice" {
		slice = true
	}
	if align == "none" {
		return geom.Affine{A: sx, D: sy, E: vp.X - vb.X*sx, F: vp.Y - vb.Y*sy}
	}
	s := min(sx, sy)
	if slice {
		s = max(sx, sy)
	}
	ax, ay := alignment(align)
	return geom.Affine{A: s, D: s, E: vp.X - vb.X*s + ax*(vp.W-vb.W*s), F: vp.Y - vb.Y*s + ay*(vp.H-vb.H*s)}
}

// alignment reads "xMinYMid" and the like as fractions of the free room.
func alignment(a string) (x, y float64) {
	frac := map[string]float64{"Min": 0, "Mid": 0.5, "Max": 1}
	x, y = 0.5, 0.5
	if len(a) == 8 && a[0] == 'x' && a[4] == 'Y' {
		if v, ok := frac[a[1:4]]; ok {
			x = v
		}
		if v, ok := frac[a[5:8]]; ok {
			y = v
		}
	}
	return x, y
}

// opsOf is subpaths of cubics as path commands, placed by m.
func opsOf(sps []icon.Subpath, m geom.Affine) []sketch.Op {
	var ops []sketch.Op
	for _, sp := range sps {
		ops = append(ops, sketch.Op{Kind: sketch.Move, P: [3]geom.Point{m.Apply(sp.Points[0])}})
		for i := 1; i+2 < len(sp.Points); i += 3 {
			ops = append(ops, sketch.Op{Kind: sketch.Cubic, P: [3]geom.Point{m.Apply(sp.Points[i]), m.Apply(sp.Points[i+1]), m.Apply(sp.Points[i+2])}})
		}
		if sp.Closed {
			ops = append(ops, sketch.Op{Kind: sketch.Close})
		}
	}
	return ops
}

// far bounds a placed shape's coordinates, px: beyond it a number or
// transform has gone wild (or overflowed), and no backend should see it.
const far = 1e6

// placed tells whether every point of ops is within far of the origin.
func placed(ops []sketch.Op) bool {
	for _, op := range ops {
		for _, p := range op.P {
			if !(math.Abs(p.X) <= far && math.Abs(p.Y) <= far) { // NaN too
				return false
			}
		}
	}
	return true
}
