package layout

import (
	"github.com/sketchdeck/sketchdeck/internal/scene"
	"github.com/sketchdeck/sketchdeck/internal/spec"
)

// resolver turns written styles (a diagram's nodes, a drawing's or a
// part's elements) into scene styles, collecting an error for every colour
// it does not know.
type resolver struct {
	env  Env
	d    *spec.Diagram
	file string // used when d is nil
	errs *spec.ErrorList
	// colors maps a colour as written to a resolved colour before the
	// theme is asked: a part's roles, a placement's recolouring.
	colors map[string]string
}

// color resolves c, or def when c is empty; an unknown name is reported at
// at: the key path where it is written (a string, preferred) or a spec.Pos.
func (r resolver) color(c spec.Color, def string, at any) string {
	if c == "" {
		c = spec.Color(def)
	}
	if v, ok := r.colors[string(c)]; ok {
		return v
	}
	v, err := r.env.Theme.Color(string(c))
	if err != nil {
		r.errorAt(at, "%s", err)
		return "#000000"
	}
	return v
}

// errorAt reports an error at a key path or a position.
func (r resolver) errorAt(at any, format string, args ...any) {
	switch a := at.(type) {
	case string:
		if r.d != nil {
			r.d.Errorf(r.errs, a, format, args...)
			return
		}
		r.errs.Add(r.file, spec.Pos{}, a, format, args...)
	case spec.Pos:
		file := r.file
		if r.d != nil {
			file = r.d.File
		}
		r.errs.Add(file, a, "", format, args...)
	default:
		r.errs.Add(r.file, spec.Pos{}, "", format, args...)
	}
}

// base is the theme's style for a line or outline.
func (r resolver) base() scene.Style {
	t := r.env.Theme
	stroke, _ := t.Color(t.Stroke)
	return scene.Style{
		Stroke: stroke, StrokeWidth: t.StrokeWidth, Dash: scene.Solid,
		FillStyle: scene.FillNone, Roughness: t.Roughness, Bowing: t.Bowing,
	}
}

// look is what nodes and elements alike write about an outline and its
// fill; the theme gives what they leave out.
type look struct {
	Stroke      spec.Color
	StrokeWidth float64
	StrokeStyle spec.StrokeStyle
	Roughness   *float64
	Fill        spec.Color
	FillStyle   spec.FillStyle
}

// shapeStyle resolves a node's look; defFill is the shape's own default.
// path is the key path of the node, whose colours are reported at their keys.
func (r resolver) shapeStyle(s spec.NodeStyle, defFill string, path string) scene.Style {
	l := look{Stroke: s.Stroke, StrokeWidth: s.StrokeWidth, StrokeStyle: s.StrokeStyle, Roughness: s.Roughness, Fill: s.Fill, FillStyle: s.FillStyle}
	return r.style(l, defFill, path+".stroke", path+".fill")
}

// style resolves a look into a scene style; defFill is the fill when none
// is written, and an unknown stroke or fill colour is reported at strokeAt
// or fillAt (see color).
func (r resolver) style(s look, defFill string, strokeAt, fillAt any) scene.Style {
	st := r.base()
	st.Stroke = r.color(s.Stroke, r.env.Theme.Stroke, strokeAt)
	if s.StrokeWidth > 0 {
		st.StrokeWidth = s.StrokeWidth
	}
	if s.StrokeStyle != "" {
		st.Dash = scene.Dash(s.StrokeStyle)
	}
	if s.Roughness != nil {
		st.Roughness = *s.Roughness
	}
	st.Fill = r.color(s.Fill, defFill, fillAt)
	st.FillStyle = scene.FillStyle(r.env.Theme.FillStyle)
	if s.FillStyle != "" {
		st.FillStyle = scene.FillStyle(s.FillStyle)
	}
	if st.Fill == "" || st.Fill == "none" {
		st.Fill, st.FillStyle = "", scene.FillNone
	}
	return st
}

// fillStyle is a solid fill of colour c with the theme's outline.
func (r resolver) fillStyle(c string) scene.Style {
	st := r.base()
	st.Fill, st.FillStyle = c, scene.FillSolid
	return st
}

// merge fills the zero fields of s from the diagram's [defaults].
func merge(s, def spec.NodeStyle) spec.NodeStyle {
	if s.Shape == "" {
		s.Shape = def.Shape
	}
	// Width and height go together: a node that sets either keeps its own.
	if s.Width == 0 && s.Height == 0 {
		s.Width, s.Height = def.Width, def.Height
	}
	if s.Fill == "" {
		s.Fill = def.Fill
	}
	if s.FillStyle == "" {
		s.FillStyle = def.FillStyle
	}
	if s.Stroke == "" {
		s.Stroke = def.Stroke
	}
	if s.StrokeWidth == 0 {
		s.StrokeWidth = def.StrokeWidth
	}
	if s.StrokeStyle == "" {
		s.StrokeStyle = def.StrokeStyle
	}
	if s.FontSize == 0 {
		s.FontSize = def.FontSize
	}
	if s.TextColor == "" {
		s.TextColor = def.TextColor
	}
	if s.Roughness == nil {
		s.Roughness = def.Roughness
	}
	if s.LabelPosition == "" {
		s.LabelPosition = def.LabelPosition
	}
	if s.Token == "" {
		s.Token = def.Token
	}
	if s.TokenSize == 0 {
		s.TokenSize = def.TokenSize
	}
	if !s.Rounded.Set {
		s.Rounded = def.Rounded
	}
	if s.Cap == 0 {
		s.Cap = def.Cap
	}
	if s.IconSize == 0 {
		s.IconSize = def.IconSize
	}
	if s.ImageSize == 0 {
		s.ImageSize = def.ImageSize
	}
	return s
}

// nodeID and the other id helpers give every scene item a stable id, from
// the diagram's own ids and never from a label, so that the wobble is the
// same in every language.
func nodeID(id string, part string) string {
	if part == "" {
		return "node:" + id
	}
	return "node:" + id + ":" + part
}
