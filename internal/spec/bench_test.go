package spec

import (
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/sketchdeck/sketchdeck/internal/benchgraph"
)

// BenchmarkDecode decodes and validates every TOML diagram of the deck
// (../../diagrams) once per op: the front end's share of a deck build,
// for one language.
func BenchmarkDecode(b *testing.B) {
	files, _ := filepath.Glob("../../diagrams/*.toml")
	if len(files) == 0 {
		b.Skip("no diagrams in ../../diagrams")
	}
	srcs := make([][]byte, len(files))
	for i, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		srcs[i] = data
	}
	b.ReportAllocs()
	for b.Loop() {
		for i, data := range srcs {
			if _, err := Decode(files[i], data); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(len(files)), "diagrams")
}

// BenchmarkDecodeBanded decodes and validates one large graph diagram per
// op, written as the large-graph benchmark (scripts/bench-large.sh) writes
// its banded graphs: n nodes, each linked to the next three, 2n edges, a
// tenth of them labelled. Decoding is on the critical path of a large
// graph's build: its layout cannot be asked for before.
func BenchmarkDecodeBanded(b *testing.B) {
	for _, n := range []int{200, 400, 1000} {
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			src := benchgraph.Banded(n)
			b.SetBytes(int64(len(src)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Decode("banded.toml", src); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// smallGraph is one of the small diagrams issue 18's target 2 builds by
// the hundred (scripts/bench-compare.sh, gen_many): three nodes, two edges.
const smallGraph = `[[nodes]]
id = "a"
label = "node 0"
[[nodes]]
id = "b"
label = "0"
[[nodes]]
id = "c"
[[edges]]
from = "a"
to = "b"
[[edges]]
from = "a"
to = "c"
`

// BenchmarkDecodeSmall decodes and validates one small graph per op: a
// build of many small diagrams pays it once per diagram, in the process
// that also sends every layout and writes every SVG.
func BenchmarkDecodeSmall(b *testing.B) {
	src := []byte(smallGraph)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Decode("small.toml", src); err != nil {
			b.Fatal(err)
		}
	}
}
