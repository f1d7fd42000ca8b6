package build

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/sketchdeck/sketchdeck/internal/graphviz/worker"
	"github.com/sketchdeck/sketchdeck/internal/graphviz/workertest"
)

// Bad input, tried: every case gets a positioned error (or, for characters
// the font lacks, a documented fallback), within bounded time and memory.
// The bounds are the limits in spec (MaxSource, MaxNodes, MaxEdges,
// MaxTextLen, MaxSize) and the layout worker's time limit
// (worker.DefaultTimeout); each error names its limit.

const palette = "black, blue, dark-blue, dark-gray, dark-green, dark-orange, dark-pink, dark-purple, dark-red, dark-teal, down, gray, green, grey, orange, pink, purple, red, teal, up, violet, white, yellow"

// TestBadInput checks the whole message of each bad source.
func TestBadInput(t *testing.T) {
	node := "[[nodes]]\nid = \"a\"\n"
	tests := []errorCase{
		{"malformed TOML", "title = \"x", `bad.toml:1:10: title: unexpected EOF; expected '"'`},
		{"unknown key", "colour = \"red\"\n" + node,
			`bad.toml:1:1: unknown key "colour" at the top level; valid keys are animate, defaults, description, edges, elements, groups, hide_title, kind, lanes, layout, lint, marks, mindmap, nodes, panels, parts, seed, split, steps, table, title, title_size, version`},
		{"unknown node", "[[nodes]]\nid = \"cache\"\n[[edges]]\nfrom = \"cache\"\nto = \"cahce\"\n",
			`bad.toml:5:1: edge "cache → cahce": unknown node "cahce" (did you mean "cache"?)`},
		{"duplicate id", node + node, `bad.toml:4:1: duplicate node id "a"`},
		{"empty", "", `bad.toml: the diagram has no nodes: add at least one [[nodes]] table`},
		{"NaN size", node + "width = nan\n", `bad.toml:3:1: width must be a number from 0 to 10000, not NaN`},
		{"negative size", node + "height = -5\n", `bad.toml:3:1: height must be a number from 0 to 10000, not -5`},
		{"infinite position", node + "pos = [inf, 0]\n", `bad.toml:3:1: pos must be a number from 0 to 10000, not +Inf`},
		{"huge size", node + "width = 1e300\n", `bad.toml:3:1: width must be a number from 0 to 10000, not 1e+300`},
		{"NaN lane gap", "[layout]\nlane_gap = nan\n" + node, `bad.toml:2:1: lane_gap must be a number from 0 to 10000, not NaN`},
		{"huge scale", "[layout]\nscale = 1e9\n" + node, `bad.toml:2:1: scale must be from 0 to 20, not 1e+09`},
		{"negative weight", node + "[[edges]]\nfrom = \"a\"\nto = \"a\"\nweight = -1\n", `bad.toml:6:1: weight must be a number from 0 to 1000, not -1`},
		{"ranks in all", node + strings.Repeat("[[edges]]\nfrom = \"a\"\nto = \"a\"\nmin_len = 100\n", 41),
			`bad.toml:166:1: the edges' min_len add up to 4100 ranks, past the limit of 4000 from this edge on`},
		{"panel's layout", "kind = \"panels\"\n[[panels]]\nid = \"p\"\n[panels.layout]\nnode_gap = inf\n[[panels.nodes]]\nid = \"a\"\n",
			`bad.toml:5:1: node_gap must be a number from 0 to 10000, not +Inf`},
		{"unknown colour", node + "fill = \"blurple\"\n",
			`bad.toml:3:1: unknown colour "blurple" (did you mean "purple"?): the palette has ` + palette + `, or give a hex value such as "#228be6"`},
		{"colour typo with other problems", node + "fill = \"bleu\"\ncolour = 1\n[[edges]]\nfrom = \"a\"\nto = \"b\"\n",
			`bad.toml:3:1: unknown colour "bleu" (did you mean "blue"?): the palette has ` + palette + `, or give a hex value such as "#228be6"` + "\n" +
				`bad.toml:4:1: unknown key "colour" in [nodes]; valid keys are bands, cap, fill, fill_style, font_size, group, height, icon, icon_size, id, image, image_size, inside, label, label_position, lane, lines, pos, rank, roughness, rounded, shape, status, step, stroke, stroke_style, stroke_width, text_color, token, token_size, tokens, width` + "\n" +
				`bad.toml:7:1: edge "a → b": unknown node "b"`},
		{"10 MB label", node + "label = \"" + strings.Repeat("x", 10<<20) + "\"\n",
			`bad.toml: source is 10485790 bytes; the limit is 1048576 bytes (1 MiB)`},
		{"long label", node + "label = \"" + strings.Repeat("é", 2001) + "\"\n",
			`bad.toml:3:1: text is 2001 characters long; the limit is 2000`},
		{"control character", node + "label = \"x\\u0001y\"\n",
			`bad.toml:3:1: text has the control character U+0001 at character 2, which draws nothing: remove it (\n breaks a line)`},
		{"tab in an edge label", node + "[[edges]]\nfrom = \"a\"\nto = \"a\"\nlabel = \"é\\tb\"\n",
			`bad.toml:6:1: text has the control character U+0009 at character 2, which draws nothing: remove it (\n breaks a line)`},
		{"100 000 nodes", manyNodes(100_000, "[[nodes]]\nid = \"n%d\"\n"),
			`bad.toml: source is 2388890 bytes; the limit is 1048576 bytes (1 MiB)`},
		{"3000 nodes", manyNodes(3000, "[[nodes]]\nid = \"n%d\"\n"),
			`bad.toml: nodes: the diagram has 3000 nodes; the limit is 2000, as Graphviz's layout time grows much faster than the graph: split it into several diagrams`},
	}
	checkErrors(t, newTestBuilder(t), "bad.toml", tests)
}

