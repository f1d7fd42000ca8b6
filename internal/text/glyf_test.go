package text

import (
	"encoding/binary"
	"reflect"
	"sync"
	"testing"
)

// The shipped fonts have no composite glyphs and no contour that starts
// off the curve, so these hand-made glyphs (1000 units per em, drawn at
// one px per unit) cover those cases and the packed coordinate formats.

// simpleGlyph encodes contours of (x, y, on) points with 16-bit deltas.
func simpleGlyph(contours ...[]gpoint) []byte {
	g := binary.BigEndian.AppendUint16(make([]byte, 0, 64), uint16(len(contours)))
	g = append(g, make([]byte, 8)...) // bounding box, unused
	n := 0
	for _, c := range contours {
		n += len(c)
		g = binary.BigEndian.AppendUint16(g, uint16(n-1))
	}
	g = append(g, 0, 0) // no instructions
	var xs, ys []byte
	var px, py int16
	for _, c := range contours {
		for _, p := range c {
			flag := byte(0)
			if p.on {
				flag = flagOnCurve
			}
			g = append(g, flag)
			xs = binary.BigEndian.AppendUint16(xs, uint16(int16(p.x)-px))
			ys = binary.BigEndian.AppendUint16(ys, uint16(int16(p.y)-py))
			px, py = int16(p.x), int16(p.y)
		}
	}
	return append(append(g, xs...), ys...)
}

func compositeGlyph(records ...[]byte) []byte {
	g := []byte{0xFF, 0xFF, 0, 0, 0, 0, 0, 0, 0, 0} // -1 contours, bounding box
	for _, r := range records {
		g = append(g, r...)
	}
	return g
}

func drawGlyphs(t *testing.T, glyphs ...[]byte) []string {
	t.Helper()
	outlines, err := parseOutlines(glyphs, 1000)
	if err != nil {
		t.Fatal(err)
	}
	var ds []string
	for i := range outlines {
		w := pathWriter{format: num, k: 1000}
		w.glyph(&outlines[i])
		ds = append(ds, w.b.String())
	}
	return ds
}

func TestGlyphContours(t *testing.T) {
	on := func(x, y float32) gpoint { return gpoint{x, y, true} }
	off := func(x, y float32) gpoint { return gpoint{x, y, false} }
	triangle := []byte{
		0, 1, 0, 0, 0, 0, 0, 0, 0, 0, // one contour, bounding box
		0, 2, 0, 0, // last point 2, no instructions
		// (0,0): x and y same as before; (100,0): x +100 short, y same;
		// (50,100): x -50 short, y +100 short.
		0x31, 0x33, 0x27,
		100, 50, // x
		100, // y
	}
	diagonal := []byte{
		0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0,
		0x37 | flagRepeat, 2, // three points, each x and y +10 short
		10, 10, 10, 10, 10, 10,
	}
	got := drawGlyphs(t, triangle, diagonal,
		simpleGlyph([]gpoint{off(0, 0), off(100, 0), off(100, 100), off(0, 100)}),  // all off: starts midway
		simpleGlyph([]gpoint{off(200, 0), on(300, 0), on(300, 100), on(200, 100)}), // starts at the last point
		simpleGlyph([]gpoint{on(0, 0), off(50, 100)}, []gpoint{on(0, 0), on(10, 0), on(10, 0), on(10, 0)}),
		nil,
	)
	want := []string{
		"M0 0L100 0L50 -100Z",
		"M10 -10L20 -20L30 -30Z",
		"M0 -50Q0 0 50 0Q100 0 100 -50Q100 -100 50 -100Q0 -100 0 -50Z",
		"M200 -100Q200 0 300 0L300 -100Z",
		"M0 0L10 0Z", // a two-point contour encloses nothing; repeated points are dropped
		"",
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("glyph %d: got %q, want %q", i, got[i], want[i])
		}
	}
}

