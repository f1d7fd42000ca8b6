package layout

import (
	"context"
	"strings"
	"testing"

	"github.com/sketchdeck/sketchdeck/internal/geom"
	"github.com/sketchdeck/sketchdeck/internal/graphviz"
	"github.com/sketchdeck/sketchdeck/internal/lint"
	"github.com/sketchdeck/sketchdeck/internal/scene"
	"github.com/sketchdeck/sketchdeck/internal/spec"
	"github.com/sketchdeck/sketchdeck/internal/text"
)

// pinned is a Placer that puts the nodes where the test says.
type pinned []geom.Point

func (p pinned) Layout(_ context.Context, g graphviz.Graph) (graphviz.Result, error) {
	res := graphviz.Result{Nodes: make([]graphviz.NodeBox, len(g.Nodes))}
	for i := range g.Nodes {
		res.Nodes[i] = graphviz.NodeBox{Center: p[i]}
	}
	return res, nil
}

func layOutTest(t *testing.T, src string, env Env) (*spec.Diagram, *scene.Scene) {
	t.Helper()
	d, err := spec.Decode("t.toml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	eng, err := For(d.Kind)
	if err != nil {
		t.Fatal(err)
	}
	sc, err := eng.Layout(context.Background(), d, env)
	if err != nil {
		t.Fatal(err)
	}
	return d, sc
}

func itemByID(t *testing.T, sc *scene.Scene, id string) scene.Item {
	t.Helper()
	for _, it := range sc.Items {
		if it.ID == id {
			return it
		}
	}
	t.Fatalf("no item %q", id)
	return scene.Item{}
}

func findings(d *spec.Diagram, sc *scene.Scene, env Env) []string {
	found, _ := lint.Check(d, sc, env.Text.(*text.Fonts))
	var out []string
	for _, f := range found {
		if f.Rule != lint.OffCanvas {
			out = append(out, f.String())
		}
	}
	return out
}

// TestEdgeLabelMakesRoom: an edge's label written above its edge, where a
// node stands, goes to the other side; with nothing in its way it stays.
func TestEdgeLabelMakesRoom(t *testing.T) {
	src := "[[nodes]]\nid = \"a\"\n[[nodes]]\nid = \"b\"\n[[nodes]]\nid = \"c\"\nwidth = 60\nheight = 40\n" +
		"[[edges]]\nfrom = \"a\"\nto = \"b\"\nlabel = \"Hello there\"\n"
	env := testEnv(t)
	for _, tc := range []struct {
		name  string
		c     geom.Point
		below bool
	}{
		{"free", geom.Pt(200, 400), false},
		{"blocked", geom.Pt(200, -30), true},
	} {
		env.Placer = pinned{{X: 0}, {X: 400}, tc.c}
		d, sc := layOutTest(t, src, env)
		label := itemByID(t, sc, "edge:a->b#0:label")
		line := itemByID(t, sc, "edge:a->b#0")
		if got := label.Box.Center().Y > line.Points[0].Y; got != tc.below {
			t.Errorf("%s: label centre %v, edge at y %v: below = %v, want %v", tc.name, label.Box.Center(), line.Points[0].Y, got, tc.below)
		}
		if f := findings(d, sc, env); len(f) > 0 {
			t.Errorf("%s: findings:\n%s", tc.name, strings.Join(f, "\n"))
		}
	}
}

// TestDrawingTextMovesInTranslation: a drawing's texts stay where the
// author wrote them, even colliding (lint reports it); in a translation a
// text that collides moves the least it must.
func TestDrawingTextMovesInTranslation(t *testing.T) {
	src := "kind = \"drawing\"\n[[elements]]\nid = \"a\"\nkind = \"text\"\ntext = \"Hello\"\n" +
		"[[elements]]\nid = \"b\"\nkind = \"text\"\ntext = \"World\"\nx = 10\ny = 6\n"
	env := testEnv(t)
	d, sc := layOutTest(t, src, env)
	if got := findings(d, sc, env); len(got) != 1 || !strings.Contains(got[0], `"Hello" (el:a) overlaps text "World" (el:b)`) {
		t.Errorf("as written: findings %q, want the overlap", got)
	}
	written := itemByID(t, sc, "el:b").Box
	env.Original = d
	d, sc = layOutTest(t, src, env)
	if got := findings(d, sc, env); len(got) > 0 {
		t.Errorf("translated: findings:\n%s", strings.Join(got, "\n"))
	}
	moved := itemByID(t, sc, "el:b").Box
	if moved == written || moved.Center().Dist(written.Center()) > 2*36 {
		t.Errorf("translated: World at %v, written at %v: want it moved, by at most 2 em", moved, written)
	}
}

// TestTableTranslationKeepsSize: in a table of many rows, a translation
// whose words are twice as long draws at most a tenth wider than the
// original, its words wrapped (none broken) and a row taller; laid out on
// its own it would be far wider.
func TestTableTranslationKeepsSize(t *testing.T) {
	src := func(a, b string) string {
		return "kind = \"table\"\n[[table.columns]]\nid = \"a\"\n[[table.columns]]\nid = \"b\"\n" +
			"[[table.rows]]\ncells = [\"" + a + "\", \"" + b + "\"]\n" +
			strings.Repeat("[[table.rows]]\ncells = [\"Short\", \"Tiny\"]\n", 20)
	}
	env := testEnv(t)
	_, orig := layOutTest(t, src("Team lead", "All hands, minutes"), env)
	long := src("Chef d’équipe de projet", "Réunions générales, comptes rendus")
	_, alone := layOutTest(t, long, env)
	d, err := spec.Decode("t.toml", []byte(src("Team lead", "All hands, minutes")))
	if err != nil {
		t.Fatal(err)
	}
	env.Original = d
	_, tr := layOutTest(t, long, env)
	if alone.Width <= orig.Width*1.3 {
		t.Fatalf("the long words alone draw %v wide, the original %v: the test needs them much wider", alone.Width, orig.Width)
	}
	if tr.Width > orig.Width*1.1+0.5 || tr.Height <= orig.Height {
		t.Errorf("translation %v×%v, original %v×%v: want at most a tenth wider, taller rows", tr.Width, tr.Height, orig.Width, orig.Height)
	}
	for _, it := range tr.Items {
		if it.Text == nil {
			continue
		}
		for _, l := range it.Text.Lines {
			for _, w := range strings.Fields(l.Text) {
				if !strings.Contains("Chef d’équipe de projet Réunions générales, comptes rendus Short Tiny", w) {
					t.Errorf("word %q: a word was broken", w)
				}
			}
		}
	}
}
