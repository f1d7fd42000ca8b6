package build

import (
	"bytes"
	"context"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sketchdeck/sketchdeck/internal/excalin"
	"github.com/sketchdeck/sketchdeck/internal/geom"
	"github.com/sketchdeck/sketchdeck/internal/scene"
)

// roundTripTolerance is how far, px, a shape's box or a line's end may
// move through the scene file: coordinates are written to 0.01 px twice.
const roundTripTolerance = 0.05

// TestExcalidrawRoundTrip exports every deck diagram, example and golden
// case as an Excalidraw scene, imports the scene as sketchdeck import does, builds
// the drawing and compares it with the direct build (the imported drawing
// moved by its own margin): every line of text with the same words, size
// and colour, starting at the same place; every rectangle, ellipse and
// diamond in the same box, turned alike, with the same stroke (colour,
// width, pattern, roughness), fill (colour and style; dots is hachure) and
// corner radius; every line, arrow, curve and Bézier edge with the
// same ends, heads and stroke; every polygon from the same corner with the
// same stroke and fill; every pencil stroke from the same start with the
// same stroke; every picture where it was shown, the same file; and
// every colour the direct build draws with.
// Places agree within roundTripTolerance.
func TestExcalidrawRoundTrip(t *testing.T) {
	b := newTestBuilder(t).As([]Format{SVG, Excalidraw})
	pal := themePalette(b)
	for _, src := range exportSources(t) {
		t.Run(strings.TrimPrefix(src.File, "../../"), func(t *testing.T) {
			direct := b.Build(context.Background(), src)
			if direct.Err != nil {
				t.Fatal(direct.Err)
			}
			back := b.Build(context.Background(), importBack(t, direct, pal))
			if back.Err != nil {
				t.Fatal(back.Err)
			}
			for _, p := range compareScenes(direct.Scene, back.Scene) {
				t.Error(p)
			}
		})
	}
}

// themePalette names the theme's colours, as sketchdeck import does.
func themePalette(b *Builder) excalin.Palette {
	colors := map[string]string{}
	for _, n := range b.theme.Names() {
		if c, err := b.theme.Color(n); err == nil {
			colors[n] = c
		}
	}
	return excalin.NewPalette(colors)
}