func TestCompositeGlyphs(t *testing.T) {
	triangle := simpleGlyph([]gpoint{{0, 0, true}, {100, 0, true}, {50, 100, true}})
	got := drawGlyphs(t,
		triangle,
		compositeGlyph(
			// glyph 0 moved by 16-bit (1000, -200), more follow
			[]byte{0, compArgWords | compArgsXY | compMore, 0, 0, 0x03, 0xE8, 0xFF, 0x38},
			// glyph 0 scaled by 0.5 and moved by 8-bit (10, 20)
			[]byte{0, compArgsXY | compScale, 0, 0, 10, 20, 0x20, 0x00}),
		compositeGlyph(
			[]byte{0, compArgsXY | compMore, 0, 0, 0, 0},
			// glyph 0 placed so its point 0 lands on point 1 so far
			[]byte{0, 0, 0, 0, 1, 0}),
		compositeGlyph([]byte{0, compArgsXY, 0, 1, 0, 0}), // glyph 1, itself composite
	)
	want := []string{
		"M0 0L100 0L50 -100Z",
		"M1000 200L1100 200L1050 100ZM10 -20L60 -20L35 -70Z",
		"M0 0L100 0L50 -100ZM100 0L200 0L150 -100Z",
		"M1000 200L1100 200L1050 100ZM10 -20L60 -20L35 -70Z",
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("glyph %d: got %q, want %q", i, got[i], want[i])
		}
	}
}

func TestGlyphErrors(t *testing.T) {
	triangle := simpleGlyph([]gpoint{{0, 0, true}, {100, 0, true}, {50, 100, true}})
	for _, c := range []struct {
		glyphs [][]byte
		want   string
	}{
		{[][]byte{{0, 1, 0}}, "glyf: glyph 0: short header"},
		{[][]byte{{0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0x31}}, "glyf: glyph 0: short flags"},
		{[][]byte{{0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x00}}, "glyf: glyph 0: x coordinates: short data"},
		{[][]byte{{0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 5, 0, 1, 0, 0}}, "glyf: glyph 0: contour ends out of order"},
		{[][]byte{compositeGlyph([]byte{0, compArgsXY, 0, 0, 0, 0})}, "glyf: glyph 0: component 0: components form a cycle"},
		{[][]byte{compositeGlyph([]byte{0, compArgsXY, 0, 9, 0, 0})}, "glyf: glyph 0: component glyph 9 of 1"},
		{[][]byte{compositeGlyph([]byte{0, compArgsXY | compMore, 0, 0})}, "glyf: glyph 0: short component"},
		{[][]byte{triangle, compositeGlyph([]byte{0, 0, 0, 0, 5, 0})}, "glyf: glyph 1: component anchor points 5, 0 out of range"},
	} {
		_, err := parseOutlines(c.glyphs, 1000)
		if err == nil || err.Error() != c.want {
			t.Errorf("parseOutlines(% x) = %v, want %q", c.glyphs, err, c.want)
		}
	}
}

// TestShippedOutlines: every glyph of every shipped face decodes, and
// decoded on first use (as Load's faces do, components from the cache)
// it is the outline that decoding the whole font at once gives.
func TestShippedOutlines(t *testing.T) {
	fs, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for i, f := range fs.faces {
		all, err := parseOutlines(f.glyphs, f.upem)
		if err != nil {
			t.Fatalf("%s: %v", shippedFaces[i].file, err)
		}
		// From the last glyph to the first, so that composites come
		// before their components.
		for gid := len(f.glyphs) - 1; gid >= 0; gid-- {
			o, err := f.cached(gid, 0)
			if err != nil {
				t.Fatalf("%s: glyph %d: %v", shippedFaces[i].file, gid, err)
			}
			if !reflect.DeepEqual(*o, all[gid]) && (len(o.pts) > 0 || len(all[gid].pts) > 0) {
				t.Fatalf("%s: glyph %d decoded on use differs from the whole font's", shippedFaces[i].file, gid)
			}
		}
	}
}

// TestOutlinesConcurrent: goroutines drawing the same glyphs at once
// decode and keep them safely (run with -race) and see the same outlines.
func TestOutlinesConcurrent(t *testing.T) {
	fs, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	const n = 4
	got := make([][]*glyphOutline, n)
	var wg sync.WaitGroup
	for k := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for r := rune(' '); r < 0x250; r++ {
				if g, ok := fs.chain.find(fs.faces, r); ok {
					got[k] = append(got[k], fs.face(g.face).outline(g.gid))
				}
			}
		}()
	}
	wg.Wait()
	for k := 1; k < n; k++ {
		for i := range got[0] {
			if !reflect.DeepEqual(*got[k][i], *got[0][i]) {
				t.Fatalf("goroutine %d drew glyph %d otherwise", k, i)
			}
		}
	}
}
