package build

import (
	"compress/gzip"
	"context"
	"encoding/json"
	"encoding/xml"
	"errors"
	"html"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sketchdeck/sketchdeck/internal/dotin"
)

// graphvizExamples is where Debian's graphviz-doc package puts Graphviz's
// example graphs (some gzipped).
const graphvizExamples = "/usr/share/doc/graphviz/examples/graphs"

// TestGraphvizCorpus builds every example graph of Graphviz's
// documentation, without a warning but about its size, SVG ids or
// italic fonts, and checks that
// each has every label of its source:
// every node, edge, cluster and graph label Graphviz reads from the file
// is in the SVG's text, line by line.
func TestGraphvizCorpus(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(graphvizExamples, "*", "*.gv*"))
	if len(files) == 0 {
		t.Skip("no Graphviz examples: install the graphviz-doc package")
	}
	b := newTestBuilder(t)
	for _, file := range files {
		name := filepath.Base(filepath.Dir(file)) + "/" + filepath.Base(file)
		t.Run(name, func(t *testing.T) {
			data := readMaybeGzip(t, file)
			src := Source{File: strings.TrimSuffix(filepath.Base(file), ".gz"), Data: data}
			res := b.Build(context.Background(), src)
			if res.Err != nil {
				t.Fatal(res.Err)
			}
			// What these graphs say is all drawn, but for the size some
			// ask dot -Tsvg to scale the drawing to, triedds.gv's edges'
			// SVG ids and psfonttest.gv's italic fonts.
			for _, w := range res.Warnings {
				if !strings.Contains(w.Msg, "graph: size ") && !strings.Contains(w.Msg, `: id "`) && !strings.Contains(w.Msg, "is slanted") {
					t.Errorf("warning: %s", w)
				}
			}
			// A label too wide for its box in the sketch font wraps: words
			// are compared without their spaces.
			words := strings.Join(strings.Fields(svgText(t, res.SVG)), "")
			out, err := b.DOT(context.Background(), src)
			if err != nil {
				t.Fatal(err)
			}
			for _, l := range sourceLabels(t, out) {
				if !strings.Contains(words, strings.Join(strings.Fields(l), "")) {
					t.Errorf("label line %q is missing from the drawing", l)
				}
			}
			for _, l := range drawnTexts(t, out) {
				if !strings.Contains(words, strings.Join(strings.Fields(l), "")) {
					t.Errorf("text %q that Graphviz draws is missing from the drawing", l)
				}
			}
		})
	}
}

func readMaybeGzip(t *testing.T, file string) []byte {
	t.Helper()
	f, err := os.Open(file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var r io.Reader = f
	if strings.HasSuffix(file, ".gz") {
		z, err := gzip.NewReader(f)
		if err != nil {
			t.Fatal(err)
		}
		r = z
	}
	data, err := io.ReadAll(r)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// svgText is the text of an SVG's <text> elements, one per line.
func svgText(t *testing.T, svg []byte) string {
	t.Helper()
	dec := xml.NewDecoder(strings.NewReader(string(svg)))
	var b strings.Builder
	depth := 0
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			return b.String()
		}
		if err != nil {
			t.Fatal(err)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			if tok.Name.Local == "text" {
				depth++
			}
		case xml.EndElement:
			if tok.Name.Local == "text" {
				depth--
				b.WriteByte('\n')
			}
		case xml.CharData:
			if depth > 0 {
				b.Write(tok)
			}
		}
	}
}

// sourceLabels are the plain labels' lines in Graphviz's json0 output
// (a node without a label is labelled with its name); HTML-like and
// record labels are left to the unit tests of package dotin.
func sourceLabels(t *testing.T, out string) []string {
	t.Helper()
	var g struct {
		Objects []map[string]any `json:"objects"`
		Edges   []map[string]any `json:"edges"`
	}
	if err := json.Unmarshal([]byte(out), &g); err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, o := range append(g.Objects, g.Edges...) {
		name, _ := o["name"].(string)
		if st, _ := o["style"].(string); strings.Contains(st, "invis") || o["shape"] == "record" || o["shape"] == "Mrecord" || o["shape"] == "point" {
			continue
		}
		for _, k := range []string{"label", "headlabel", "taillabel", "xlabel"} {
			l, _ := o[k].(string)
			if l == `\N` {
				l = name
			}
			if l == "" || strings.ContainsAny(l, `\<&`) {
				continue
			}
			for _, line := range strings.Split(l, "\n") {
				if line = strings.TrimSpace(html.UnescapeString(line)); line != "" {
					lines = append(lines, line)
				}
			}
		}
	}
	return lines
}

// drawnTexts are the texts Graphviz itself draws (the T operations of
// every label's drawing: records' fields and HTML-like labels' cells
// included).
func drawnTexts(t *testing.T, out string) []string {
	t.Helper()
	var g struct {
		Objects []map[string]json.RawMessage `json:"objects"`
		Edges   []map[string]json.RawMessage `json:"edges"`
	}
	if err := json.Unmarshal([]byte(out), &g); err != nil {
		t.Fatal(err)
	}
	var texts []string
	for _, o := range append(g.Objects, g.Edges...) {
		for k, v := range o {
			if !strings.HasSuffix(k, "ldraw_") {
				continue
			}
			var ops []struct{ Op, Text string }
			if err := json.Unmarshal(v, &ops); err != nil {
				t.Fatalf("%s: %v", k, err)
			}
			for _, op := range ops {
				if op.Op == "T" && strings.TrimSpace(op.Text) != "" {
					texts = append(texts, op.Text)
				}
			}
		}
	}
	return texts
}

