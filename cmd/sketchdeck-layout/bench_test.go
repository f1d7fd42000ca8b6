package main

import (
	"context"
	"os"
	"testing"
	"time"

	"github.com/sketchdeck/sketchdeck/internal/graphviz"
	"github.com/sketchdeck/sketchdeck/internal/graphviz/worker"
)

// BenchmarkFreshWorker200 lays a 200-node banded graph out in a worker
// started for it, then stops it: the worker's start (Go, go-graphviz
// loading the compiled module, the Graphviz context), the first layout in
// a fresh process and the exit, which is what one build of one large
// graph waits for. Each iteration runs the worker twice, in turn: as it
// runs ("paced") and with GOGC=100 in its environment, which gcpace obeys
// ("default": Go's default pacing), so that the two are measured side by
// side however the machine's load changes. The metrics are each one's
// wall-clock milliseconds and, where the system reports it, the worker's
// CPU time (user and system).
func BenchmarkFreshWorker200(b *testing.B) {
	exe, err := os.Executable()
	if err != nil {
		b.Fatal(err)
	}
	if os.Getenv("GOMEMLIMIT") != "" {
		b.Skip("GOMEMLIMIT sets the workers' pacing")
	}
	b.Setenv(workerEnv, "1")
	b.Setenv("GOGC", "") // restored afterwards
	g := banded(200)
	gogc := [2]string{"100", ""}   // default, paced
	var wall, cpu [2]time.Duration // default, paced
	first := 0
	for b.Loop() {
		for _, k := range []int{first, 1 - first} {
			if err := os.Setenv("GOGC", gogc[k]); err != nil {
				b.Fatal(err)
			}
			w, c := freshLayout(b, exe, g)
			wall[k] += w
			cpu[k] += c
		}
		first = 1 - first
	}
	for k, name := range []string{"default", "paced"} {
		b.ReportMetric(float64(wall[k].Microseconds())/1000/float64(b.N), name+"-ms/op")
		if cpu[k] >= 0 {
			b.ReportMetric(float64(cpu[k].Microseconds())/1000/float64(b.N), name+"-cpu-ms/op")
		}
	}
}

// freshLayout starts the worker exe, lays g out in it and stops it, and
// gives the time it took and the worker's CPU time (negative where the
// system does not report it).
func freshLayout(b *testing.B, exe string, g graphviz.Graph) (wall, cpu time.Duration) {
	cpu0, t0 := childCPU(), time.Now()
	c := worker.New(worker.Options{Command: []string{exe}})
	if _, err := c.Layout(context.Background(), g); err != nil {
		b.Fatal(err)
	}
	if err := c.Close(); err != nil {
		b.Fatal(err)
	}
	wall = time.Since(t0)
	if cpu0 < 0 {
		return wall, -1
	}
	return wall, childCPU() - cpu0
}
