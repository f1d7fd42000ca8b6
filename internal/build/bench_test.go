package build

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/sketchdeck/sketchdeck/internal/benchgraph"
	"github.com/sketchdeck/sketchdeck/internal/i18n"
	"github.com/sketchdeck/sketchdeck/internal/spec"
)

// The speed figures; "make bench" runs these and scripts/bench-compare.sh,
// and docs/PERFORMANCE.md records them. Measured on the 2-core
// development machine (go test -run '^$' -bench . ./gen):
//
//	BenchmarkDeck           34 diagrams × 2 languages, one Builder:  ~210 ms/op
//	BenchmarkDiagram/NAME   one diagram, one language:               0.3–14 ms/op
//	BenchmarkLarge200       200 nodes, 300 edges, laid out+sketched: ~150 ms/op
//	BenchmarkBanded/N       bench-large.sh's bandedN, layout remembered: what the process does around Graphviz
//	BenchmarkDrawBanded/N   bandedN's scene sketched and written: see docs/PERFORMANCE.md
//	BenchmarkDeckFormat/F   the 35 diagrams in one format: see docs/PERFORMANCE.md
//
// Each builds through the layout worker exactly as the sketchdeck command
// does; the worker's start-up is paid once, before the timer starts.

// deckSources is every diagram in ../../diagrams in every language present:
// the source language and one variant per catalog in diagrams/locales.
func deckSources(tb testing.TB) []Source {
	tb.Helper()
	files, _ := filepath.Glob("../../diagrams/*.toml")
	if len(files) == 0 {
		tb.Skip("no diagrams in ../../diagrams")
	}
	trs := []i18n.Translator{nil}
	cats, _ := filepath.Glob("../../diagrams/locales/*.toml")
	for _, file := range cats {
		data, err := os.ReadFile(file)
		if err != nil {
			tb.Fatal(err)
		}
		c, err := i18n.Decode(file, data)
		if err != nil {
			tb.Fatal(err)
		}
		trs = append(trs, c)
	}
	// A file's languages one after the other, as the command builds them.
	var srcs []Source
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			tb.Fatal(err)
		}
		for _, tr := range trs {
			srcs = append(srcs, Source{File: "diagrams/" + filepath.Base(file), Data: data, Translator: tr})
		}
	}
	return srcs
}

// buildAll builds srcs and fails on any error.
func buildAll(tb testing.TB, b *Builder, srcs []Source) {
	tb.Helper()
	for _, r := range b.BuildAll(context.Background(), srcs) {
		if r.Err != nil {
			tb.Fatalf("%s: %v", r.Name, r.Err)
		}
	}
}

// BenchmarkDeck builds the whole deck, every language, as one
// "sketchdeck build --force --lang all" does after start-up.
func BenchmarkDeck(b *testing.B) {
	srcs := deckSources(b)
	bld := newTestBuilder(b)
	buildAll(b, bld, srcs) // starts the worker, parses the fonts
	b.ResetTimer()
	for range b.N {
		buildAll(b, bld, srcs)
	}
	b.ReportMetric(float64(len(srcs)), "diagrams")
}

// BenchmarkDeckFormat builds the whole deck, source language only, into
// one format: "sketchdeck build --force --format png diagrams" after
// start-up (layout and sketching included), the PNG at scale 2.
func BenchmarkDeckFormat(b *testing.B) {
	var srcs []Source
	for _, src := range deckSources(b) {
		if src.Translator == nil {
			srcs = append(srcs, src)
		}
	}
	for _, f := range Formats {
		b.Run(string(f), func(b *testing.B) {
			bld, err := New(Options{Formats: []Format{f}})
			if err != nil {
				b.Fatal(err)
			}
			defer bld.Close()
			buildAll(b, bld, srcs)
			b.ResetTimer()
			for range b.N {
				buildAll(b, bld, srcs)
			}
			b.ReportMetric(float64(len(srcs)), "diagrams")
		})
	}
}

