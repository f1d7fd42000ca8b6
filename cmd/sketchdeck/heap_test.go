package main

import (
	"sync"
	"testing"

	"github.com/sketchdeck/sketchdeck/internal/gcpace"
)

// TestHeapReadierOnce: the layout's Idle hook readies the heap for the
// first graph of readyFrom nodes and edges or more, sized by it and capped
// at half the budget, and never again, even when several large graphs are
// handed to Graphviz at once; smaller graphs never.
func TestHeapReadierOnce(t *testing.T) {
	var mu sync.Mutex
	var asked []int
	idle := heapReadier(func(n int) {
		mu.Lock()
		defer mu.Unlock()
		asked = append(asked, n)
	})
	idle(10, 20) // a slide's graph
	idle(readyFrom/2, readyFrom/2-1)
	if len(asked) != 0 {
		t.Fatalf("small graphs readied %v; want nothing", asked)
	}
	idle(200, 400)
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			idle(400, 800)
		}()
	}
	wg.Wait()
	if want := []int{600 * readyPerElement}; len(asked) != 1 || asked[0] != want[0] {
		t.Errorf("readied %v; want %v (the first large graph only)", asked, want)
	}

	asked = nil
	heapReadier(func(n int) { asked = append(asked, n) })(100000, 200000)
	if len(asked) != 1 || asked[0] != gcpace.Budget/2 {
		t.Errorf("a huge graph readied %v; want [%d] (half the budget)", asked, gcpace.Budget/2)
	}
}
