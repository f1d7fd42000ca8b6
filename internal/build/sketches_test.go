package build

import (
	"bytes"
	"context"
	"fmt"
	"runtime"
	"strings"
	"testing"
)

// wideGraph is largeGraph with build steps, animated: a scene of over
// wideScene items whose first document animates and whose step files
// are drawn from the same sketches.
func wideGraph() []byte {
	var s strings.Builder
	s.Write(largeGraph(200, 300))
	s.WriteString("[animate]\nenabled = true\n")
	for i := range 200 {
		if i%50 == 7 {
			fmt.Fprintf(&s, "[[nodes]]\nid = \"s%d\"\nlabel = \"step %d\"\nstep = %d\n", i, i, 1+i/50)
		}
	}
	return []byte(s.String())
}

// TestWideSceneSameBytes builds a scene wide enough to be sketched on
// every core (startSketches) with GOMAXPROCS 1, 2 and 4, and wants the
// same bytes, step files included, as when it is sketched in order.
func TestWideSceneSameBytes(t *testing.T) {
	if testing.Short() {
		t.Skip("lays out a 200-node graph")
	}
	src := Source{File: "wide.toml", Data: wideGraph()}
	b := newTestBuilder(t)
	build := func(procs int) Result {
		defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs))
		r := b.Build(context.Background(), src)
		if r.Err != nil {
			t.Fatal(r.Err)
		}
		return r
	}
	one := build(1)
	if n := len(one.Scene.Items); n < wideScene {
		t.Fatalf("the scene has %d items, want at least %d", n, wideScene)
	}
	if len(one.Steps) == 0 {
		t.Fatal("no step files")
	}
	for _, procs := range []int{2, 4} {
		r := build(procs)
		if !bytes.Equal(r.SVG, one.SVG) {
			t.Errorf("GOMAXPROCS %d: the SVG differs from GOMAXPROCS 1's", procs)
		}
		if len(r.Steps) != len(one.Steps) {
			t.Fatalf("GOMAXPROCS %d: %d step files, want %d", procs, len(r.Steps), len(one.Steps))
		}
		for k := range r.Steps {
			if !bytes.Equal(r.Steps[k], one.Steps[k]) {
				t.Errorf("GOMAXPROCS %d: step file %d differs", procs, k+1)
			}
		}
	}
}
