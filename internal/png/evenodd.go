package png

import (
	"image"
	"image/color"
	"image/draw"
	"math"
	"sort"
)

// evenOddRows is how many sample rows each pixel row has when an area is
// filled by the even-odd rule; across a row, coverage is exact.
const evenOddRows = 5

// edge is one polygon side, top to bottom, in pixels.
type edge struct{ x0, y0, x1, y1 float64 }

// fillEvenOdd paints the polygons' area by the even-odd rule (which the
// vector rasterizer, nonzero only, does not have) in col: each pixel row
// is sampled at evenOddRows heights, and between the crossings of each
// sample line the spans inside are added up with their exact horizontal
// coverage.
func (c *Canvas) fillEvenOdd(polys []poly, col color.RGBA) {
	box, ok := bounds(polys, c.size)
	if !ok {
		return
	}
	edges := edgesOf(polys)
	mask := image.NewAlpha(box)
	row := make([]float64, box.Dx()+1)
	var xs []float64
	for y := box.Min.Y; y < box.Max.Y; y++ {
		clear(row)
		for k := range evenOddRows {
			sy := float64(y) + (float64(k)+0.5)/evenOddRows
			xs = crossings(xs[:0], edges, sy)
			for i := 0; i+1 < len(xs); i += 2 {
				span(row, xs[i]-float64(box.Min.X), xs[i+1]-float64(box.Min.X))
			}
		}
		for x := range box.Dx() {
			mask.Pix[(y-box.Min.Y)*mask.Stride+x] = uint8(math.Round(min(row[x]/evenOddRows, 1) * 255))
		}
	}
	draw.DrawMask(c.img, box, image.NewUniform(col), image.Point{}, mask, box.Min, draw.Over)
}

func edgesOf(polys []poly) []edge {
	var out []edge
	for _, p := range polys {
		n := len(p.pts)
		for i := range n {
			a, b := p.pts[i], p.pts[(i+1)%n]
			if a.Y == b.Y {
				continue
			}
			if a.Y > b.Y {
				a, b = b, a
			}
			out = append(out, edge{a.X, a.Y, b.X, b.Y})
		}
	}
	return out
}

// crossings are where the line at height y crosses the edges, sorted.
func crossings(xs []float64, edges []edge, y float64) []float64 {
	for _, e := range edges {
		if y >= e.y0 && y < e.y1 {
			xs = append(xs, e.x0+(y-e.y0)*(e.x1-e.x0)/(e.y1-e.y0))
		}
	}
	sort.Float64s(xs)
	return xs
}

// span adds the coverage of [a, b) to the row's pixels.
func span(row []float64, a, b float64) {
	a, b = max(a, 0), min(b, float64(len(row)-1))
	if b <= a {
		return
	}
	i, j := int(a), int(b)
	if i == j {
		row[i] += b - a
		return
	}
	row[i] += float64(i+1) - a
	for x := i + 1; x < j; x++ {
		row[x]++
	}
	row[j] += b - float64(j)
}
