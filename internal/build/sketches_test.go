package build

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"reflect"
	"runtime"
	"strings"
	"testing"

	"github.com/sketchdeck/sketchdeck/internal/benchgraph"
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

// TestDetoursSameBytes builds a random graph, whose edges are taken around
// nodes on every core (layout's detours), with GOMAXPROCS 1, 2 and 4, and
// wants the same SVG each time.
func TestDetoursSameBytes(t *testing.T) {
	if testing.Short() {
		t.Skip("lays out a 200-node graph")
	}
	src := Source{File: "random200.toml", Data: benchgraph.Random(200)}
	b := newTestBuilder(t)
	var one []byte
	for _, procs := range []int{1, 2, 4} {
		prev := runtime.GOMAXPROCS(procs)
		r := b.Build(context.Background(), src)
		runtime.GOMAXPROCS(prev)
		if r.Err != nil {
			t.Fatal(r.Err)
		}
		if one == nil {
			one = r.SVG
		} else if !bytes.Equal(r.SVG, one) {
			t.Errorf("GOMAXPROCS %d: the SVG differs from GOMAXPROCS 1's", procs)
		}
	}
}

// TestSketchesLimit sketches a wide scene on every core against limits
// around its estimated and its drawn cost, and wants sketchAll's answer:
// the same sketches, or the same error; or errOverEstimate (after which
// drawAll asks sketchAll) only when the estimates pass the limit.
func TestSketchesLimit(t *testing.T) {
	if testing.Short() {
		t.Skip("lays out a 200-node graph")
	}
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(4))
	_, sc, err := newTestBuilder(t).LayOut(context.Background(), Source{File: "wide.toml", Data: largeGraph(200, 300)})
	if err != nil {
		t.Fatal(err)
	}
	if len(sc.Items) < wideScene {
		t.Fatalf("the scene has %d items, want at least %d", len(sc.Items), wideScene)
	}
	const seed = 7
	all, err := sketchAll("wide", sc, seed, MaxDrawCost)
	if err != nil {
		t.Fatal(err)
	}
	estimated, drawn := 0, 0
	for i, it := range sc.Items {
		estimated += itemCost(it)
		drawn += drawnCost(it, all[i])
	}
	if drawn >= estimated {
		t.Fatalf("drawn %d, estimated %d: want the estimates above", drawn, estimated)
	}
	for _, limit := range []int{MaxDrawCost, estimated, estimated - 1, (drawn + estimated) / 2, drawn, drawn / 2, 10} {
		s, err := startSketches("wide", sc, seed, limit)
		if err != nil {
			t.Fatalf("limit %d: %v", limit, err)
		}
		for i := range sc.Items {
			s.get(i)
		}
		got := s.finish()
		want, werr := sketchAll("wide", sc, seed, limit)
		switch {
		case errors.Is(got, errOverEstimate):
			if limit >= estimated {
				t.Errorf("limit %d: gave up, with estimates of %d", limit, estimated)
			}
		case fmt.Sprint(got) != fmt.Sprint(werr):
			t.Errorf("limit %d: %v, want %v", limit, got, werr)
		case got == nil && !reflect.DeepEqual(s.all, want):
			t.Errorf("limit %d: the sketches differ from sketchAll's", limit)
		}
		if limit >= estimated && got != nil {
			t.Errorf("limit %d: %v", limit, got)
		}
	}
}
