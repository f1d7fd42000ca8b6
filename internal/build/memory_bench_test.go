package build

import (
	"context"
	"runtime"
	"runtime/metrics"
	"strconv"
	"testing"
)

// BenchmarkManyDiagramsMemory builds N small graph diagrams (each another
// layout: its labels differ) through BuildEach, as the build command does,
// and reports the largest live Go heap seen as each result is handed over
// (live-MiB, /gc/heap/live:bytes after a GC) and the time per diagram
// (ms/diagram). Flat memory means live-MiB does not grow with N: results
// are written and dropped, not kept to the end.
//
//	go test -run '^$' -bench ManyDiagramsMemory -benchtime 1x ./internal/build
func BenchmarkManyDiagramsMemory(b *testing.B) {
	for _, n := range []int{70, 500, 1500} {
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			srcs := make([]Source, n)
			for i := range srcs {
				data := "[[nodes]]\nid = \"a\"\nlabel = \"node " + strconv.Itoa(i) + "\"\n" +
					"[[nodes]]\nid = \"b\"\nlabel = \"" + strconv.Itoa(i*7919) + "\"\n" +
					"[[nodes]]\nid = \"c\"\n[[edges]]\nfrom = \"a\"\nto = \"b\"\n[[edges]]\nfrom = \"a\"\nto = \"c\"\n"
				srcs[i] = Source{File: "d" + strconv.Itoa(i) + ".toml", Data: []byte(data)}
			}
			bld := newTestBuilder(b)
			sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
			var peak uint64
			b.ResetTimer()
			for range b.N {
				bld.BuildEach(context.Background(), srcs, func(i int, r Result) {
					if r.Err != nil {
						b.Fatal(r.Err)
					}
					if i%50 == 0 {
						runtime.GC()
						metrics.Read(sample)
						peak = max(peak, sample[0].Value.Uint64())
					}
				})
			}
			b.ReportMetric(float64(peak)/(1<<20), "live-MiB")
			b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N*n), "ms/diagram")
		})
	}
}
