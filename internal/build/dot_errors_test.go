package build

import (
	"context"
	"slices"
	"testing"

	"github.com/sketchdeck/sketchdeck/internal/scene"
)

func TestDOTErrors(t *testing.T) {
	b := newTestBuilder(t)
	for _, tc := range []struct{ src, want string }{
		{"digraph G {\n  a -> b\n  c -> [x=1]\n}\n", `bad.gv:3:8: syntax error near "[" (Graphviz's DOT reader)`},
		{"digraph G {\n  a -> b\n", `bad.gv:3: syntax error (Graphviz's DOT reader)`},
		{"digraph G {\n  a [label=<<b>x</i>>]\n}\n", `bad.gv:2:17: Graphviz cannot read this HTML-like label: element <b> closed by </i> ` +
			`(each tag is closed by its own, in order; attribute values are quoted; & starts an entity such as &amp;)`},
		{"digraph G {\n  a [label=<<b>x</b>>]\n  b -> c [label=<<TD>x</TD>>]\n}\n",
			`bad.gv:3:18: Graphviz cannot read this HTML-like label and draws nothing for it (its tags: a TABLE holds TRs, a TR holds TDs, ` +
				`a TD holds text, an IMG or one TABLE; text has B, I, U, O, S, SUB, SUP, FONT and BR)`},
		{"digraph G {\n  layout=squiggle\n  a -> b\n}\n",
			`bad.gv:2:10: layout "squiggle" is not one Graphviz has: the layouts are circo, dot, fdp, neato, nop, nop1, nop2, osage, patchwork, sfdp, twopi`},
		{"", `bad.gv: the file holds no graph: a Graphviz file holds one, as in digraph G { a -> b }`},
		{"// graph G { a }\n/* b */\n", `bad.gv: the file holds no graph: a Graphviz file holds one, as in digraph G { a -> b }`},
	} {
		res := b.Build(context.Background(), Source{File: "bad.gv", Data: []byte(tc.src)})
		if res.Err == nil || res.Err.Error() != tc.want {
			t.Errorf("error = %v, want %s", res.Err, tc.want)
		}
	}
}

// TestDOTLabelsNotDrawn: a well-formed HTML-like label that Graphviz
// draws nothing for because it draws no label there (a point-shaped node;
// an edge or a cluster under patchwork, which draws neither) is no error,
// as its grammar is not in question.
func TestDOTLabelsNotDrawn(t *testing.T) {
	b := newTestBuilder(t)
	for _, src := range []string{
		"digraph G {\n  a [shape=point label=<<B>x</B>>]\n  a -> b\n}\n",
		"graph G {\n  layout=patchwork\n  subgraph cluster_x { label=<<B>c</B>>; a; b }\n  a -- b [label=<<I>e</I>>]\n}\n",
	} {
		if res := b.Build(context.Background(), Source{File: "g.gv", Data: []byte(src)}); res.Err != nil {
			t.Errorf("%q: %v", src, res.Err)
		}
	}
}

// TestDOTSyntaxLineAfterAnother: a syntax error names its own line after
// another graph file was laid out by the same Graphviz, which made
// Graphviz's reader count one line too many (here, line 3, which has a
// "[" too).
func TestDOTSyntaxLineAfterAnother(t *testing.T) {
	b := newTestBuilder(t)
	if res := b.Build(context.Background(), Source{File: "good.gv", Data: []byte("digraph G {\n  a -> b\n}\n")}); res.Err != nil {
		t.Fatal(res.Err)
	}
	res := b.Build(context.Background(), Source{File: "bad.gv", Data: []byte("digraph G {\n  a -> [x=1]\n  b [y=2]\n}\n")})
	if want := `bad.gv:2:8: syntax error near "[" (Graphviz's DOT reader)`; res.Err == nil || res.Err.Error() != want {
		t.Errorf("error = %v, want %s", res.Err, want)
	}
}

