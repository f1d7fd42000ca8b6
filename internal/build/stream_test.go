package build

import (
	"context"
	"fmt"
	"sync"
	"testing"
)

// TestInOrderHoldsFew: values come out in index order, and however many
// there are, no more than `ahead` are done or under way and not yet handed
// over, or when each value goes through then (as BuildWrite's write) on a
// goroutine of its own, not yet through then: what keeps BuildEach's
// memory flat. Nothing is timed: the counts are taken at each start, each
// end of then and each hand-over.
func TestInOrderHoldsFew(t *testing.T) {
	for _, c := range []struct {
		n    int
		then func(i, v int) int
	}{{0, nil}, {1, nil}, {7, nil}, {500, nil}, {7, func(i, v int) int { return v + 1 }}, {500, func(i, v int) int { return v + 1 }}} {
		n := c.n
		add := 0
		if c.then != nil {
			add = 1
		}
		var mu sync.Mutex
		held, most := 0, 0
		do := func(i int) int {
			mu.Lock()
			held++
			most = max(most, held)
			mu.Unlock()
			return i * i
		}
		release := func() {
			mu.Lock()
			held--
			mu.Unlock()
		}
		then := c.then
		if then != nil {
			then = func(i, v int) int {
				defer release()
				return c.then(i, v)
			}
		}
		next := 0
		inOrder(context.Background(), n, 3, 5, 2, do, func(int) int { return -1 }, then, func(i, v int) {
			if then == nil {
				release()
			}
			if i != next || v != i*i+add {
				t.Fatalf("n=%d: got value %d for %d, want %d for %d", n, v, i, next*next+add, next)
			}
			next++
		})
		if next != n {
			t.Errorf("n=%d: %d values handed over", n, next)
		}
		// Under way (5), and with then, in then too (2).
		if want := 5 + 2*add; most > want {
			t.Errorf("n=%d: %d values held at once, want at most %d", n, most, want)
		}
	}
}

// TestInOrderThenDoesNotHold: a value whose then waits (a write waiting
// for the disk) holds back only its own turn to be handed over: the values
// after it are built and go through then meanwhile, however many there
// are. The first value's then waits for the last value's do; were the
// values through then still counted until handed over, they would stop
// at ahead and the test would never end.
func TestInOrderThenDoesNotHold(t *testing.T) {
	const n = 50
	thenWaits(t, n, 5, 2, 1, n-1)
}

// TestInOrderThenDoesNotStopDoing: values waiting in then (writes waiting
// for the disk) hold places of thens, not of ahead: with two places under
// way, five values in then that wait for a later value's do let it be
// done. Were a value in then still under way, the first two would stop
// every do and the test would never end.
func TestInOrderThenDoesNotStopDoing(t *testing.T) {
	thenWaits(t, 50, 2, 8, 5, 20)
}

// thenWaits runs inOrder over n values with ahead and thens places, where
// the thens of the first wait values wait for the do of value waitFor,
// and checks that every value is handed over, in order.
func thenWaits(t *testing.T, n, ahead, thens, wait, waitFor int) {
	t.Helper()
	reached := make(chan struct{})
	do := func(i int) int {
		if i == waitFor {
			close(reached)
		}
		return i
	}
	then := func(i, v int) int {
		if i < wait {
			<-reached
		}
		return v
	}
	next := 0
	inOrder(context.Background(), n, 3, ahead, thens, do, func(int) int { return -1 }, then, func(i, v int) {
		if i != next || v != i {
			t.Fatalf("got value %d for %d, want %d", v, i, next)
		}
		next++
	})
	if next != n {
		t.Errorf("%d values handed over, want %d", next, n)
	}
}

// TestInOrderCancelled: once ctx ends nothing more starts, every index is
// still handed over, in order, the ones not started as skip's value.
func TestInOrderCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var got []string
	inOrder(ctx, 50, 2, 4, 2, func(i int) string {
		if i == 3 {
			cancel()
		}
		return fmt.Sprint("built ", i)
	}, func(i int) string { return fmt.Sprint("skipped ", i) }, nil, func(i int, v string) {
		if len(got) != i {
			t.Fatalf("index %d handed over after %d others", i, len(got))
		}
		got = append(got, v)
	})
	if len(got) != 50 || got[0] != "built 0" || got[49] != "skipped 49" {
		t.Errorf("got %d values, first %q, last %q", len(got), got[0], got[len(got)-1])
	}
	built := 0
	for _, v := range got {
		if v[0] == 'b' {
			built++
		}
	}
	// Up to ahead (4) may have started by the time index 3 cancels.
	if built > 8 {
		t.Errorf("%d built after the cancel at 3, want few", built)
	}
}