// BenchmarkDiagram builds each diagram of the deck alone, in the source
// language: which ones cost the most.
func BenchmarkDiagram(b *testing.B) {
	bld := newTestBuilder(b)
	for _, src := range deckSources(b) {
		if src.Translator != nil {
			continue
		}
		b.Run(spec.NameOf(src.File), func(b *testing.B) { benchBuild(b, bld, src) })
	}
}

// BenchmarkLarge200 lays out and sketches a 200-node, 300-edge graph with
// labels, in mixed shapes.
func BenchmarkLarge200(b *testing.B) {
	benchBuild(b, newTestBuilder(b), Source{File: "large200.toml", Data: largeGraph(200, 300)})
}

// benchBuild builds src once (the worker started, the layout remembered),
// then times building it again.
func benchBuild(b *testing.B, bld *Builder, src Source) {
	buildAll(b, bld, []Source{src})
	b.ResetTimer()
	for range b.N {
		if r := bld.Build(context.Background(), src); r.Err != nil {
			b.Fatal(r.Err)
		}
	}
}

// BenchmarkDrawBanded sketches and writes the scene of
// scripts/bench-large.sh's bandedN, laid out once before the timer
// starts: what a build of one large graph does after Graphviz answers and
// room is made for the labels (drawAll), on every core (startSketches).
func BenchmarkDrawBanded(b *testing.B) {
	for _, n := range []int{200, 400} {
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			bld := newTestBuilder(b)
			d, sc, err := bld.LayOut(context.Background(), Source{File: fmt.Sprintf("banded%d.toml", n), Data: benchgraph.Banded(n)})
			if err != nil {
				b.Fatal(err)
			}
			if _, _, err := bld.drawAll(d, sc); err != nil { // parses the fonts
				b.Fatal(err)
			}
			b.ResetTimer()
			for range b.N {
				if _, _, err := bld.drawAll(d, sc); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(len(sc.Items)), "items")
		})
	}
}

// largeGraph is a deterministic connected graph of n labelled nodes and m
// edges: a tree first, then chords, like internal/graphviz/wasm's bigGraph.
func largeGraph(n, m int) []byte {
	var s strings.Builder
	s.WriteString("title = \"Large\"\n")
	writeNodes(&s, n)
	for j := range m {
		a, b := j%n, (j*7+3)%n
		if j < n-1 {
			a, b = j/2, j+1
		}
		fmt.Fprintf(&s, "[[edges]]\nfrom = \"n%d\"\nto = \"n%d\"\n", a, b)
	}
	return []byte(s.String())
}

// BenchmarkBanded builds the banded graphs of scripts/bench-large.sh
// (issue 18's target 5) after their first build: the layout is the
// worker's remembered answer, so it times what the main process does
// around Graphviz (decoding, sizing, making room for labels, sketching,
// writing the SVG).
func BenchmarkBanded(b *testing.B) {
	for _, n := range []int{200, 400} {
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			benchBuild(b, newTestBuilder(b), Source{File: fmt.Sprintf("banded%d.toml", n), Data: benchgraph.Banded(n)})
		})
	}
}

// BenchmarkRandom builds a random graph of 200 nodes and 300 edges
// (benchgraph.Random, like scripts/bench-large.sh's random200) after its
// first build, as BenchmarkBanded does: its edges cross the drawing in
// every direction, so it times what the main process does for edges that
// would run through other nodes (layout's detours), which a banded
// graph's rarely do.
func BenchmarkRandom(b *testing.B) {
	benchBuild(b, newTestBuilder(b), Source{File: "random200.toml", Data: benchgraph.Random(200)})
}

// writeNodes writes n labelled nodes n0, n1, … in five shapes in turn.
func writeNodes(s *strings.Builder, n int) {
	shapes := []string{"rectangle", "ellipse", "circle", "diamond", "cylinder"}
	for i := range n {
		fmt.Fprintf(s, "[[nodes]]\nid = \"n%d\"\nlabel = \"node %d\"\nshape = %q\n", i, i, shapes[i%len(shapes)])
	}
}
