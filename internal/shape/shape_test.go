package shape_test

import (
	"context"
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/sketchdeck/sketchdeck/internal/geom"
	"github.com/sketchdeck/sketchdeck/internal/graphviz"
	"github.com/sketchdeck/sketchdeck/internal/i18n"
	"github.com/sketchdeck/sketchdeck/internal/layout"
	"github.com/sketchdeck/sketchdeck/internal/scene"
	"github.com/sketchdeck/sketchdeck/internal/shape"
	"github.com/sketchdeck/sketchdeck/internal/sketch"
	"github.com/sketchdeck/sketchdeck/internal/spec"
	"github.com/sketchdeck/sketchdeck/internal/text"
	"github.com/sketchdeck/sketchdeck/internal/theme"
)

// rowPlacer puts the nodes in a row, 400 px apart, and remembers the
// request, standing in for Graphviz.
type rowPlacer struct{ got *graphviz.Graph }

func (p rowPlacer) Layout(_ context.Context, g graphviz.Graph) (graphviz.Result, error) {
	*p.got = g
	res := graphviz.Result{Width: 400 * float64(len(g.Nodes)), Height: 400, Edges: make([]graphviz.EdgePath, len(g.Edges))}
	for i, n := range g.Nodes {
		res.Nodes = append(res.Nodes, graphviz.NodeBox{ID: n.ID, Center: geom.Pt(200+400*float64(i), 200), Width: n.Width, Height: n.Height})
	}
	return res, nil
}

func testEnv(t *testing.T, got *graphviz.Graph) layout.Env {
	t.Helper()
	th, err := theme.Load("")
	if err != nil {
		t.Fatal(err)
	}
	fs, err := text.Load()
	if err != nil {
		t.Fatal(err)
	}
	return layout.Env{Theme: th, Text: fs, Placer: rowPlacer{got}}
}

func itemByID(sc *scene.Scene, id string) (scene.Item, bool) {
	i := slices.IndexFunc(sc.Items, func(it scene.Item) bool { return it.ID == id })
	if i < 0 {
		return scene.Item{}, false
	}
	return sc.Items[i], true
}

// TestEveryShape: every registered node shape is known to every stage: spec
// decodes its name and aliases, layout sizes it around its label and asks
// Graphviz for its outline's shape, the node's item carries its outline,
// an arrow ends on that outline, the sketch stage draws it, and the
// overflow check counts it as a container of its text.
func TestEveryShape(t *testing.T) {
	var got graphviz.Graph
	env := testEnv(t, &got)
	for _, sh := range shape.Shapes() {
		t.Run(sh.Name, func(t *testing.T) {
			var src strings.Builder
			fmt.Fprintf(&src, "[[nodes]]\nid = \"a\"\nshape = %q\nlabel = \"a label\"\nfill = \"blue\"\n", strings.ToUpper(sh.Name))
			for i, a := range sh.Aliases {
				fmt.Fprintf(&src, "[[nodes]]\nid = \"b%d\"\nshape = %q\n", i, a)
			}
			src.WriteString("[[nodes]]\nid = \"z\"\n[[edges]]\nfrom = \"z\"\nto = \"a\"\n")
			d, err := spec.Decode("shape.toml", []byte(src.String()))
			if err != nil {
				t.Fatal(err)
			}
			for _, n := range d.Nodes[:len(d.Nodes)-1] {
				if string(n.Shape) != sh.Name {
					t.Errorf("spec decodes node %s's shape as %q, want %q", n.ID, n.Shape, sh.Name)
				}
			}
			sc, err := layout.Graph{}.Layout(context.Background(), d, env)
			if err != nil {
				t.Fatal(err)
			}
			label, ok := itemByID(sc, "node:a:label")
			if !ok {
				t.Fatal("no label item")
			}
			it, drawn := itemByID(sc, "node:a")
			if sh.Outline == nil {
				if drawn {
					t.Errorf("a shape without an outline draws %s", it.Kind)
				}
				return
			}
			if !drawn || it.Kind != scene.Kind(sh.Outline.Name) {
				t.Fatalf("node item %v (found %v), want kind %q", it.Kind, drawn, sh.Outline.Name)
			}
			box := it.Box
			if sh.OnSide {
				box = geom.RectCenter(box.Center(), box.H, box.W)
			}
			if c := label.Box.Center(); !contains(box, c) {
				t.Errorf("label at %v, outside the shape %v", c, box)
			}
			if gv := got.Nodes[0].Shape; gv != sh.Outline.Graphviz || !slices.Contains(graphviz.Shapes, gv) {
				t.Errorf("Graphviz shape %q, want %q (one of %v)", gv, sh.Outline.Graphviz, graphviz.Shapes)
			}
			arrow, ok := itemByID(sc, "edge:z->a#0")
			if !ok || len(arrow.Points) == 0 {
				t.Fatalf("no arrow z->a in %v", sc.Items)
			}
			if end := arrow.Points[len(arrow.Points)-1]; !contains(box.Inset(-20), end) || contains(box.Inset(20), end) {
				t.Errorf("the arrow ends at %v, not at the border of %v", end, box)
			}
			checkDrawn(t, it)
			checkContainer(t, it, env.Text)
		})
	}
}