func manyNodes(n int, format string) string {
	var b strings.Builder
	for i := range n {
		b.WriteString(strings.Replace(format, "%d", itoa(i), 1))
	}
	return b.String()
}

// TestMissingGlyphs: characters the family's fonts lack (emoji, CJK) are
// not an error: they are drawn from the fallback faces (GNU Unifont,
// testdata/scripts.toml shows them), the text keeps every character in its
// <text> element (what a reader selects and copies), and the SVG stays
// valid.
func TestMissingGlyphs(t *testing.T) {
	b := newTestBuilder(t)
	label := "😀 日本語 ✓ 한국어 \u202e"
	src := "title = \"" + label + "\"\n[[nodes]]\nid = \"a\"\nlabel = \"" + label + "\"\n"
	res := b.Build(context.Background(), Source{File: "glyphs.toml", Data: []byte(src)})
	if res.Err != nil {
		t.Fatal(res.Err)
	}
	checkSVG(t, res.SVG)
	if !bytes.Contains(res.SVG, []byte("😀 日本語 ✓ 한국어")) {
		t.Error("the label's characters are not in the SVG")
	}
}

// TestPartUsesItself: a user part that places itself is an error naming
// the cycle, not an endless recursion.
func TestPartUsesItself(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "loop.toml"), []byte("[[elements]]\nkind = \"part\"\npart = \"loop\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	b, err := New(Options{PartsDirs: []string{dir}})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	src := "kind = \"drawing\"\n[[elements]]\nid = \"x\"\nkind = \"part\"\npart = \"loop\"\nx = 0\ny = 0\nwidth = 50\nheight = 50\n"
	res := b.Build(context.Background(), Source{File: "d.toml", Data: []byte(src)})
	want := filepath.ToSlash(dir) + `/loop.toml: part "loop" → "loop": a part cannot contain itself`
	if res.Err == nil || res.Err.Error() != want {
		t.Errorf("got %v, want %s", res.Err, want)
	}
}

// hostileSources try to smuggle markup, scripts and links into the SVG
// through every text a diagram has. FuzzBuild is seeded with them too.
var hostileSources = []string{
	`title = "</text><script>alert(1)</script>"
description = "]]></desc><script>alert(2)</script><desc>"
[[nodes]]
id = "a"
label = "</text><script>alert(1)</script>"
token = "<img src=x onerror=alert(1)>"
[[nodes]]
id = "</g><foreignObject><iframe src=javascript:alert(1)>"
label = "javascript:alert(1)"
[[edges]]
from = "a"
to = "</g><foreignObject><iframe src=javascript:alert(1)>"
label = "<a href=\"javascript:alert(1)\">click</a>"
tokens = ["text:\"><svg onload=alert(1)>", "url(http://evil.example/x.png)"]
`,
	`kind = "drawing"
title = "<script>alert(1)</script>"
[[elements]]
id = "t"
kind = "text"
text = "</text><script>alert(1)</script> javascript:alert(1) <a xlink:href=\"javascript:alert(1)\">x</a>"
x = 0
y = 0
`,
}

// TestHostileInput: labels, ids and titles that look like markup reach the
// SVG as text only: no script, no event attribute, no link, no external
// reference.
func TestHostileInput(t *testing.T) {
	b := newTestBuilder(t)
	for i, src := range hostileSources {
		res := b.Build(context.Background(), Source{File: "hostile.toml", Data: []byte(src)})
		if res.Err != nil {
			t.Fatalf("case %d: %v", i, res.Err)
		}
		// safeSVG parses the document: no forbidden element, no on*
		// attribute, no href, nothing "javascript:" or "url(" in any
		// attribute. Text that merely reads "onload=" is harmless; markup
		// openers must only appear escaped.
		checkSVG(t, res.SVG)
		low := bytes.ToLower(res.SVG)
		for _, bad := range []string{"<script", "<iframe", "<foreignobject", "<img", "<a ", "<svg onload"} {
			if bytes.Contains(low, []byte(bad)) {
				t.Errorf("case %d: the SVG contains %q", i, bad)
			}
		}
		if !bytes.Contains(low, []byte("&lt;script&gt;")) {
			t.Errorf("case %d: the hostile text is not in the SVG, escaped", i)
		}
	}
}

