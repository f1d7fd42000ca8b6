package svgpic

import (
	"math"
	"testing"

	"github.com/sketchdeck/sketchdeck/internal/canvas"
	"github.com/sketchdeck/sketchdeck/internal/geom"
)

// FuzzPaths: no SVG picture makes Paths panic, and what it draws is
// placed within bounds, with finite widths.
func FuzzPaths(f *testing.F) {
	f.Add([]byte(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M3 7a3 3 0 0 1 3 -3h12z" stroke="red"/></svg>`))
	f.Add([]byte(`<svg width="10" height="10"><g transform="rotate(30 5 5) skewX(10)" opacity=".5"><rect width="4" height="4" rx="1"/><polygon points="1,1 4,1 2,3" fill-rule="evenodd"/></g></svg>`))
	f.Add([]byte(`<svg viewBox="0 0 1e-300 1e-300" preserveAspectRatio="xMaxYMin slice"><circle r="1e300" style="stroke:#abc;stroke-width:1e308"/></svg>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		ps, err := Paths(canvas.Image{Src: "f.svg", MIME: canvas.SVGMIME, Data: data, Box: geom.Rect{X: 5, Y: 5, W: 100, H: 60}, Rotate: 10})
		if err != nil {
			return
		}
		for _, p := range ps {
			if !placed(p.Ops) || math.IsNaN(p.Paint.Width) || math.IsInf(p.Paint.Width, 0) || math.IsInf(p.Paint.Dash[0], 0) {
				t.Fatalf("%q: a path off bounds or with a wild width: %+v", data, p.Paint)
			}
		}
	})
}
