package lint_test

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/sketchdeck/sketchdeck/internal/build"
	"github.com/sketchdeck/sketchdeck/internal/lint"
	"github.com/sketchdeck/sketchdeck/internal/scene"
	"github.com/sketchdeck/sketchdeck/internal/spec"
	"github.com/sketchdeck/sketchdeck/internal/text"
)

// laidOut is one diagram decoded and laid out, ready to check.
type laidOut struct {
	d  *spec.Diagram
	sc *scene.Scene
}

// layoutFile decodes and lays out a diagram file as "sketchdeck lint" does.
func layoutFile(t testing.TB, b *build.Builder, file string) laidOut {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	d, sc, err := b.LayOut(context.Background(), build.Source{File: filepath.ToSlash(file), Data: data})
	if err != nil {
		t.Fatal(err)
	}
	return laidOut{d, sc}
}

func newBuilder(t testing.TB) (*build.Builder, *text.Fonts) {
	t.Helper()
	b, err := build.New(build.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { b.Close() })
	fonts, err := text.Load()
	if err != nil {
		t.Fatal(err)
	}
	return b, fonts
}

func strs(fs []lint.Finding) []string {
	out := make([]string, len(fs))
	for i, f := range fs {
		out[i] = f.String()
	}
	return out
}

// TestFindings: each deliberately colliding diagram is reported with the
// full message at the element's position: every rule in a drawing, text
// on text, text crossed, shape on shape and a hidden arrowhead in a graph
// and in panels, an edge through a node (with the bend that clears it:
// clean/through-bent.toml), an edge too short to pull back from its
// node's status dot (those that can: clean/status-edges.toml) and a
// group's label crossed in a graph, text on text and text crossed in a table. A graph, panels
// or table is framed around all it draws, so nothing of it is off its
// canvas; a mind map's layout places topics apart by construction
// (testdata/mindmap.toml, with no gaps at all, has no finding: TestClean).
func TestFindings(t *testing.T) {
	b, fonts := newBuilder(t)
	for _, tc := range []struct {
		file string
		want []string
	}{
		{"testdata/drawing.toml", []string{
			`testdata/drawing.toml:10:1: text "Hello" (el:hello) overlaps text "World" (el:world)`,
			`testdata/drawing.toml:25:1: text "Crossed" (el:word) is crossed by polyline el:strike`,
			`testdata/drawing.toml:40:1: rect el:box1 overlaps ellipse el:box2`,
			`testdata/drawing.toml:57:1: the arrowhead of polyline el:arrow is hidden under rect el:lid`,
			`testdata/drawing.toml:75:1: text "ÅÉÎ" (el:top) is 8.2 px outside the canvas (top side of 340×240)`,
		}},
		{"testdata/graph.toml", []string{
			`testdata/graph.toml:10:1: text "Alpha label" (node:a:label) overlaps text "Note" (mark:text:c#1)`,
			`testdata/graph.toml:10:1: text "Alpha label" (node:a:label) is crossed by polyline edge:a->b#0`,
			`testdata/graph.toml:10:1: rect node:a overlaps rect edge:c->a#0:token:0`,
			`testdata/graph.toml:26:1: the arrowhead of polyline edge:c->a#0 is hidden under rect edge:c->a#0:token:0`,
			`testdata/graph.toml:32:1: text "Note" (mark:text:c#1) is crossed by rect node:a`,
		}},
		{"testdata/panels.toml", []string{
			`testdata/panels.toml:12:1: text "Alpha label" (panel:left:node:a:label) overlaps text "Over the divider" (mark:text:left#1)`,
			`testdata/panels.toml:12:1: text "Alpha label" (panel:left:node:a:label) is crossed by polyline panel:left:edge:a->b#0`,
			`testdata/panels.toml:33:1: text "Over the divider" (mark:text:left#1) is crossed by rect panel:right:node:c`,
			`testdata/panels.toml:33:1: text "Over the divider" (mark:text:left#1) is crossed by polyline divider:1`,
			`testdata/panels.toml:39:1: rect panel:right:node:d overlaps rect panel:right:edge:c->d#0:token:0`,
			`testdata/panels.toml:42:1: the arrowhead of polyline panel:right:edge:c->d#0 is hidden under rect panel:right:edge:c->d#0:token:0`,
		}},
		{"testdata/through.toml", []string{
			`testdata/through.toml:26:1: text "Group label" (group:g:label) is crossed by polyline edge:b->d#0`,
			`testdata/through.toml:31:1: edge "a->c" (edge:a->c#0) runs through node "b", which is not one of its ends: bend = 60 on the edge takes it around, or move a node (rank in dot, pos in neato and fdp, or another engine)`,
		}},
		{"testdata/status.toml", []string{
			`testdata/status.toml:22:1: edge "a->b" (edge:a->b#0) runs under the status dot of node "a", one of its ends: a side (from_side, to_side) or moving a node takes it off the corner`,
		}},
		{"testdata/table-text.toml", []string{
			`testdata/table-text.toml:17:1: text "Left" (table:one:what:0) overlaps text "W m" (table:one:why:0)`,
		}},
		{"testdata/table.toml", []string{
			`testdata/table.toml:17:1: text "Un bre ak abl e" (table:one:what:0) is crossed by polyline table:divider:why`,
			`testdata/table.toml:17:1: text "Next" (table:one:why:0) is crossed by polyline table:divider:why`,
		}},
		{"testdata/image.toml", []string{
			`testdata/image.toml:7:1: image el:pic overlaps rect el:half`,
			`testdata/image.toml:14:1: text "On it" (el:on) is written over image el:pic`,
		}},
		{"testdata/allow.toml", []string{
			`testdata/allow.toml:19:1: text "Hello" (el:a) overlaps text "World" (el:b)`,
			`testdata/allow.toml:37:1: lint.allow ids = ["a", "server"] accepts no finding: the exception is stale, remove it`,
		}},
		{"testdata/stale.mindmap.md", []string{
			`testdata/stale.mindmap.md:2:1: lint.allow ids = ["mindmap:root", "mindmap:1"] accepts no finding: the exception is stale, remove it`,
		}},
	} {
		t.Run(tc.file, func(t *testing.T) {
			l := layoutFile(t, b, tc.file)
			found, used := lint.Check(l.d, l.sc, fonts)
			got := strs(append(found, lint.Stale(l.d, used)...))
			if !slices.Equal(got, tc.want) {
				t.Errorf("findings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
		})
	}
}

// TestClean: diagrams of every kind whose by-design overlaps (labels in
// nodes, tokens on edges, marks on nodes, parts in boxes, cells in rows,
// items in panels) give no finding.
func TestClean(t *testing.T) {
	b, fonts := newBuilder(t)
	files, err := filepath.Glob("testdata/clean/*")
	if err != nil || len(files) < 5 {
		t.Fatalf("clean corpus: %v %v", files, err)
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			l := layoutFile(t, b, f)
			found, used := lint.Check(l.d, l.sc, fonts)
			if got := strs(append(found, lint.Stale(l.d, used)...)); len(got) > 0 {
				t.Errorf("findings in a clean diagram:\n%s", strings.Join(got, "\n"))
			}
		})
	}
}
