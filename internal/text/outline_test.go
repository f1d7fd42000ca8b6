package text

import (
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"

	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

// num is the svg stage's number format (svg.Num), copied because text
// sits below svg in the import order.
func num(v float64) string {
	r := math.Round(v*100) / 100
	if r == 0 || math.IsNaN(r) || math.IsInf(r, 0) {
		return "0"
	}
	s := strconv.FormatFloat(r, 'f', 2, 64)
	return strings.TrimSuffix(strings.TrimRight(s, "0"), ".")
}

// segment is one drawn piece of a path as formatted numbers: from, control
// (equal to to for a line), to.
type segment struct{ from, ctrl, to [2]string }

// segments parses path data made of absolute M, L, Q and Z, adding the
// segment each Z implies, and counts the contours.
func segments(t *testing.T, d string) (segs []segment, contours int) {
	t.Helper()
	var start, cur [2]string
	fields := strings.Fields(strings.NewReplacer("M", " M ", "L", " L ", "Q", " Q ", "Z", " Z ").Replace(d))
	for i := 0; i < len(fields); {
		cmd := fields[i]
		i++
		args := map[string]int{"M": 2, "L": 2, "Q": 4, "Z": 0}[cmd]
		if cmd != "Z" && args == 0 || i+args > len(fields) {
			t.Fatalf("bad path data at %q in %q", cmd, d)
		}
		for _, f := range fields[i : i+args] {
			if _, err := strconv.ParseFloat(f, 64); err != nil {
				t.Fatalf("bad number %q in path data", f)
			}
		}
		p := fields[i:]
		switch cmd {
		case "M":
			start, cur = [2]string{p[0], p[1]}, [2]string{p[0], p[1]}
			contours++
		case "L":
			to := [2]string{p[0], p[1]}
			segs, cur = append(segs, segment{cur, to, to}), to
		case "Q":
			to := [2]string{p[2], p[3]}
			segs, cur = append(segs, segment{cur, [2]string{p[0], p[1]}, to}), to
		case "Z":
			if cur != start {
				segs = append(segs, segment{cur, start, start})
			}
			cur = start
		}
		i += args
	}
	return segs, contours
}

// bounds is the box round every point of path data, control points too
// (which hold the curves).
func bounds(t *testing.T, d string) (minX, minY, maxX, maxY float64) {
	segs, _ := segments(t, d)
	minX, minY, maxX, maxY = math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for _, s := range segs {
		for _, p := range [][2]string{s.from, s.ctrl, s.to} {
			x, _ := strconv.ParseFloat(p[0], 64)
			y, _ := strconv.ParseFloat(p[1], 64)
			minX, minY, maxX, maxY = min(minX, x), min(minY, y), max(maxX, x), max(maxY, y)
		}
	}
	return minX, minY, maxX, maxY
}

func TestOutlineDrawsNothing(t *testing.T) {
	fs := mustLoad(t)
	for _, s := range []string{"", " ", "\u00a0\u202f \t", "\x01\r\n"} {
		if got := fs.Outline(s, 36, 10, 50, num); got != "" {
			t.Errorf("Outline(%q) = %q, want empty", s, got)
		}
	}
}

// TestOutlineBounds checks the outline sits where Width and the vertical
// metrics say the text is, for each face and for a missing rune.
func TestOutlineBounds(t *testing.T) {
	fs := mustLoad(t)
	const size, x, y = 36.0, 20.0, 70.0
	for _, c := range []struct {
		s    string
		tolY float64 // px the ink may pass Ascent or Descent
	}{
		{"Hello", 0},
		{"Déjà vu « œuvre » ça !", 0.1}, // the grave and the cedilla, by 0.08 px
		{"→ ✓", 0},
		{"中", 0},
	} {
		d := fs.Outline(c.s, size, x, y, num)
		minX, minY, maxX, maxY := bounds(t, d)
		w := fs.Width(c.s, size)
		top, bottom := y-fs.Ascent(size)-c.tolY, y+fs.Descent(size)+c.tolY
		if minX < x-1 || maxX > x+w+1 || minY < top || maxY > bottom {
			t.Errorf("Outline(%q) spans x %.2f..%.2f, y %.2f..%.2f; want within x %.2f..%.2f (±1), y %.2f..%.2f",
				c.s, minX, maxX, minY, maxY, x, x+w, top, bottom)
		}
		if maxX-minX < w/2 {
			t.Errorf("Outline(%q) is %.2f wide, want most of Width %.2f", c.s, maxX-minX, w)
		}
	}
}

// TestOutlineLayout checks glyphs are placed by Width: a line's outline is
// its glyphs' outlines, each drawn alone at x + Width(what precedes it).
func TestOutlineLayout(t *testing.T) {
	fs := mustLoad(t)
	const s = "Wé « → ✓ » 中x"
	var want []segment
	prefix := ""
	for _, r := range s {
		segs, _ := segments(t, fs.Outline(string(r), 36, 10+fs.Width(prefix, 36), 50, num))
		want = append(want, segs...)
		prefix += string(r)
	}
	got, _ := segments(t, fs.Outline(s, 36, 10, 50, num))
	if !slices.Equal(got, want) {
		t.Errorf("Outline(%q) differs from its glyphs drawn one by one at their Width offsets", s)
	}
}

func TestOutlineAccents(t *testing.T) {
	fs := mustLoad(t)
	count := func(s string) int {
		_, n := segments(t, fs.Outline(s, 36, 0, 0, num))
		return n
	}
	if count("é") <= count("e") {
		t.Errorf("é draws %d contours, e %d: want the accent drawn too", count("é"), count("e"))
	}
	// Virgil joins some accents to their letter, so compare ink instead.
	for _, c := range []struct {
		accented, plain string
		below           bool
	}{{"à", "a", false}, {"Ê", "E", false}, {"ç", "c", true}} {
		_, top, _, bottom := bounds(t, fs.Outline(c.accented, 36, 0, 0, num))
		_, plainTop, _, plainBottom := bounds(t, fs.Outline(c.plain, 36, 0, 0, num))
		if c.below && bottom < plainBottom+3 || !c.below && top > plainTop-3 {
			t.Errorf("%q spans y %.2f..%.2f, %q %.2f..%.2f: want the accent 3 px beyond",
				c.accented, top, bottom, c.plain, plainTop, plainBottom)
		}
	}
	for _, s := range []string{"中", "😀", "\ue000"} {
		if count(s) == 0 {
			t.Errorf("%q draws nothing; want its fallback glyph or U+FFFD", s)
		}
	}
}

func TestOutlineDeterministic(t *testing.T) {
	fs := mustLoad(t)
	const s = "Déjà vu « œuvre » ça ! → ✓ 中"
	want := fs.Outline(s, 36, 12.5, 40, num)
	var wg sync.WaitGroup
	got := make([]string, 8)
	for i := range got {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got[i] = fs.Outline(s, 36, 12.5, 40, num)
		}()
	}
	wg.Wait()
	for i, g := range got {
		if g != want {
			t.Fatalf("Outline call %d differs from the first", i)
		}
	}
}

