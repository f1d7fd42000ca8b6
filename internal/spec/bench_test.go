package spec

import (
	"os"
	"path/filepath"
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