// TestGraphvizConvert converts every example graph of Graphviz's
// documentation (and the .gv goldens) into a graph diagram and builds it.
func TestGraphvizConvert(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(graphvizExamples, "*", "*.gv*"))
	golden, _ := filepath.Glob("testdata/*.gv")
	files = append(golden, files...)
	b := newTestBuilder(t)
	for _, file := range files {
		t.Run(file, func(t *testing.T) {
			src := Source{File: strings.TrimSuffix(filepath.Base(file), ".gz"), Data: readMaybeGzip(t, file)}
			toml := convert(t, b, src)
			res := b.Build(context.Background(), Source{File: strings.TrimSuffix(src.File, ".gv") + ".toml", Data: toml})
			if res.Err != nil {
				t.Fatalf("%v\n%s", res.Err, toml)
			}
		})
	}
}

// TestGraphvizConvertNotes: convert carries an edge's heads over (the ends
// Graphviz drew one at, the nearest sketch head to each shape written) and
// the graph's label as the title, and names in comments what a graph
// diagram has no place for: ports, xlabels, head and tail labels, a head
// drawn otherwise, a cluster inside another.
func TestGraphvizConvertNotes(t *testing.T) {
	b := newTestBuilder(t)
	src := Source{File: "notes.gv", Data: []byte("digraph G {\n  label=\"Notes\"\n  layout=osage\n" +
		"  subgraph cluster_a { label=A; subgraph cluster_b { label=B; x } y }\n" +
		"  a:n -> b:s [headlabel=h taillabel=t xlabel=x arrowhead=dot]\n  a [xlabel=ax]\n  b -> c:w\n" +
		"  c -> d [dir=both arrowtail=crow]\n  e -> f [dir=back]\n  g -> h [dir=none]\n  h -> i [arrowhead=vee]\n}\n")}
	toml := convert(t, b, src)
	head := `# Converted from notes.gv: sketchdeck lays it out afresh.
# graph: layout "osage" is not one a graph diagram has: laid out with dot (the engines: dot, neato, twopi, circo, fdp)
# cluster "cluster_b" is inside cluster "cluster_a": groups do not nest, so its nodes are in "cluster_b" only
# node "a": xlabel "ax" is not kept
# edge "a" -> "b": ports a:n and b:s are not kept: the edge meets the nodes where the layout puts it
# edge "a" -> "b": xlabel "x" is not kept
# edge "a" -> "b": headlabel "h" is not kept
# edge "a" -> "b": taillabel "t" is not kept
# edge "b" -> "c": port c:w is not kept: the edge meets the node where the layout puts it
# edge "c" -> "d": arrowtail "crow" is drawn as "filled", the nearest head
version = 1
kind = "graph"
title = "Notes"
`
	edges := `[[edges]]
from = "a"
to = "b"
arrowhead = "dot"

[[edges]]
from = "b"
to = "c"

[[edges]]
from = "c"
to = "d"
arrow = "both"
arrowtail = "filled"

[[edges]]
from = "e"
to = "f"
arrow = "start"

[[edges]]
from = "g"
to = "h"
arrow = "none"

[[edges]]
from = "h"
to = "i"
arrowhead = "open"
`
	if got := string(toml); !strings.HasPrefix(got, head) || !strings.HasSuffix(got, edges) {
		t.Errorf("got\n%s\nwant it to start\n%s\nand end\n%s", got, head, edges)
	}
	if res := b.Build(context.Background(), Source{File: "notes.toml", Data: toml}); res.Err != nil {
		t.Fatal(res.Err)
	}
	src = Source{File: "td.gv", Data: []byte("digraph G {\n  a [label=<<TD>x</TD>>]\n}\n")}
	out, err := b.DOT(context.Background(), src)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := dotin.Convert(src.File, src.Data, out); err == nil || !strings.HasPrefix(err.Error(), "td.gv:2:13: Graphviz cannot read this HTML-like label") {
		t.Errorf("an unread label: %v", err)
	}
	toml = convert(t, b, Source{File: "neato.gv", Data: []byte("graph G {\n  layout=neato\n  a -- b\n}\n")})
	if !strings.Contains(string(toml), "[layout]\nengine = \"neato\"\n") {
		t.Errorf("layout=neato:\n%s", toml)
	}
}

// convert lays src out with Graphviz and converts it to a graph diagram.
func convert(t *testing.T, b *Builder, src Source) []byte {
	t.Helper()
	out, err := b.DOT(context.Background(), src)
	if err != nil {
		t.Fatal(err)
	}
	toml, err := dotin.Convert(src.File, src.Data, out)
	if err != nil {
		t.Fatal(err)
	}
	return toml
}
