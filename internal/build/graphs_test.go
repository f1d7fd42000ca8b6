package build

import (
	"context"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/sketchdeck/sketchdeck/internal/graphviz/worker"
)

// random400 is a random graph of 400 labelled nodes and 600 edges, the
// same every run: Graphviz's dot needs about 7.5 s of CPU time on it, which
// a loaded machine once stretched past the former 10 s wall-clock limit.
func random400() string {
	rng := rand.New(rand.NewPCG(400, 600))
	var sb strings.Builder
	for i := range 400 {
		sb.WriteString("[[nodes]]\nid = \"n" + itoa(i) + "\"\n")
	}
	for range 600 {
		a, b := rng.IntN(400), rng.IntN(400)
		sb.WriteString("[[edges]]\nfrom = \"n" + itoa(a) + "\"\nto = \"n" + itoa(b) + "\"\n")
	}
	return sb.String()
}

// TestRandom400Builds: a random 400-node graph builds with the default
// limit, which counts the worker's CPU time, so it builds however loaded
// the machine is. It takes seconds: skipped with -short. No time is
// measured.
func TestRandom400Builds(t *testing.T) {
	if testing.Short() {
		t.Skip("lays out a 400-node graph: seconds of CPU")
	}
	res := newTestBuilder(t).Build(context.Background(), Source{File: "random400.toml", Data: []byte(random400())})
	if res.Err != nil {
		t.Fatal(res.Err)
	}
	if len(res.SVG) == 0 {
		t.Error("no SVG")
	}
}

// TestIdenticalGraphsLaidOutOnce: diagrams whose graphs are the same to
// Graphviz (here two files, as a diagram and its translation of the same
// sizes are) cost one layout: the second request never reaches a worker.
func TestIdenticalGraphsLaidOutOnce(t *testing.T) {
	c := worker.New(worker.Options{})
	defer c.Close()
	b, err := New(Options{Placer: c})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	src := []byte("[[nodes]]\nid = \"a\"\n[[nodes]]\nid = \"b\"\n[[edges]]\nfrom = \"a\"\nto = \"b\"\n")
	for _, r := range b.BuildAll(context.Background(), []Source{{File: "one.toml", Data: src}, {File: "two.toml", Data: src}}) {
		if r.Err != nil {
			t.Fatal(r.Err)
		}
	}
	if n := c.Sent(); n != 1 {
		t.Errorf("%d layouts sent to Graphviz for two identical graphs, want 1", n)
	}
}
