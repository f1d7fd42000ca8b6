package worker

import (
	"context"
	"errors"
	"os/exec"
	"reflect"
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

// installedDot is the dot on PATH, checked; without one the test is
// skipped (CI installs Graphviz).
func installedDot(t *testing.T) *native.Dot {
	t.Helper()
	if _, err := exec.LookPath(native.Program); err != nil {
		t.Skip("no dot on PATH: apt-get install graphviz")
	}
	d, err := native.Find(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// twoNodes is a graph of two nodes and an edge.
func twoNodes() graphviz.Graph {
	return graphviz.Graph{Name: "g", Nodes: []graphviz.Node{{ID: "a", Width: 80, Height: 40}, {ID: "b", Width: 80, Height: 40}},
		Edges: []graphviz.Edge{{From: "a", To: "b"}}}
}

// TestNativeLayout: with Options.Native the installed dot lays the graph
// out and no worker process starts (skipped without dot; CI installs it).
func TestNativeLayout(t *testing.T) {
	d := installedDot(t)
	c := New(Options{Native: d})
	defer c.Close()
	g := twoNodes()
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

// TestNativePrestart: with Options.Native, Prestart starts a dot process
// ahead, which the first layout takes; Close leaves no spare behind and
// a layout afterwards is refused (skipped without dot; CI installs it).
func TestNativePrestart(t *testing.T) {
	d := installedDot(t)
	c := New(Options{Native: d})
	g := twoNodes()
	own := New(Options{Native: d})
	defer own.Close()
	want, err := own.Layout(context.Background(), g)
	if err != nil {
		t.Fatal(err)
	}
	c.Prestart(context.Background(), 2)
	got, err := c.Layout(context.Background(), g)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) || c.spares.Served() != 1 || c.Starts() != 0 {
		t.Errorf("with a spare: %+v, %d served, %d workers started; want %+v, 1, 0", got, c.spares.Served(), c.Starts(), want)
	}
	c.Close()
	c.Prestart(context.Background(), 2)
	g.Nodes[0].Width = 90 // not remembered
	if _, err := c.Layout(context.Background(), g); !errors.Is(err, ErrClosed) {
		t.Errorf("after Close: %v, want %v", err, ErrClosed)
	}
}