// TestOutlineMatchesSfnt compares every glyph of every face with the
// outline x/image's sfnt reader gives, an independent parser, both drawn at
// one px per font unit. sfnt computes implied on-curve points in integer
// font units, truncating, so Outline's exact midpoints (k + 0.5) are
// truncated before comparing; every other point is an integer in both.
// The segments are compared as sets, since the readers may start a contour
// that begins off the curve at different points.
func TestOutlineMatchesSfnt(t *testing.T) {
	// Virgil and the symbol faces. (sfnt rounds some implied points of
	// the Noto Sans faces the other way, by one unit: not compared.)
	fs := mustLoad(t)
	for i, f := range fs.faces[:3] {
		ref, err := sfnt.Parse(*shippedFaces[i].data)
		if err != nil {
			t.Fatal(err)
		}
		var buf sfnt.Buffer
		bad, compared := 0, 0
		for _, r := range sortedRunes(f.cmap) {
			if g, _ := fs.chain.find(fs.faces, r); g.face != i || int(g.gid) >= f.origGlyphs {
				continue // drawn by an earlier face, or a space Load made
			}
			w := pathWriter{format: num, k: f.upem}
			w.glyph(f.outline(f.cmap[r]))
			got, _ := segments(t, w.b.String())
			for j, g := range got {
				got[j] = straightened(segment{truncated(g.from), truncated(g.ctrl), truncated(g.to)})
			}
			want := sfntSegments(t, ref, &buf, f.cmap[r], f.upem)
			slices.SortFunc(got, compareSegments)
			compared++
			if !slices.Equal(got, want) && bad < 3 {
				bad++
				t.Errorf("%s U+%04X: %d segments, sfnt %d:\n got %v\nwant %v", f.family, r, len(got), len(want), got, want)
			}
		}
		if compared < 400 { // each face draws about 500 runes of its own
			t.Errorf("%s: compared %d glyphs, want them all", f.family, compared)
		}
	}
}

