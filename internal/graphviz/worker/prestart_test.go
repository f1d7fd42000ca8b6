package worker

import (
	"context"
	"errors"
	"sync"
	"testing"

	"github.com/sketchdeck/sketchdeck/internal/graphviz"
	"github.com/sketchdeck/sketchdeck/internal/graphviz/native"
)

// TestPrestart: workers started ahead are the ones the layouts use, never
// more than asked for or than Procs, and Close stops them, started or not.
func TestPrestart(t *testing.T) {
	for _, tc := range []struct {
		name          string
		procs, n      int
		layouts, want int
	}{
		{"one ahead, one layout", 2, 1, 1, 1},
		{"one ahead, layouts one after the other", 2, 1, 3, 1},
		{"two ahead", 2, 2, 1, 2},
		{"more than Procs", 2, 5, 1, 2},
		{"none", 2, 0, 1, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := testClient(t, Options{Procs: tc.procs})
			c.Prestart(context.Background(), tc.n)
			for k := range tc.layouts {
				if _, err := c.Layout(context.Background(), squareN(graphviz.Dot, k)); err != nil {
					t.Fatal(err)
				}
			}
			if err := c.Close(); err != nil {
				t.Fatal(err)
			}
			if n := c.Starts(); n != tc.want {
				t.Errorf("%d workers started, want %d", n, tc.want)
			}
		})
	}
}

// TestPrestartConcurrent: layouts asked for at once while workers start
// ahead wait for them, and start none of their own.
func TestPrestartConcurrent(t *testing.T) {
	c := testClient(t, Options{Procs: 2})
	c.Prestart(context.Background(), 2)
	var wg sync.WaitGroup
	for k := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, err := c.Layout(context.Background(), squareN(graphviz.Dot, k)); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	c.Close()
	if n := c.Starts(); n != 2 {
		t.Errorf("%d workers started, want 2", n)
	}
}

// TestPrestartNothing: no worker starts ahead after Close, under an ended
// context, or with the native Graphviz; a worker that fails to start ahead
// is reported by the layout that wanted it.
func TestPrestartNothing(t *testing.T) {
	c := testClient(t, Options{Procs: 2})
	c.Close()
	c.Prestart(context.Background(), 2)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	d := testClient(t, Options{Procs: 2})
	d.Prestart(ctx, 2)
	d.Close()
	e := testClient(t, Options{Procs: 2, Native: &native.Dot{Path: "/nonexistent/dot", Version: "dot - graphviz version 2.43.0 (0)"}})
	e.Prestart(context.Background(), 2)
	e.Close()
	for _, x := range []*Client{c, d, e} {
		if n := x.Starts(); n != 0 {
			t.Errorf("%d workers started", n)
		}
	}
	bad := New(Options{Command: []string{"/nonexistent/sketchdeck-layout"}})
	defer bad.Close()
	bad.Prestart(context.Background(), 1)
	_, err := bad.Layout(context.Background(), square(graphviz.Dot))
	if want := `graphviz: graph "square": starting the layout worker "/nonexistent/sketchdeck-layout": fork/exec /nonexistent/sketchdeck-layout: no such file or directory`; err == nil || err.Error() != want {
		t.Errorf("got %v, want %s", err, want)
	}
	if errors.Is(err, context.Canceled) {
		t.Error(err)
	}
}