// TestEveryOutline: every outline is a drawing element kind (by its name
// and its aliases) that layout turns into an item of its kind, its Exit
// meets the figure it draws, and the figure fills its box.
func TestEveryOutline(t *testing.T) {
	env := testEnv(t, new(graphviz.Graph))
	for _, o := range shape.Outlines() {
		t.Run(o.Name, func(t *testing.T) {
			var src strings.Builder
			src.WriteString("kind = \"drawing\"\n")
			for _, k := range append([]string{o.Name}, o.Aliases...) {
				fmt.Fprintf(&src, "[[elements]]\nkind = %q\nwidth = 100\nheight = 60\nfill = \"blue\"\n", k)
			}
			d, err := spec.Decode("outline.toml", []byte(src.String()))
			if err != nil {
				t.Fatal(err)
			}
			items, err := layout.Elements(d.Elements, env, layout.ElementOptions{File: d.File})
			if err != nil {
				t.Fatal(err)
			}
			if len(items) != len(d.Elements) {
				t.Fatalf("%d items for %d elements", len(items), len(d.Elements))
			}
			for _, it := range items {
				if it.Kind != scene.Kind(o.Name) {
					t.Errorf("item %s has kind %q, want %q", it.ID, it.Kind, o.Name)
				}
			}
			checkExits(t, o)
			checkDrawn(t, items[0])
		})
	}
}

// checkExits: rays from the centre towards every side and corner meet the
// drawn outline (its fill, flattened) within half a pixel, for the
// figure's default and its parameters; and the figure spans its box.
func checkExits(t *testing.T, o *shape.Outline) {
	t.Helper()
	b := geom.Rect{X: 10, Y: 20, W: 100, H: 60}
	c := b.Center()
	params := []shape.Params{{}}
	if o.Rounds {
		params = append(params, shape.Params{Radius: shape.AutoRadius}, shape.Params{Radius: 25})
	}
	if o.Capped {
		params = append(params, shape.Params{Cap: 30})
	}
	if o.Headed {
		params = append(params, shape.Params{End: true}, shape.Params{Start: true, End: true})
	}
	for _, prm := range params {
		poly := shape.Flatten(o.Figure(b, prm).Fill)
		if got := geom.Bounds(poly); abs(got.X-b.X)+abs(got.Y-b.Y)+abs(got.W-b.W)+abs(got.H-b.H) > 0.5 {
			t.Errorf("%+v: the figure spans %v, not its box %v", prm, got, b)
		}
		for k := range 8 {
			a := float64(k) * math.Pi / 4
			p := c.Add(geom.Pt(math.Cos(a), math.Sin(a)).Scale(1000))
			e := o.Exit(b, prm, p)
			border := poly
			if o.Name == "cylinder" && k%2 == 1 {
				// A cylinder's arrows meet its box, whose corners are
				// near enough the round lid for an arrow's end.
				box := b.Corners()
				border = box[:]
			}
			if d := distToPolygon(e, border); d > 0.5 {
				t.Errorf("%+v: Exit towards %v is %v, %.2f px off the outline", prm, p, e, d)
			}
		}
	}
}

// distToPolygon is how far p is from the closed polygon's border.
func distToPolygon(p geom.Point, poly []geom.Point) float64 {
	best := math.Inf(1)
	for i := range poly {
		a, b := poly[i], poly[(i+1)%len(poly)]
		ab := b.Sub(a)
		t := 0.0
		if l := ab.X*ab.X + ab.Y*ab.Y; l > 0 {
			t = min(1, max(0, ((p.X-a.X)*ab.X+(p.Y-a.Y)*ab.Y)/l))
		}
		best = min(best, p.Dist(a.Add(ab.Scale(t))))
	}
	return best
}

func abs(v float64) float64 { return max(v, -v) }

func contains(r geom.Rect, p geom.Point) bool {
	return p.X >= r.X && p.X <= r.X+r.W && p.Y >= r.Y && p.Y <= r.Y+r.H
}

// checkDrawn: the sketch stage fills and strokes the item.
func checkDrawn(t *testing.T, it scene.Item) {
	t.Helper()
	roles := map[sketch.Role]bool{}
	for _, p := range sketch.Draw(it, 1).Paths {
		roles[p.Role] = true
	}
	if !roles[sketch.Stroke] || !roles[sketch.FillLines] && !roles[sketch.FillArea] {
		t.Errorf("the sketch stage draws %s with roles %v, want a fill and a stroke", it.Kind, roles)
	}
}

// checkContainer: a text far too wide for the item is reported as
// overflowing it, so the overflow check knows the outline is closed.
func checkContainer(t *testing.T, it scene.Item, m i18n.Metrics) {
	t.Helper()
	it.Rotate = 0
	c := it.Box.Center()
	wide := scene.Item{ID: it.ID + ":label", Kind: scene.Label, Box: geom.RectCenter(c, 4*it.Box.W, 10),
		Text: &scene.Text{Size: 12, Align: scene.Center, Lines: []scene.Line{{Text: "x", X: c.X, Y: c.Y, Width: 4 * it.Box.W}}}}
	sc := &scene.Scene{Width: 1e4, Height: 1e4, Items: []scene.Item{it, wide}}
	spills := i18n.Overflows(sc, m)
	if len(spills) != 1 || spills[0].Container != it.ID {
		t.Errorf("overflows %v, want the text to spill out of %s", spills, it.ID)
	}
}

// TestSceneKinds: the kinds other stages draw boxes and dots with are
// outlines, so the sketch stage draws them.
func TestSceneKinds(t *testing.T) {
	for _, k := range []scene.Kind{scene.Rect, scene.Ellipse} {
		if _, ok := shape.OutlineNamed(string(k)); !ok {
			t.Errorf("scene kind %q is not an outline", k)
		}
	}
	if _, ok := shape.OutlineNamed(string(scene.Label)); ok {
		t.Errorf("scene kind %q (text) is an outline", scene.Label)
	}
}
