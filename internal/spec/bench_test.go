package spec

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
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
			src := bandedGraph(n)
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

// bandedGraph writes a banded graph of n nodes and 2n edges in TOML.
func bandedGraph(n int) []byte {
	shapes := []string{"rectangle", "ellipse", "circle", "diamond", "cylinder"}
	var b strings.Builder
	fmt.Fprintf(&b, "title = %q\n", "banded"+strconv.Itoa(n))
	for i := range n {
		fmt.Fprintf(&b, "[[nodes]]\nid = \"n%d\"\nlabel = \"node %d\"\nshape = %q\n", i, i, shapes[i%len(shapes)])
	}
	j := 0
	for d := 1; d <= 3 && j < 2*n; d++ {
		for i := 0; i+d < n && j < 2*n; i++ {
			fmt.Fprintf(&b, "[[edges]]\nfrom = \"n%d\"\nto = \"n%d\"\n", i, i+d)
			if j%10 == 0 {
				fmt.Fprintf(&b, "label = \"e%d\"\n", j)
			}
			j++
		}
	}
	return []byte(b.String())
}
