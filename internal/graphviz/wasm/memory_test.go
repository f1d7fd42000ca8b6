package wasm

import (
	"context"
	"flag"
	"os"
	"runtime"
	"strings"
	"testing"
)

// Memory is measured in a process of its own per setting, because the
// WebAssembly memory is per process and never shrinks:
//
//	go test -run TestMemory -gvmem 600 -gvrecycle -1 ./internal/graphviz/
//	go test -run TestMemory -gvmem 600 -gvrecycle 50 ./internal/graphviz/
//
// Results on the development machine, 200-node/300-edge graph, Go heap in
// use after runtime.GC (wazero keeps WebAssembly memory on the Go heap) and
// process RSS:
//
//	                         after 1        after 600
//	never recycled           6 MB / 32 MB   66 MB / 192 MB
//	recycled every 50        6 MB / 31 MB   66 MB / 195 MB
//
// About 100 KB per layout stays, recycled or not: go-graphviz mallocs every
// string it passes in (our DOT text) and never frees the rendered output,
// and WebAssembly memory cannot shrink. Only a fresh process returns it.
var (
	memLayouts = flag.Int("gvmem", 0, "lay out a 200-node graph this many times and report memory")
	memRecycle = flag.Int("gvrecycle", -1, "RecycleAfter for -gvmem")
)

func TestMemory(t *testing.T) {
	if *memLayouts == 0 {
		t.Skip("needs -gvmem N")
	}
	r := NewRunner(Options{RecycleAfter: *memRecycle})
	defer r.Close()
	g := bigGraph(200, 300)
	for i := 1; i <= *memLayouts; i++ {
		if _, err := r.Layout(context.Background(), g); err != nil {
			t.Fatal(err)
		}
		if i%100 == 0 || i == 1 {
			runtime.GC()
			var m runtime.MemStats
			runtime.ReadMemStats(&m)
			t.Logf("after %4d layouts: heap in use %4d MB, sys %4d MB, RSS %s", i, m.HeapInuse>>20, m.Sys>>20, rss())
		}
	}
}

func rss() string {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return "?"
	}
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, "VmRSS:"); ok {
			return strings.TrimSpace(v)
		}
	}
	return "?"
}
