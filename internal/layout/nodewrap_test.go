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
		orig, tr := graph(tc.en, tc.extra), graph(tc.fr, tc.extra)
		o := sizeNode(&orig.Nodes[0], orig.Defaults, env)
		alone := sizeNode(&tr.Nodes[0], tr.Defaults, env)
		nodes := []node{alone}
		fitNodes(nodes, tr, orig, env)
		got := nodes[0]
		text := tc.fr
		if got.wrapped != nil {
			text = got.wrapped.plain
		}
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