// sfntSegments is glyph gid's outline from sfnt at one px per unit, as
// sorted segments, normalised as Outline writes them: lines whose ends
// coincide dropped, curves with a control point on an end made lines.
func sfntSegments(t *testing.T, f *sfnt.Font, buf *sfnt.Buffer, gid uint16, upem float64) []segment {
	t.Helper()
	segs, err := f.LoadGlyph(buf, sfnt.GlyphIndex(gid), fixed.I(int(upem)), nil)
	if err != nil {
		t.Fatalf("sfnt: glyph %d: %v", gid, err)
	}
	pt := func(p fixed.Point26_6) [2]string { return [2]string{num(float64(p.X) / 64), num(float64(p.Y) / 64)} }
	var out []segment
	var cur [2]string
	for _, s := range segs {
		switch s.Op {
		case sfnt.SegmentOpMoveTo:
			cur = pt(s.Args[0])
		case sfnt.SegmentOpLineTo:
			if to := pt(s.Args[0]); to != cur {
				out, cur = append(out, segment{cur, to, to}), to
			}
		case sfnt.SegmentOpQuadTo:
			if c, to := pt(s.Args[0]), pt(s.Args[1]); c != cur || to != cur {
				out, cur = append(out, straightened(segment{cur, c, to})), to
			}
		default:
			t.Fatalf("glyph %d: unexpected cubic", gid)
		}
	}
	slices.SortFunc(out, compareSegments)
	return out
}

func truncated(p [2]string) [2]string {
	x, _ := strconv.ParseFloat(p[0], 64)
	y, _ := strconv.ParseFloat(p[1], 64)
	return [2]string{num(math.Trunc(x)), num(math.Trunc(y))}
}

// straightened writes a curve whose control point lies on an end as the
// line it is, as Outline does.
func straightened(s segment) segment {
	if s.ctrl == s.from {
		s.ctrl = s.to
	}
	return s
}

func compareSegments(a, b segment) int {
	return slices.Compare(
		[]string{a.from[0], a.from[1], a.ctrl[0], a.ctrl[1], a.to[0], a.to[1]},
		[]string{b.from[0], b.from[1], b.ctrl[0], b.ctrl[1], b.to[0], b.to[1]})
}

func BenchmarkOutline(b *testing.B) {
	fs := mustLoad(b)
	table := make([]string, 100000)
	for i := range table {
		table[i] = strconv.Itoa(i)
	}
	const line = "Déjà vu « œuvre » ça" // 20 runes, the length of a long label line
	for _, c := range []struct {
		name   string
		format func(float64) string
	}{
		{"svg.Num", num},
		// A format that costs next to nothing, to show Outline's own share.
		{"table-format", func(v float64) string { return table[int(math.Abs(v)*100)%len(table)] }},
	} {
		b.Run(c.name, func(b *testing.B) {
			var d string
			for b.Loop() {
				d = fs.Outline(line, 36, 20, 70, c.format)
			}
			b.ReportMetric(float64(len(d)), "bytes/line")
		})
	}
}