// importBack imports a built diagram's Excalidraw scene as sketchdeck
// import -o does: the drawing, with its pictures beside it.
func importBack(t *testing.T, r Result, pal excalin.Palette) Source {
	t.Helper()
	dir := t.TempDir()
	res, err := excalin.ImportScene(r.Outputs[1].Data, excalin.Options{Title: r.Scene.Title, Palette: pal, Pictures: r.Name})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range res.Pictures {
		if err := os.WriteFile(filepath.Join(dir, p.Name), p.Data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return Source{File: filepath.Join(dir, r.Name+".toml"), Data: res.TOML}
}

// shift is how far b's drawing lies from a's: a drawing's canvas fits
// what it draws, so the imported one has its own margin. It is the move
// that most lines of text, matched by their words, share.
func shift(a, b *scene.Scene) geom.Point {
	starts := map[string][]geom.Point{}
	for _, it := range b.Items {
		if it.Kind == scene.Label {
			for _, l := range it.Text.Lines {
				starts[l.Text] = append(starts[l.Text], geom.Pt(it.Text.Start(l), l.Y))
			}
		}
	}
	votes := map[geom.Point]int{}
	for _, it := range a.Items {
		if it.Kind != scene.Label || it.Rotate != 0 {
			continue
		}
		for _, l := range it.Text.Lines {
			if s := starts[l.Text]; len(s) == 1 {
				d := s[0].Sub(geom.Pt(it.Text.Start(l), l.Y))
				votes[geom.Pt(math.Round(d.X*10)/10, math.Round(d.Y*10)/10)]++
			}
		}
	}
	var best geom.Point
	for d, n := range votes {
		if n > votes[best] || n == votes[best] && (d.X < best.X || d.X == best.X && d.Y < best.Y) {
			best = d
		}
	}
	return best
}

// moved is it moved by d.
func moved(it scene.Item, d geom.Point) scene.Item {
	it.Box.X, it.Box.Y = it.Box.X+d.X, it.Box.Y+d.Y
	pts := make([]geom.Point, len(it.Points))
	for i, p := range it.Points {
		pts[i] = p.Add(d)
	}
	it.Points = pts
	if it.Text != nil {
		t := *it.Text
		t.Lines = make([]scene.Line, len(it.Text.Lines))
		for i, l := range it.Text.Lines {
			l.X, l.Y = l.X+d.X, l.Y+d.Y
			t.Lines[i] = l
		}
		it.Text = &t
	}
	return it
}

// compareScenes lists how the imported scene b differs from a.
func compareScenes(a, b *scene.Scene) []string {
	d := shift(a, b)
	var out []string
	used := map[int]bool{}
	find := func(want scene.Item, match func(scene.Item) bool) {
		for j, it := range b.Items {
			if !used[j] && match(it) {
				used[j] = true
				return
			}
		}
		out = append(out, fmt.Sprintf("%s %q is not in the imported drawing", want.Kind, want.ID))
	}
	for _, it := range a.Items {
		it = moved(it, d)
		switch it.Kind {
		case scene.Rect, scene.Ellipse, "diamond":
			find(it, func(o scene.Item) bool { return sameShape(it, o) })
		case scene.Polyline, scene.Curve, scene.Bezier:
			find(it, func(o scene.Item) bool { return sameLine(it, o) })
		case scene.Polygon:
			find(it, func(o scene.Item) bool {
				return (o.Kind == scene.Polygon || o.Kind == scene.Polyline) && len(o.Points) > 0 && near(turned(it)[0], turned(o)[0]) &&
					sameStroke(it.Style, o.Style) && sameFill(it.Style, o.Style)
			})
		case scene.Picture:
			find(it, func(o scene.Item) bool {
				return o.Kind == scene.Picture && sameBox(pictureBox(it), pictureBox(o)) && bytes.Equal(it.Image.Data, o.Image.Data)
			})
		case scene.Freehand:
			find(it, func(o scene.Item) bool {
				return o.Kind == scene.Freehand && near(turned(it)[0], turned(o)[0]) && sameStroke(it.Style, o.Style)
			})
		case scene.Label:
			for _, l := range it.Text.Lines {
				if strings.TrimSpace(l.Text) != "" && !hasLine(b, it, l) {
					out = append(out, fmt.Sprintf("text %q (%s) is not in the imported drawing at %.1f,%.1f", l.Text, it.ID, it.Text.Start(l), l.Y))
				}
			}
		}
	}
	return append(out, missingColours(a, b)...)
}

// missingColours are the colours a draws (strokes, fills, texts) that b
// does not.
func missingColours(a, b *scene.Scene) []string {
	has := map[string]bool{}
	for _, c := range colours(b) {
		has[c] = true
	}
	var out []string
	for _, c := range colours(a) {
		if !has[c] {
			out = append(out, "colour "+c+" is not in the imported drawing")
			has[c] = true
		}
	}
	return out
}

// colours are the colours a scene's items draw with, in order.
func colours(sc *scene.Scene) []string {
	var out []string
	add := func(c string) {
		if c = strings.ToLower(c); c != "" && c != "none" {
			out = append(out, c)
		}
	}
	for _, it := range sc.Items {
		switch {
		case it.Text != nil:
			add(it.Text.Color)
		case it.Kind == scene.Picture:
		default:
			add(it.Style.Stroke)
			if it.Style.FillStyle != scene.FillNone {
				add(it.Style.Fill)
			}
		}
	}
	return out
}

// pictureBox is where a picture is shown: fitted into its box, its
// aspect kept, centred.
func pictureBox(it scene.Item) geom.Rect {
	img := it.Image
	if img.Width <= 0 || img.Height <= 0 {
		return it.Box
	}
	s := math.Min(it.Box.W/img.Width, it.Box.H/img.Height)
	return geom.RectCenter(it.Box.Center(), img.Width*s, img.Height*s)
}

func near(p, q geom.Point) bool {
	return math.Abs(p.X-q.X) <= roundTripTolerance && math.Abs(p.Y-q.Y) <= roundTripTolerance
}

func sameBox(a, b geom.Rect) bool {
	return near(geom.Pt(a.X, a.Y), geom.Pt(b.X, b.Y)) && near(geom.Pt(a.W, a.H), geom.Pt(b.W, b.H))
}

// sameStroke compares what Excalidraw keeps of a style: the colours, the
// stroke's width and pattern, the fill style, the roughness.
func sameStroke(a, b scene.Style) bool {
	return strings.EqualFold(a.Stroke, b.Stroke) && a.StrokeWidth == b.StrokeWidth && dash(a.Dash) == dash(b.Dash) && a.Roughness == b.Roughness
}

func dash(d scene.Dash) scene.Dash {
	if d == "" {
		return scene.Solid
	}
	return d
}

func sameFill(a, b scene.Style) bool {
	if a.FillStyle == scene.FillNone || a.Fill == "" || a.Fill == "none" {
		return b.FillStyle == scene.FillNone || b.Fill == "" || b.Fill == "none"
	}
	fs := a.FillStyle
	if fs == scene.FillDots {
		fs = scene.FillHachure
	}
	return strings.EqualFold(a.Fill, b.Fill) && fs == b.FillStyle
}

func sameShape(a, b scene.Item) bool {
	return a.Kind == b.Kind && sameBox(a.Box, b.Box) && math.Abs(a.Rotate-b.Rotate) < 0.01 && sameStroke(a.Style, b.Style) &&
		sameFill(a.Style, b.Style) && math.Abs(a.Radius-b.Radius) <= roundTripTolerance
}

func sameLine(a, b scene.Item) bool {
	if b.Kind != scene.Polyline && b.Kind != scene.Curve || len(a.Points) < 2 || len(b.Points) < 2 {
		return false
	}
	pa, pb := turned(a), turned(b)
	return near(pa[0], pb[0]) && near(pa[len(pa)-1], pb[len(pb)-1]) && sameStroke(a.Style, b.Style) &&
		a.Heads.Start == b.Heads.Start && a.Heads.End == b.Heads.End &&
		(!a.Heads.Start || headName(a.Heads.Tail) == headName(b.Heads.Tail)) && (!a.Heads.End || headName(a.Heads.Head) == headName(b.Heads.Head))
}

// turned are an item's points turned by its rotation, as drawn.
func turned(it scene.Item) []geom.Point {
	if it.Rotate == 0 {
		return it.Points
	}
	c := it.Box.Center()
	if it.Box == (geom.Rect{}) {
		c = geom.Bounds(it.Points).Center()
	}
	out := make([]geom.Point, len(it.Points))
	for i, p := range it.Points {
		out[i] = p.Rotate(c, it.Rotate*math.Pi/180)
	}
	return out
}

func headName(h string) string {
	if h == "" {
		return "open"
	}
	return h
}

// hasLine says whether b has line l of text item it: the same words, size
// and colour, starting at the same place (a turned text, whose block turns
// about another centre, and a line in a font of its own, only somewhere).
func hasLine(b *scene.Scene, it scene.Item, l scene.Line) bool {
	for _, o := range b.Items {
		if o.Kind != scene.Label {
			continue
		}
		for _, m := range o.Text.Lines {
			if m.Text != l.Text || math.Abs(o.Text.Size-it.Text.Size) > 0.01 || !strings.EqualFold(o.Text.Color, it.Text.Color) {
				continue
			}
			// A line in a font of its own comes back in the theme's
			// (import does not read the font): its words, not its place.
			if it.Rotate != 0 || it.Text.Font != "" || near(geom.Pt(it.Text.Start(l), l.Y), geom.Pt(o.Text.Start(m), m.Y)) {
				return true
			}
		}
	}
	return false
}
