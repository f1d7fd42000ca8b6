package layout

import (
	"strings"
	"testing"

	"github.com/sketchdeck/sketchdeck/internal/scene"
	"github.com/sketchdeck/sketchdeck/internal/spec"
)

// TestNodeTranslationWraps: a translated node label much longer than the
// original's wraps at spaces, in the lines that grow the node least, so
// the node grows taller rather than twice as wide; a node that sets its
// width keeps it; a translation that fits is left as written.
func TestNodeTranslationWraps(t *testing.T) {
	env := testEnv(t)
	graph := func(label, extra string) *spec.Diagram {
		t.Helper()
		d, err := spec.Decode("t.toml", []byte("[[nodes]]\nid = \"a\"\nlabel = \""+label+"\"\n"+extra))
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	for _, tc := range []struct {
		name, en, fr, extra string
		want                string // the label as drawn
		fixed               bool
	}{
		{name: "grows", en: "Origin", fr: "Origine de tout", want: "Origine\nde tout"},
		{name: "fits", en: "Origin", fr: "Origine", want: "Origine"},
		{name: "fixed width", en: "Origin", fr: "Origine de tout", extra: "width = 180\n", want: "Origine\nde tout", fixed: true},
		// Too narrow for two lines: the narrowest it can be.
		{name: "narrow width", en: "Origin", fr: "Origine de tout", extra: "width = 140\n", want: "Origine\nde\ntout"},
	} {
		orig := graph(tc.en, tc.extra)
		o := sizeNode(&orig.Nodes[0], orig.Defaults, env)
		got, alone, text := fitOne(orig, graph(tc.fr, tc.extra), env)
		if text != tc.want {
			t.Errorf("%s: label drawn %q, want %q", tc.name, text, tc.want)
		}
		if strings.Join(strings.Fields(text), " ") != tc.fr {
			t.Errorf("%s: words changed: %q", tc.name, text)
		}
		if tc.want == tc.fr {
			if got.foot != alone.foot {
				t.Errorf("%s: a translation that fits was resized: %v, not %v", tc.name, got.foot, alone.foot)
			}
			continue
		}
		if got.foot.W >= alone.foot.W || got.foot.H <= o.foot.H {
			t.Errorf("%s: node %v×%v (as written %v, original %v×%v): want narrower than as written, taller than the original",
				tc.name, got.foot.W, got.foot.H, alone.foot.W, o.foot.W, o.foot.H)
		}
		if tc.fixed && got.foot.W > o.foot.W+1e-9 {
			t.Errorf("%s: a node of set width grew from %v to %v", tc.name, o.foot.W, got.foot.W)
		}
	}
}

// fitOne fits the first node of tr, a translation, to orig's as a
// graph's layout does: the node fitted, the node sized as written, and
// its label as drawn.
func fitOne(orig, tr *spec.Diagram, env Env) (got, alone node, text string) {
	alone = sizeNode(&tr.Nodes[0], tr.Defaults, env)
	nodes := []node{alone}
	fitNodes(nodes, tr, orig, env)
	got, text = nodes[0], tr.Nodes[0].Label
	if got.wrapped != nil {
		text = got.wrapped.plain
	}
	return got, alone, text
}

// TestPanelNodeTranslationWraps: a panel's nodes are fitted to the same
// panel's nodes as written, as a graph's are.
func TestPanelNodeTranslationWraps(t *testing.T) {
	src := func(label string) string {
		return "kind = \"panels\"\n[[panels]]\nid = \"p\"\nnodes = [{ id = \"a\", label = \"" + label + "\" }, { id = \"b\", label = \"B\" }]\n" +
			"edges = [{ from = \"a\", to = \"b\" }]\n"
	}
	env := testEnv(t)
	env.Placer = pinned{{X: 0}, {X: 400}}
	orig, _ := layOutTest(t, src("Origin"), env)
	env.Original = orig
	_, sc := layOutTest(t, src("Origine de tout"), env)
	label := itemByID(t, sc, "panel:p:node:a:label")
	if label.Text == nil || len(label.Text.Lines) != 2 {
		t.Fatalf("label %+v: want the French in two lines", label.Text)
	}
	if alone := itemByID(t, orig0(t, src("Origine de tout"), env), "panel:p:node:a").Box; itemByID(t, sc, "panel:p:node:a").Box.W >= alone.W {
		t.Errorf("node %v wide, %v laid out alone: want it narrower", itemByID(t, sc, "panel:p:node:a").Box.W, alone.W)
	}
}

// orig0 lays src out as if it had no original.
func orig0(t *testing.T, src string, env Env) *scene.Scene {
	t.Helper()
	env.Original = nil
	_, sc := layOutTest(t, src, env)
	return sc
}

// TestIconNodeTranslationWraps: an icon node's or a picture node's
// translated label wraps as a plain node's does, measured with the whole
// node (the picture and its label), and one that fits is left as written.
func TestIconNodeTranslationWraps(t *testing.T) {
	env := testEnv(t)
	env.Images = map[spec.Image]*scene.Image{"p.png": {Src: "p.png", MIME: "image/png", Width: 40, Height: 40}}
	for _, tc := range []struct {
		name, look, en, fr string
		want               string // the label as drawn
	}{
		{"icon", `icon = "robot"`, "Origin", "Origine de tout", "Origine\nde tout"},
		{"icon fits", `icon = "robot"`, "Origin", "Origine", "Origine"},
		{"picture", `image = "p.png"`, "Origin", "Origine de tout", "Origine\nde tout"},
		{"label beside", "icon = \"robot\"\nlabel_position = \"right\"", "Origin", "Origine de tout", "Origine\nde tout"},
	} {
		graph := func(label string) *spec.Diagram {
			d, err := spec.Decode("t.toml", []byte("[[nodes]]\nid = \"a\"\nlabel = \""+label+"\"\n"+tc.look+"\n"))
			if err != nil {
				t.Fatal(err)
			}
			return d
		}
		got, alone, text := fitOne(graph(tc.en), graph(tc.fr), env)
		if text != tc.want {
			t.Errorf("%s: label drawn %q, want %q", tc.name, text, tc.want)
		}
		if tc.want == tc.fr {
			if got.foot != alone.foot {
				t.Errorf("%s: a translation that fits was resized: %v, not %v", tc.name, got.foot, alone.foot)
			}
			continue
		}
		if got.foot.W >= alone.foot.W {
			t.Errorf("%s: node %v wide, %v as written: want it narrower", tc.name, got.foot.W, alone.foot.W)
		}
		if got.shape.W != alone.shape.W || got.shape.H != alone.shape.H {
			t.Errorf("%s: the picture's box changed from %v to %v", tc.name, alone.shape, got.shape)
		}
	}
}

// TestEdgeLabelTranslationWraps: an edge's translated label much longer
// than the original's wraps at spaces, in the lines that grow it least,
// words unchanged; one that fits, or that sits on a side of its edge
// (label_position), is left as written; the diagram keeps its label as
// decoded.
func TestEdgeLabelTranslationWraps(t *testing.T) {
	src := func(label, extra string) string {
		return "[[nodes]]\nid = \"a\"\n[[nodes]]\nid = \"b\"\n[[edges]]\nfrom = \"a\"\nto = \"b\"\nlabel = \"" + label + "\"\n" + extra
	}
	const long = "lit le cache de la mémoire partagée"
	for _, tc := range []struct{ fr, extra, want string }{
		{long, "", "lit le cache de la\nmémoire partagée"},
		{"lit le cache", "", "lit le cache"},
		{long, "label_position = \"right\"\n", long},
	} {
		env := testEnv(t)
		env.Placer = pinned{{X: 0}, {X: 400}}
		env.Original, _ = layOutTest(t, src("reads the cache", tc.extra), env)
		d, sc := layOutTest(t, src(tc.fr, tc.extra), env)
		label := itemByID(t, sc, "edge:a->b#0:label")
		var lines []string
		for _, l := range label.Text.Lines {
			lines = append(lines, l.Text)
		}
		if got := strings.Join(lines, "\n"); got != tc.want {
			t.Errorf("%q %s: label drawn %q, want %q", tc.fr, tc.extra, got, tc.want)
		}
		if d.Edges[0].Label != tc.fr {
			t.Errorf("%q: the diagram's label became %q", tc.fr, d.Edges[0].Label)
		}
	}
}