// TestTangledGraphTimesOut: a graph Graphviz would take minutes on is
// stopped at the limit of CPU time (300 ms here instead of the default
// 3 min) and reported, naming the diagram, the limit and how to raise it.
// The test worker stands in for such a graph by using CPU time without end
// on one with workertest.HangRankGap, so no layout's speed is assumed; that the next layout gets a new worker is
// internal/graphviz/worker's TestTimeoutAndCrash.
func TestTangledGraphTimesOut(t *testing.T) {
	b, err := New(Options{Graphviz: worker.Options{Timeout: 300 * time.Millisecond}})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	src := "[layout]\nrank_gap = " + itoa(workertest.HangRankGap) + "\n[[nodes]]\nid = \"a\"\n[[nodes]]\nid = \"b\"\n[[edges]]\nfrom = \"a\"\nto = \"b\"\n"
	res := b.Build(context.Background(), Source{File: "tangled.toml", Data: []byte(src)})
	want := `tangled.toml: layout: graphviz: graph "tangled": layout used more than 300ms of CPU time, the limit, and was stopped: the graph is too tangled for Graphviz (fewer nodes or edges, or another layout engine, will help), or raise the limit with --layout-timeout`
	if res.Err == nil || res.Err.Error() != want {
		t.Errorf("got %v\nwant %s", res.Err, want)
	}
}

// TestBadGraphFailsAlone: numbers Graphviz cannot take (a weight of 1e10
// made it exit, and every later graph of the build failed with "starting
// Graphviz: module closed") or would take minutes and GBs on (min_len 1e5)
// fail their own diagram with a positioned error; the others build.
func TestBadGraphFailsAlone(t *testing.T) {
	edge := "[[nodes]]\nid = \"a\"\n[[nodes]]\nid = \"b\"\n[[edges]]\nfrom = \"a\"\nto = \"b\"\n"
	srcs := []Source{
		{File: "weight.toml", Data: []byte(edge + "weight = 1e10\n")},
		{File: "good1.toml", Data: []byte(edge)},
		{File: "minlen.toml", Data: []byte(edge + "min_len = 1e9\n")},
		{File: "good2.toml", Data: []byte(edge + "weight = 1000\nmin_len = 100\n")},
		{File: "slow.toml", Data: []byte(edge + "min_len = 1e5\n")},
		{File: "good3.toml", Data: []byte(edge)},
	}
	want := map[string]string{
		"weight": `weight.toml:8:1: weight must be a number from 0 to 1000, not 1e+10`,
		"minlen": `minlen.toml:8:1: min_len must be a number from 0 to 100, not 1e+09`,
		"slow":   `slow.toml:8:1: min_len must be a number from 0 to 100, not 100000`,
	}
	for _, r := range newTestBuilder(t).BuildAll(context.Background(), srcs) {
		got := ""
		if r.Err != nil {
			got = r.Err.Error()
		}
		if got != want[r.Name] {
			t.Errorf("%s: got %q, want %q", r.Name, got, want[r.Name])
		}
	}
}

// TestBuildAllCancelled: under an ended context BuildAll builds nothing and
// starts no layout worker; every result carries the context's error.
func TestBuildAllCancelled(t *testing.T) {
	b := newTestBuilder(t)
	srcs := make([]Source, 40)
	for i := range srcs {
		srcs[i] = Source{File: "g" + itoa(i) + ".toml", Data: []byte("[[nodes]]\nid = \"a\"\n[[nodes]]\nid = \"b\"\n[[edges]]\nfrom = \"a\"\nto = \"b\"\n")}
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	before := workertest.Starts()
	for i, r := range b.BuildAll(ctx, srcs) {
		if want := srcs[i].File + ": context canceled"; r.Err == nil || r.Err.Error() != want || r.SVG != nil {
			t.Errorf("%s: got %v, want %s", srcs[i].File, r.Err, want)
		}
	}
	if n := workertest.Starts() - before; n != 0 {
		t.Errorf("%d layout workers started for a cancelled build", n)
	}
}

// TestSameBytesWhateverGOMAXPROCS builds the whole deck, every language,
// with GOMAXPROCS 1 and 4 (so one and four diagrams at a time around the
// layout worker) and wants the same bytes.
func TestSameBytesWhateverGOMAXPROCS(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the deck twice")
	}
	srcs := deckSources(t)
	build := func(procs int) []Result {
		defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs))
		return newTestBuilder(t).BuildAll(context.Background(), srcs)
	}
	one, four := build(1), build(4)
	for i := range srcs {
		if one[i].Err != nil || four[i].Err != nil {
			t.Fatalf("%s: %v / %v", srcs[i].File, one[i].Err, four[i].Err)
		}
		if !bytes.Equal(one[i].SVG, four[i].SVG) {
			t.Errorf("%s (%T): GOMAXPROCS 1 and 4 give different SVGs", srcs[i].File, srcs[i].Translator)
		}
	}
}
