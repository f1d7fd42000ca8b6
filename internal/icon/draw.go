package icon

import (
	"math"
	"strconv"

	"github.com/sketchdeck/sketchdeck/internal/geom"
	"github.com/sketchdeck/sketchdeck/internal/scene"
)

// Style is how an icon is drawn: the pen's colour and width, an optional
// fill for its closed outlines, and the sketchiness.
type Style struct {
	// Stroke colours the lines and the solid dots.
	Stroke string
	// Fill paints the inside of closed outlines ("" or "none": no fill),
	// in FillStyle (solid when empty).
	Fill      string
	FillStyle scene.FillStyle
	// StrokeWidth is the pen's width in px, whatever the icon's size.
	StrokeWidth float64
	// Roughness as for any item; Draw tones it down for small icons, whose
	// details would drown in the jitter of a full-size drawing.
	Roughness float64
	Bowing    float64
}

// dotSubpath is the extent (in grid units) under which a subpath is a dot:
// Tabler draws dots as near-zero-length strokes with round caps.
const dotSubpath = 0.5

// Draw returns the icon fitted into box (square, centred) as scene items
// whose ids start with id and "/": fills first, then strokes and dots, so
// that a fill never covers a line.
func (ic *Icon) Draw(id string, box geom.Rect, st Style) []scene.Item {
	side := math.Min(box.W, box.H)
	k := side / ic.Size
	o := box.Center().Sub(geom.Pt(side/2, side/2))
	at := func(q geom.Point) geom.Point { return geom.Pt(o.X+q.X*k, o.Y+q.Y*k) }
	line := scene.Style{
		Stroke: st.Stroke, StrokeWidth: st.StrokeWidth, Dash: scene.Solid, FillStyle: scene.FillNone,
		Roughness: st.Roughness * math.Min(1, side/200), Bowing: st.Bowing,
	}
	var fills, strokes []scene.Item
	for i, p := range ic.Paths {
		for j, sp := range p.Subpaths {
			sid := id + "/" + strconv.Itoa(i) + "." + strconv.Itoa(j)
			pts := make([]geom.Point, len(sp.Points))
			for n, q := range sp.Points {
				pts[n] = at(q)
			}
			switch {
			case sp.extent() < dotSubpath:
				strokes = append(strokes, dot(sid, at(sp.Points[0]), k, line))
			case p.Filled:
				strokes = append(strokes, solid(sid, mapped(sp.flatten(6), at), line))
			default:
				if sp.closedLoop() && st.Fill != "" && st.Fill != "none" {
					fills = append(fills, fill(sid+":fill", mapped(sp.flatten(8), at), line, st))
				}
				strokes = append(strokes, scene.Item{ID: sid, Kind: scene.Bezier, Points: pts, Style: line})
			}
		}
	}
	return append(fills, strokes...)
}

func mapped(pts []geom.Point, at func(geom.Point) geom.Point) []geom.Point {
	for i := range pts {
		pts[i] = at(pts[i])
	}
	return pts
}

// dot is a round dot where Tabler has a round-capped dot: as wide as its
// stroke would be on the icon's grid, and never thinner than the pen.
func dot(id string, c geom.Point, k float64, line scene.Style) scene.Item {
	d := math.Max(2*k, 2.5*line.StrokeWidth)
	st := line
	st.Fill, st.FillStyle, st.Roughness = line.Stroke, scene.FillSolid, line.Roughness/2
	return scene.Item{ID: id, Kind: scene.Ellipse, Box: geom.RectCenter(c, d, d), Style: st}
}

// solid is a small area painted with the pen's colour.
func solid(id string, pts []geom.Point, line scene.Style) scene.Item {
	st := line
	st.Fill, st.FillStyle, st.Roughness = line.Stroke, scene.FillSolid, line.Roughness/2
	return scene.Item{ID: id, Kind: scene.Polygon, Points: pts, Style: st}
}

// fill paints the inside of a closed outline, without an outline of its
// own (the stroke item draws that).
func fill(id string, pts []geom.Point, line scene.Style, st Style) scene.Item {
	s := line
	s.Stroke, s.Fill, s.FillStyle = "none", st.Fill, st.FillStyle
	if s.FillStyle == "" || s.FillStyle == scene.FillNone {
		s.FillStyle = scene.FillSolid
	}
	return scene.Item{ID: id, Kind: scene.Polygon, Points: pts, Style: s}
}