// TestDOTWarnings: what a Graphviz file asks for that is drawn otherwise
// is a warning at the attribute, with what is drawn instead; what is
// drawn as Graphviz draws it (peripheries, stripes, wedges, colour lists
// on edges, tapered edges, a landscape graph) is not.
func TestDOTWarnings(t *testing.T) {
	b := newTestBuilder(t)
	for _, tc := range []struct {
		src  string
		want []string
	}{
		{"digraph G {\n  a [style=\"filled,radial\" fillcolor=\"red:blue\"]\n}\n",
			[]string{`w.gv:2:13: warning: node "a": style "filled,radial" is a radial gradient (fillcolor "red:blue"): drawn filled with red, the first colour`}},
		{"digraph G {\n  a [style=filled fillcolor=\"yellow:blue\" gradientangle=90]\n}\n",
			[]string{`w.gv:2:30: warning: node "a": fillcolor "yellow:blue" is a gradient: drawn filled with yellow, the first colour`}},
		{"digraph G {\n  a [style=filled fillcolor=\":blue\"]\n}\n",
			[]string{`w.gv:2:30: warning: node "a": fillcolor ":blue" is a gradient: drawn filled with black: its first colour is empty, which Graphviz draws black`}},
		{"digraph G {\n  a [image=\"pic.png\"]\n  b [shapefile=\"s.png\"]\n}\n",
			[]string{
				`w.gv:2:13: warning: node "a": image "pic.png" is not drawn: the node is drawn without the picture`,
				`w.gv:3:17: warning: node "b": shapefile "s.png" is not drawn: the node is drawn without the picture`,
			}},
		{"digraph G {\n  a [label=<<TABLE><TR><TD><IMG SRC=\"x.png\"/></TD><TD>a</TD></TR></TABLE>>]\n}\n",
			[]string{`w.gv:2:38: warning: node "a": <IMG SRC="x.png"> is not drawn: the label is drawn without the picture`}},
		{"digraph G {\n  bgcolor=\"white:grey\"\n  a\n}\n",
			[]string{`w.gv:2:12: warning: graph: bgcolor "white:grey" is a gradient: drawn filled with white, the first colour`}},
		{"graph G {\n  a -- b [style=rounded]\n}\n",
			[]string{`w.gv:2:17: warning: edge "a" -- "b": style "rounded" is not one Graphviz draws: drawn without it (the styles: bold, dashed, dotted, invis, invisible, setlinewidth, solid, tapered)`}},
		{"digraph G {\n  subgraph cluster_x {\n    style=filled fillcolor=\"red:blue\"\n    a\n  }\n}\n",
			[]string{`w.gv:3:29: warning: cluster "cluster_x": fillcolor "red:blue" is a gradient: drawn filled with red, the first colour`}},
		{"digraph G {\n  a [style=\"filled,squiggly\"]\n  b [style=wedged shape=box]\n  a -> b [arrowhead=blah style=\"bold,rounded\"]\n}\n",
			[]string{
				`w.gv:4:38: warning: edge "a" -> "b": style "rounded" is not one Graphviz draws: drawn without it (the styles: bold, dashed, dotted, invis, invisible, setlinewidth, solid, tapered)`,
				`w.gv:4:21: warning: edge "a" -> "b": arrowhead "blah": Graphviz reads no arrow in "blah" and leaves it out: drawn as "normal" (the arrows: box, crow, curve, diamond, dot, icurve, inv, none, normal, tee, vee, and these with o, l or r in front)`,
				`w.gv:2:20: warning: node "a": style "squiggly" is not one Graphviz draws: drawn without it (the styles: bold, dashed, diagonals, dotted, filled, invis, invisible, radial, rounded, setlinewidth, solid, striped, unfilled, wedged)`,
				`w.gv:3:12: warning: node "b": style "wedged" is drawn on ellipses only: the box is drawn without it, as Graphviz draws it`,
			}},
		{"digraph G {\n  a [URL=\"http://x\" tooltip=\"tip\" style=filled fillcolor=\"#ff000080\"]\n  b [URL=\"http://y\"]\n" +
			"  a -> b [color=\"#00ff0040:blue\" edgetooltip=e]\n  size=\"1,1\"\n}\n",
			[]string{
				`w.gv:2:11: warning: node "a": URL "http://x" (and on 1 more) is not kept: a drawing has no links or tooltips`,
				`w.gv:2:30: warning: node "a": tooltip "tip" is not kept: a drawing has no links or tooltips`,
				`w.gv:4:46: warning: edge "a" -> "b": edgetooltip "e" is not kept: a drawing has no links or tooltips`,
				`w.gv:2:59: warning: node "a": fillcolor "#ff000080" is partly transparent (alpha 80 of ff): drawn opaque`,
				`w.gv:4:18: warning: edge "a" -> "b": color "#00ff0040:blue" is partly transparent (alpha 40 of ff): drawn opaque`,
				`w.gv:5:9: warning: graph: size "1,1" is not applied: the drawing is drawn at Graphviz's layout size, 54 × 108 px, where dot -Tsvg scales it by 0.67 to fit 1 × 1 inches`,
			}},
		{"digraph G {\n  size=\"9,9\"\n  a -> b\n}\n", nil},
		// Labels Graphviz reads that draw no words, and a quoted one that
		// looks like HTML, are no trouble.
		{"digraph G {\n  a [label=<<br/>>]\n  b [label=<&nbsp;>]\n  c [label=\"<TD>x</TD>\"]\n  d [label=<<TD>x</TD>> style=invis]\n}\n", nil},
		{"digraph G {\n  a [fontname=\"Times-Italic\"]\n  b [fontname=\"Times-Italic\"]\n  c [fontname=\"Helvetica-Bold\"]\n}\n",
			[]string{`w.gv:2:16: warning: fontname "Times-Italic" is slanted: drawn upright, the handwriting has no italics`}},
		{"digraph G {\n  stylesheet=\"s.css\"\n  viewport=\"100,100\"\n  a [id=x class=\"big\"]\n}\n",
			[]string{
				`w.gv:4:9: warning: node "a": id "x" is not kept: it is for Graphviz's SVG, which the drawing is not`,
				`w.gv:4:18: warning: node "a": class "big" is not kept: it is for Graphviz's SVG, which the drawing is not`,
				`w.gv:2:15: warning: graph: stylesheet "s.css" is not kept: it is for Graphviz's SVG, which the drawing is not`,
				`w.gv:3:13: warning: graph: viewport "100,100" is not kept: the whole drawing is drawn`,
			}},
		{"digraph G {\n  a [label=<<I>it</I> x<SUP>2</SUP> y<SUB>i</SUB> <U>u</U> <S>s</S> <O>o</O> <B>b</B>>]\n}\n",
			[]string{
				`w.gv:2:13: warning: <I> in an HTML-like label is italic: drawn upright, the handwriting has no italics`,
				`w.gv:2:24: warning: <SUP> in an HTML-like label is a superscript: drawn on the line`,
				`w.gv:2:38: warning: <SUB> in an HTML-like label is a subscript: drawn on the line`,
			}},
		{"digraph G {\n  rotate=90\n  a [peripheries=3 shape=box]\n  b [style=striped fillcolor=\"red:green:blue\" shape=box]\n" +
			"  c [style=wedged fillcolor=\"red;0.3:blue\"]\n  a -> b [color=\"red:blue\"]\n  b -> c [color=\"red;0.5:blue\" style=tapered]\n" +
			"  subgraph cluster_y { style=striped fillcolor=\"red:blue\" d }\n}\n", nil},
	} {
		res := b.Build(context.Background(), Source{File: "w.gv", Data: []byte(tc.src)})
		if res.Err != nil {
			t.Errorf("%q: %v", tc.src, res.Err)
			continue
		}
		var got []string
		for _, w := range res.Warnings {
			got = append(got, w.String())
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: warnings =\n%q\nwant\n%q", tc.src, got, tc.want)
		}
	}
}

