package sketch

import (
	"math"

	"github.com/sketchdeck/sketchdeck/internal/geom"
	"github.com/sketchdeck/sketchdeck/internal/scene"
)

// cylinderRy is the vertical radius of a database's end ellipses: a quarter
// of the smaller side over two, flat enough to read as a lid on wide boxes
// without swallowing short ones.
func cylinderRy(b geom.Rect) float64 {
	return math.Min(b.W, b.H) / 8
}

// drawCylinder draws a database: the silhouette filled first, then the
// whole top ellipse, the front half of the bottom one and the two sides.
func drawCylinder(p *Pen, it scene.Item) Drawing {
	var d Drawing
	b := it.Box
	ry := cylinderRy(b)
	cx := b.X + b.W/2
	top := geom.Point{X: cx, Y: b.Y + ry}
	bottom := geom.Point{X: cx, Y: b.Y + b.H - ry}
	if fillOn(it.Style) {
		d.add(p.FillPolygon(cylinderSilhouette(top, bottom, b.W/2, ry)))
	}
	if !strokeOn(it.Style) {
		return d
	}
	ops := p.ellipseOps(nil, top, b.W, 2*ry)
	ops = p.arcOps(ops, bottom, b.W, 2*ry, 0, math.Pi)
	ops = p.doubleLine(ops, geom.Point{X: b.X, Y: top.Y}, geom.Point{X: b.X, Y: bottom.Y}, false)
	ops = p.doubleLine(ops, geom.Point{X: b.X + b.W, Y: top.Y}, geom.Point{X: b.X + b.W, Y: bottom.Y}, false)
	d.add(p.strokePath(ops))
	return d
}

// cylinderSilhouette is the outline of the whole body: the top ellipse's
// upper half, the right side, the bottom ellipse's lower half, the left side.
func cylinderSilhouette(top, bottom geom.Point, rx, ry float64) []geom.Point {
	const n = 12 // points per half ellipse
	pts := make([]geom.Point, 0, 2*(n+1))
	for i := 0; i <= n; i++ {
		a := math.Pi + math.Pi*float64(i)/n // left, over the top, to the right
		pts = append(pts, geom.Point{X: top.X + rx*math.Cos(a), Y: top.Y + ry*math.Sin(a)})
	}
	for i := 0; i <= n; i++ {
		a := math.Pi * float64(i) / n // right, under the bottom, to the left
		pts = append(pts, geom.Point{X: bottom.X + rx*math.Cos(a), Y: bottom.Y + ry*math.Sin(a)})
	}
	return pts
}
