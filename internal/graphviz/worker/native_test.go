package worker

import (
	"context"
	"os/exec"
	"testing"

	"github.com/sketchdeck/sketchdeck/internal/graphviz"
	"github.com/sketchdeck/sketchdeck/internal/graphviz/native"
)

// TestNativeIdentity: layouts by the installed Graphviz are named apart
// from the WebAssembly worker's, in build keys and in the memo, and apart
// from another installed release's.
func TestNativeIdentity(t *testing.T) {
	wasm := Options{}
	a := Options{Native: &native.Dot{Path: "/usr/bin/dot", Version: "dot - graphviz version 2.43.0 (0)"}}
	b := Options{Native: &native.Dot{Path: "/usr/bin/dot", Version: "dot - graphviz version 12.2.1 (20241206.2353)"}}
	if wasm.Identity() != Identity {
		t.Errorf("wasm identity %q, want %q", wasm.Identity(), Identity)
	}
	if a.Identity() == wasm.Identity() || a.Identity() == b.Identity() {
		t.Errorf("identities not apart: %q, %q, %q", wasm.Identity(), a.Identity(), b.Identity())
	}
	job, err := graphviz.Prepare(graphviz.Graph{Nodes: []graphviz.Node{{ID: "a", Width: 10, Height: 10}}})
	if err != nil {
		t.Fatal(err)
	}
	if memoKey(wasm.Identity(), job) == memoKey(a.Identity(), job) {
		t.Error("one memo key for both engines")
	}
}

// TestNativeLayout: with Options.Native the installed dot lays the graph
// out and no worker process starts (skipped without dot; CI installs it).
func TestNativeLayout(t *testing.T) {
	if _, err := exec.LookPath(native.Program); err != nil {
		t.Skip("no dot on PATH: apt-get install graphviz")
	}
	d, err := native.Find(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	c := New(Options{Native: d})
	defer c.Close()
	g := graphviz.Graph{Name: "g", Nodes: []graphviz.Node{{ID: "a", Width: 80, Height: 40}, {ID: "b", Width: 80, Height: 40}},
		Edges: []graphviz.Edge{{From: "a", To: "b"}}}
	for range 2 {
		res, err := c.Layout(context.Background(), g)
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Nodes) != 2 || len(res.Edges) != 1 || res.Nodes[1].Center.Y <= res.Nodes[0].Center.Y {
			t.Fatalf("result %+v", res)
		}
	}
	if c.Starts() != 0 || c.Sent() != 1 {
		t.Errorf("%d workers started, %d layouts sent; want 0 and 1 (the second remembered)", c.Starts(), c.Sent())
	}
}