// TestDOTPlacedLabels: a node label whose lines Graphviz justifies (\l,
// \r) or puts at the top or bottom (labelloc) is drawn line by line where
// Graphviz put each line, not centred; a bold fontname is bold.
func TestDOTPlacedLabels(t *testing.T) {
	b := newTestBuilder(t)
	src := "digraph G {\n  a [shape=box width=2 height=1 label=\"left\\lright\\r\" labelloc=t fontname=\"Helvetica-Bold\"]\n}\n"
	res := b.Build(context.Background(), Source{File: "p.gv", Data: []byte(src)})
	if res.Err != nil {
		t.Fatal(res.Err)
	}
	var box, left, right *scene.Item
	for i := range res.Scene.Items {
		it := &res.Scene.Items[i]
		switch {
		case it.Text != nil && len(it.Text.Lines) == 1 && it.Text.Lines[0].Text == "left":
			left = it
		case it.Text != nil && len(it.Text.Lines) == 1 && it.Text.Lines[0].Text == "right":
			right = it
		case it.Kind == scene.Rect:
			box = it
		}
	}
	if box == nil || left == nil || right == nil {
		t.Fatalf("want a box and the lines left and right, each a text: %+v", res.Scene.Items)
	}
	mid := box.Box.Center()
	if lc, rc := left.Box.Center(), right.Box.Center(); lc.X >= mid.X || rc.X <= mid.X || lc.Y >= mid.Y || rc.Y >= mid.Y {
		t.Errorf("left at %v, right at %v: want them left and right of the box's centre %v, above it", lc, rc, mid)
	}
	if left.Text.Weight != 700 {
		t.Errorf("left's weight = %d, want 700 (Helvetica-Bold)", left.Text.Weight)
	}
}
